import { Box, Card, CardContent, Typography } from '@mui/material';
import InboxIcon from '@mui/icons-material/Inbox';
import type { ReactNode } from 'react';
import { CreateButton, useResourceContext, useTranslate } from 'react-admin';

/**
 * Empty list that says what to do next. `messages` = key prefix with
 * `judul` and `petunjuk` (mskp.empty.<name>).
 */
export const EmptyState = ({
  messages,
  create = false,
  action,
}: {
  messages: string;
  create?: boolean;
  action?: ReactNode;
}) => {
  const translate = useTranslate();
  const resource = useResourceContext();
  return (
    <Card sx={{ mt: 2, width: '100%' }} data-testid={`empty-${resource ?? 'page'}`}>
      <CardContent sx={{ textAlign: 'center', py: 6 }}>
        <InboxIcon sx={{ fontSize: 64, color: 'text.disabled' }} />
        <Typography variant="h6" gutterBottom>
          {translate(`${messages}.judul`)}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ maxWidth: 560, mx: 'auto' }}>
          {translate(`${messages}.petunjuk`)}
        </Typography>
        <Box sx={{ mt: 3, display: 'flex', gap: 1, justifyContent: 'center' }}>
          {create ? <CreateButton variant="contained" /> : null}
          {action}
        </Box>
      </CardContent>
    </Card>
  );
};

/** A small inline empty message for cards inside pages. */
export const EmptyNote = ({ children, testId }: { children: ReactNode; testId?: string }) => (
  <Box
    data-testid={testId}
    sx={{
      p: 3,
      textAlign: 'center',
      color: 'text.secondary',
      border: '1px dashed',
      borderColor: 'divider',
      borderRadius: 1,
    }}
  >
    <Typography variant="body2">{children}</Typography>
  </Box>
);
