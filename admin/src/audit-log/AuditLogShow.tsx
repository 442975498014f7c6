import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Labeled, ListButton, Show, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { TanggalField } from '../common/fields';
import { diffRows, showValue } from './diff';

const Perubahan = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const rows = diffRows(record.sebelum, record.sesudah);
  if (rows.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('mskp.audit.tidak_ada_data')}
      </Typography>
    );
  }
  return (
    <Table size="small" data-testid="audit-diff">
      <TableHead>
        <TableRow>
          <TableCell>{translate('mskp.audit.kolom')}</TableCell>
          <TableCell>{translate('resources.audit-log.fields.sebelum')}</TableCell>
          <TableCell>{translate('resources.audit-log.fields.sesudah')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow
            key={row.field}
            sx={row.changed ? { bgcolor: 'rgba(255, 167, 38, 0.16)', '& td': { fontWeight: 600 } } : undefined}
            data-changed={row.changed ? 'true' : undefined}
          >
            <TableCell sx={{ fontFamily: 'monospace' }}>{row.field}</TableCell>
            <TableCell sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>{showValue(row.before)}</TableCell>
            <TableCell sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>{showValue(row.after)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

export const AuditLogShow = () => (
  <Show
    actions={
      <TopToolbar>
        <ListButton />
      </TopToolbar>
    }
  >
    <Box sx={{ p: 2, display: 'grid', gap: 2 }}>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' }, gap: 2 }}>
        <Labeled source="waktu">
          <TanggalField source="waktu" showTime />
        </Labeled>
        <Labeled source="aktor">
          <TextField source="aktor" emptyText="-" />
        </Labeled>
        <Labeled source="bertindak_sebagai">
          <TextField source="bertindak_sebagai" emptyText="-" />
        </Labeled>
        <Labeled source="aksi">
          <TextField source="aksi" />
        </Labeled>
        <Labeled source="objek_tipe">
          <TextField source="objek_tipe" emptyText="-" />
        </Labeled>
        <Labeled source="objek_id">
          <TextField source="objek_id" emptyText="-" />
        </Labeled>
        <Labeled source="ip">
          <TextField source="ip" emptyText="-" />
        </Labeled>
        <Labeled source="keterangan">
          <TextField source="keterangan" emptyText="-" />
        </Labeled>
      </Box>
      <Labeled label="mskp.audit.perubahan">
        <Perubahan />
      </Labeled>
    </Box>
  </Show>
);
