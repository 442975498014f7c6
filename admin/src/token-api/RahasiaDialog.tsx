import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  Stack,
  TextField as MuiTextField,
  Tooltip,
} from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import type { TokenApiDenganRahasia } from '../dataProvider';

/** The secret of a new or rotated token: shown once, with a copy button and a warning. */
export const RahasiaDialog = ({ token, onClose }: { token: TokenApiDenganRahasia | null; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const salin = async () => {
    try {
      await navigator.clipboard.writeText(token?.token ?? '');
      notify('mskp.token_api.tersalin', { type: 'success' });
    } catch {
      notify('mskp.token_api.gagal_salin', { type: 'warning' });
    }
  };
  return (
    <Dialog open={!!token} onClose={(_e, alasan) => alasan !== 'backdropClick' && onClose()} maxWidth="sm" fullWidth>
      <DialogTitle>{translate('mskp.token_api.rahasia_judul', { nama: token?.nama ?? '' })}</DialogTitle>
      <DialogContent data-testid="dialog-rahasia">
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('mskp.token_api.rahasia_peringatan')}
        </Alert>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <MuiTextField
            value={token?.token ?? ''}
            fullWidth
            size="small"
            slotProps={{
              input: { readOnly: true, sx: { fontFamily: 'monospace' } },
              htmlInput: { 'data-testid': 'token-rahasia' },
            }}
            onFocus={(e) => e.target.select()}
          />
          <Tooltip title={translate('mskp.token_api.salin')}>
            <IconButton onClick={salin} aria-label={translate('mskp.token_api.salin')} data-testid="tombol-salin-token">
              <ContentCopyIcon />
            </IconButton>
          </Tooltip>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} variant="contained" data-testid="tombol-tutup-rahasia">
          {translate('mskp.token_api.sudah_disalin')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
