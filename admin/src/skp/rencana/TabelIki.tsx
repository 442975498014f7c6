import { Box, Button, IconButton, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import { useTranslate } from 'react-admin';
import { useMskpDataProvider } from '../../dataProvider';
import type { Iki, Rhk, SkpDetail } from '../../dataProvider/types';
import { pakaiAspek } from '../aturan';
import type { DialogRencana } from './KartuRhk';

/** The IKI of one RHK; hidden duplicates only when `tampilkanDuplikat`. */
export const TabelIki = ({
  skp,
  rhk,
  bolehUbah,
  tampilkanDuplikat,
  uraianIki,
  bukaDialog,
  hapus,
}: {
  skp: SkpDetail;
  rhk: Rhk;
  bukaDialog: (dialog: DialogRencana) => void;
  hapus: (kerja: () => Promise<unknown>) => void;
  bolehUbah: boolean;
  tampilkanDuplikat: boolean;
  uraianIki: Map<string, string>;
}) => {
  const translate = useTranslate();
  const dataProvider = useMskpDataProvider();

  /** A hidden duplicate: greyed, names the indicator it repeats, never editable. */
  const barisDuplikat = (iki: Iki, adaKolomAksi: boolean) => (
    <TableRow
      key={iki.id}
      data-testid="iki-duplikat"
      data-iki-id={iki.id}
      sx={{ opacity: 0.55, bgcolor: 'action.hover' }}
    >
      <TableCell>
        <Box>{iki.uraian}</Box>
        <Typography variant="caption" color="text.secondary" data-testid="iki-duplikat-dari">
          {translate('mskp.skp.duplikat.dari', {
            uraian:
              (iki.duplikat_dari?.startsWith('opd:')
                ? translate('mskp.skp.duplikat.sasaran_opd')
                : iki.duplikat_dari
                  ? uraianIki.get(iki.duplikat_dari)
                  : undefined) ?? '-',
          })}
        </Typography>
      </TableCell>
      {pakaiAspek(skp.jenis) ? (
        <TableCell>{iki.aspek ? translate(`mskp.skp.aspek_pilihan.${iki.aspek}`) : '-'}</TableCell>
      ) : null}
      <TableCell>{iki.target ?? '-'}</TableCell>
      <TableCell>{iki.satuan}</TableCell>
      {adaKolomAksi ? <TableCell /> : null}
    </TableRow>
  );

  return (
    <Box sx={{ mt: 1.5, ml: { sm: 4.5 } }}>
      {rhk.iki.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('mskp.skp.iki_kosong')}
        </Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('mskp.skp.iki_uraian')}</TableCell>
              {pakaiAspek(skp.jenis) ? <TableCell>{translate('mskp.skp.aspek')}</TableCell> : null}
              <TableCell>{translate('mskp.skp.target')}</TableCell>
              <TableCell>{translate('mskp.skp.satuan')}</TableCell>
              {bolehUbah ? <TableCell /> : null}
            </TableRow>
          </TableHead>
          <TableBody>
            {rhk.iki
              .filter((iki) => tampilkanDuplikat || !iki.disembunyikan)
              .map((iki) =>
                iki.disembunyikan ? (
                  barisDuplikat(iki, bolehUbah)
                ) : (
                  <TableRow key={iki.id} data-testid="iki-item">
                    <TableCell>{iki.uraian}</TableCell>
                    {pakaiAspek(skp.jenis) ? (
                      <TableCell>{iki.aspek ? translate(`mskp.skp.aspek_pilihan.${iki.aspek}`) : '-'}</TableCell>
                    ) : null}
                    <TableCell data-testid="iki-target-teks">{iki.target ?? '-'}</TableCell>
                    <TableCell>{iki.satuan}</TableCell>
                    {bolehUbah ? (
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                        <IconButton
                          size="small"
                          data-testid="iki-ubah"
                          aria-label={translate('mskp.skp.iki_ubah')}
                          onClick={() => bukaDialog({ jenis: 'iki', rhk, iki })}
                        >
                          <EditIcon fontSize="small" />
                        </IconButton>
                        <IconButton
                          size="small"
                          data-testid="iki-hapus"
                          aria-label={translate('mskp.skp.iki_hapus')}
                          onClick={() => hapus(() => dataProvider.hapusIki(iki.id))}
                        >
                          <DeleteIcon fontSize="small" />
                        </IconButton>
                      </TableCell>
                    ) : null}
                  </TableRow>
                ),
              )}
          </TableBody>
        </Table>
      )}
      {bolehUbah ? (
        <Button
          size="small"
          startIcon={<AddIcon />}
          sx={{ mt: 1 }}
          data-testid="iki-tambah"
          onClick={() => bukaDialog({ jenis: 'iki', rhk, iki: null })}
        >
          {translate('mskp.skp.iki_tambah')}
        </Button>
      ) : null}
    </Box>
  );
};
