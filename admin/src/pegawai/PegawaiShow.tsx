import { Box, Button } from '@mui/material';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { Show, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { ShowActions } from '../common/ShowActions';
import { PegawaiDetail } from '../common/PegawaiDetail';
import { RouterLink } from '../common/RouterLink';

const PenugasanLink = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'penugasan', action: 'list' });
  if (!record || !canAccess) return null;
  return (
    <Button
      size="small"
      component={RouterLink}
      to={`/penugasan?filter=${encodeURIComponent(JSON.stringify({ pegawai_id: record.id }))}`}
      startIcon={<AssignmentIndIcon />}
    >
      {translate('resources.penugasan.name', { smart_count: 2 })}
    </Button>
  );
};

export const PegawaiShow = () => (
  <Show
    actions={
      <ShowActions>
        <PenugasanLink />
      </ShowActions>
    }
  >
    <Box sx={{ p: 2 }}>
      <PegawaiDetail />
    </Box>
  </Show>
);
