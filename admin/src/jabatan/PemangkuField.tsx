import { Box, Chip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Jabatan } from '../dataProvider/types';
import { formatNip } from '../util/format';
import { pemangkuLabel } from './tree';

/** Holder today: "Plt. Nama" for acting holders, a "Kosong" chip for vacant posts. */
export const PemangkuField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Jabatan>();
  const translate = useTranslate();
  if (!record) return null;
  const label = pemangkuLabel(record);
  if (label.kind === 'kosong') {
    return (
      <Chip
        size="small"
        color="warning"
        variant="outlined"
        label={translate('mskp.pohon.kosong_label')}
        data-testid="pemangku-kosong"
      />
    );
  }
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexDirection: 'column' }}>
      <Typography component="span" variant="body2">
        {label.prefix ? (
          <Chip
            size="small"
            color="info"
            label={label.prefix}
            sx={{ mr: 0.5, height: 20 }}
            data-testid="pemangku-plt"
          />
        ) : null}
        {label.nama}
      </Typography>
      {label.nip ? (
        <Typography component="span" variant="caption" color="text.secondary">
          {formatNip(label.nip)}
        </Typography>
      ) : null}
    </Box>
  );
};
