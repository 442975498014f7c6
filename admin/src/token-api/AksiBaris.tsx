import AutorenewIcon from '@mui/icons-material/Autorenew';
import BlockIcon from '@mui/icons-material/Block';
import { Box, IconButton, Tooltip } from '@mui/material';
import { useState } from 'react';
import { Confirm, useRecordContext, useTranslate } from 'react-admin';
import type { TokenApi, TokenApiDenganRahasia } from '../dataProvider';
import { bolehCabut, bolehPutar } from './aturan';
import { useAksiToken, type AksiToken } from './useTokenApi';

/** Row actions: rotate (new secret shown once) and revoke (with confirmation). */
export const AksiBaris = ({ onRahasia }: { onRahasia: (t: TokenApiDenganRahasia) => void }) => {
  const record = useRecordContext<TokenApi>();
  const translate = useTranslate();
  const aksi = useAksiToken();
  const [tanya, setTanya] = useState<AksiToken | null>(null);
  if (!record) return null;
  const jalankan = () => {
    if (!tanya) return;
    aksi.mutate(
      { aksi: tanya, record },
      {
        onSuccess: (rahasia) => {
          if (rahasia) onRahasia(rahasia);
        },
        onSettled: () => setTanya(null),
      },
    );
  };
  const henti = (e: React.MouseEvent) => e.stopPropagation();
  return (
    <Box onClick={henti} sx={{ whiteSpace: 'nowrap' }}>
      {bolehPutar(record.status) && (
        <Tooltip title={translate('mskp.token_api.putar')}>
          <IconButton
            size="small"
            onClick={() => setTanya('putar')}
            aria-label={translate('mskp.token_api.putar')}
            data-testid="tombol-putar-token"
          >
            <AutorenewIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      )}
      {bolehCabut(record.status) && (
        <Tooltip title={translate('mskp.token_api.cabut')}>
          <IconButton
            size="small"
            color="error"
            onClick={() => setTanya('cabut')}
            aria-label={translate('mskp.token_api.cabut')}
            data-testid="tombol-cabut-token"
          >
            <BlockIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      )}
      <Confirm
        isOpen={tanya != null}
        loading={aksi.isPending}
        title={tanya === 'putar' ? 'mskp.token_api.putar_judul' : 'mskp.token_api.cabut_judul'}
        content={tanya === 'putar' ? 'mskp.token_api.putar_konfirmasi' : 'mskp.token_api.cabut_konfirmasi'}
        translateOptions={{ nama: record.nama }}
        confirm={tanya === 'putar' ? 'mskp.token_api.putar' : 'mskp.token_api.cabut'}
        confirmColor={tanya === 'cabut' ? 'warning' : 'primary'}
        onConfirm={jalankan}
        onClose={() => setTanya(null)}
      />
    </Box>
  );
};
