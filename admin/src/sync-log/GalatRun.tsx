import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { SyncLog } from '../dataProvider';

/** The errors of one run with their reasons: a record the run refused, or the run as a whole. */
export const GalatRun = () => {
  const record = useRecordContext<SyncLog>();
  const translate = useTranslate();
  if (!record) return null;
  const galat = record.galat ?? [];
  const f = (field: string) => translate(`resources.sync-log.fields.${field}`);
  return (
    <Box sx={{ display: 'grid', gap: 1 }} data-testid="sync-log-galat">
      <Typography variant="subtitle2">{translate('mskp.sync_log.galat_run')}</Typography>
      {galat.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('mskp.sync_log.tidak_ada_galat')}
        </Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{f('rekaman')}</TableCell>
              <TableCell>{f('alasan')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {galat.map((g, i) => (
              <TableRow key={`${g.rekaman ?? '-'}-${i}`}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {g.rekaman ?? translate('mskp.sync_log.seluruh_run')}
                </TableCell>
                <TableCell>
                  {g.alasan}
                  {g.kode ? (
                    <Typography component="span" variant="caption" color="text.secondary">
                      {' '}
                      ({g.kode})
                    </Typography>
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
};
