import { Button, Checkbox, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { useLocaleState, useTranslate } from 'react-admin';
import type { RealisasiBaris } from '../dataProvider/renaksi';
import { intlLocale } from '../i18n';
import { DaftarBukti, RtpChip, StatusRealisasiChip, useWarnaRtp } from '../common/realisasi/komponen';
import { formatAngka, formatPersen } from './aturan';
import { formatNip } from '../util/format';

/** One realisasi to check: pegawai, renaksi with its factors, numbers, evidence, status and umpan balik. */
const BarisPemeriksaan = ({
  row,
  dipilih,
  onPilih,
  onPeriksa,
}: {
  row: RealisasiBaris;
  dipilih: boolean;
  onPilih: () => void;
  onPeriksa: () => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const lokal = intlLocale(locale);
  const warna = useWarnaRtp();
  return (
    <TableRow
      data-testid="pemeriksaan-baris"
      data-id={row.id}
      data-nip={row.pegawai_nip ?? ''}
      sx={row.sebagai_rtp ? { bgcolor: warna.latar } : undefined}
    >
      <TableCell padding="checkbox">
        <Checkbox
          checked={dipilih}
          disabled={row.status !== 'UNCHECKED'}
          onChange={onPilih}
          slotProps={{
            input: {
              'aria-label': row.rencana_aksi_uraian ?? row.id,
              ...{ 'data-testid': 'pilih-baris' },
            },
          }}
        />
      </TableCell>
      <TableCell sx={{ minWidth: 150 }}>
        <Typography variant="body2">{row.pegawai_nama}</Typography>
        <Typography variant="caption" color="text.secondary">
          {formatNip(row.pegawai_nip)}
        </Typography>
      </TableCell>
      <TableCell sx={{ minWidth: 200 }}>
        <Typography variant="body2">{row.rencana_aksi_uraian}</Typography>
        {row.sebagai_rtp ? <RtpChip /> : null}
        {row.faktor_penunjang ? (
          <Typography variant="caption" component="p" color="text.secondary">
            {translate('mskp.renaksi.faktor_penunjang')}: {row.faktor_penunjang}
          </Typography>
        ) : null}
        {row.faktor_penghambat ? (
          <Typography variant="caption" component="p" color="text.secondary">
            {translate('mskp.renaksi.faktor_penghambat')}: {row.faktor_penghambat}
          </Typography>
        ) : null}
      </TableCell>
      <TableCell align="right">
        {formatAngka(row.target, lokal)} {row.satuan ?? ''}
      </TableCell>
      <TableCell align="right">{formatAngka(row.nilai, lokal)}</TableCell>
      <TableCell align="right">{formatPersen(row.capaian, lokal)}</TableCell>
      <TableCell sx={{ minWidth: 160, maxWidth: 240 }}>
        <DaftarBukti bukti={row.bukti ?? []} />
      </TableCell>
      <TableCell>
        <StatusRealisasiChip realisasi={row} />
        {row.umpan_balik ? (
          <Typography
            variant="caption"
            component="p"
            sx={{ whiteSpace: 'pre-wrap', mt: 0.5 }}
            data-testid="pemeriksaan-umpan-balik"
          >
            {row.umpan_balik}
          </Typography>
        ) : null}
        {row.status === 'UNCHECKED' ? (
          <Button
            size="small"
            startIcon={<TaskAltIcon />}
            onClick={onPeriksa}
            data-testid="periksa-satu"
            sx={{ display: 'flex', mt: 0.5 }}
          >
            {translate('mskp.renaksi.periksa')}
          </Button>
        ) : null}
      </TableCell>
    </TableRow>
  );
};

/** The month's realisasi with a checkbox per unchecked row (and one for all of them). */
export const TabelPemeriksaan = ({
  baris,
  dipilih,
  onDipilih,
  onPeriksa,
}: {
  baris: RealisasiBaris[];
  dipilih: ReadonlySet<string>;
  onDipilih: (dipilih: Set<string>) => void;
  onPeriksa: (row: RealisasiBaris) => void;
}) => {
  const translate = useTranslate();
  const bisaDipilih = baris.filter((row) => row.status === 'UNCHECKED');
  const semuaDipilih = bisaDipilih.length > 0 && bisaDipilih.every((row) => dipilih.has(row.id));
  const ubahPilihan = (id: string) => {
    const next = new Set(dipilih);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onDipilih(next);
  };
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell padding="checkbox">
            <Checkbox
              checked={semuaDipilih}
              indeterminate={dipilih.size > 0 && !semuaDipilih}
              disabled={bisaDipilih.length === 0}
              onChange={() => onDipilih(semuaDipilih ? new Set() : new Set(bisaDipilih.map((row) => row.id)))}
              slotProps={{
                input: {
                  'aria-label': translate('mskp.renaksi.pilih_semua'),
                  ...{ 'data-testid': 'pilih-semua' },
                },
              }}
            />
          </TableCell>
          <TableCell>{translate('mskp.renaksi.pegawai')}</TableCell>
          <TableCell>{translate('mskp.renaksi.rencana_aksi')}</TableCell>
          <TableCell align="right">{translate('mskp.renaksi.target')}</TableCell>
          <TableCell align="right">{translate('mskp.renaksi.realisasi')}</TableCell>
          <TableCell align="right">{translate('mskp.renaksi.capaian')}</TableCell>
          <TableCell>{translate('mskp.renaksi.bukti')}</TableCell>
          <TableCell>{translate('mskp.renaksi.status_label')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {baris.map((row) => (
          <BarisPemeriksaan
            key={row.id}
            row={row}
            dipilih={dipilih.has(row.id)}
            onPilih={() => ubahPilihan(row.id)}
            onPeriksa={() => onPeriksa(row)}
          />
        ))}
      </TableBody>
    </Table>
  );
};
