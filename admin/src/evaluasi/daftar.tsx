import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogContent,
  DialogContentText,
  DialogTitle,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
} from '@mui/material';
import GradingIcon from '@mui/icons-material/Grading';
import SyncIcon from '@mui/icons-material/Sync';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  AutocompleteInput,
  DataTable,
  DateField,
  List,
  NumberInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TopToolbar,
  useLocaleState,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { NipField } from '../common/fields';
import type { EvaluasiBaris } from '../dataProvider/evaluasi';
import { KUNCI } from '../common/realisasi/kueri';
import { intlLocale } from '../i18n';
import { BulanInput } from '../common/BulanInput';
import { namaBulan } from '../common/periode';
import { PesanGalat, TombolDialog } from '../common/dialog';
import { formatNip } from '../util/format';
import { KODE_PREDIKAT, labelPeriode } from './aturan';
import { PerilakuPltChip, PredikatChip, useEvaluasiDataProvider } from './komponen';

/** Back-office list (BKPSDM, Admin OPD) of the read-only panel resource `evaluasi`, with the PLT sync for BKPSDM. */

const PREDIKAT_CHOICES = KODE_PREDIKAT.map((k) => ({ id: k, name: `mskp.evaluasi.predikat_label.${k}` }));

const PeriodeField = ({ record }: { record: EvaluasiBaris }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const label = labelPeriode(record, (b) => namaBulan(b, intlLocale(locale)));
  return <>{translate(label.key, label.args)}</>;
};

const RatingField = ({ rating }: { rating: number | null }) => {
  const translate = useTranslate();
  return <>{rating ? translate(`mskp.evaluasi.rating.${rating}`) : '-'}</>;
};

/** "Sinkron PLT" (Admin BKPSDM): runs POST /api/evaluasi/sinkron-plt for a year and shows what changed. */
export const SinkronPltButton = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useEvaluasiDataProvider();
  const [buka, setBuka] = useState(false);
  const [tahun, setTahun] = useState(String(new Date().getFullYear()));
  const queryClient = useQueryClient();
  const sinkron = useMutation({
    mutationFn: () => dataProvider.sinkronPlt({ tahun: Number(tahun) }),
    // the ratings and predikat it changed show in the list and in any evaluation opened since
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KUNCI.evaluasi }),
  });
  const sibuk = sinkron.isPending;
  const galat = sinkron.error ? sinkron.error.message || 'ra.notification.http_error' : null;
  const laporan = sinkron.data ?? null;
  const rating = (r: number | null | undefined) => (r ? translate(`mskp.evaluasi.rating.${r}`) : '-');
  return (
    <>
      <Button
        size="small"
        startIcon={<SyncIcon />}
        onClick={() => {
          sinkron.reset();
          setBuka(true);
        }}
        data-testid="sinkron-plt"
      >
        {translate('mskp.evaluasi.sinkron.tombol')}
      </Button>
      <Dialog
        open={buka}
        onClose={sibuk ? undefined : () => setBuka(false)}
        fullWidth
        maxWidth="md"
        data-testid="dialog-sinkron-plt"
      >
        <DialogTitle>{translate('mskp.evaluasi.sinkron.judul')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate('mskp.evaluasi.sinkron.petunjuk')}</DialogContentText>
          <TextField
            type="number"
            size="small"
            label={translate('mskp.renaksi.tahun')}
            value={tahun}
            onChange={(event) => setTahun(event.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'sinkron-tahun', min: 2000, max: 2100 } }}
          />
          {sibuk ? <LinearProgress sx={{ mt: 2 }} /> : null}
          <PesanGalat pesan={galat} testId="sinkron-galat" sx={{ mt: 2 }} />
          {laporan ? (
            <Box sx={{ mt: 2 }} data-testid="sinkron-laporan" data-diubah={laporan.diubah.length}>
              <Alert severity={laporan.diubah.length ? 'info' : 'success'}>
                {translate('mskp.evaluasi.sinkron.hasil', {
                  diperiksa: laporan.diperiksa,
                  smart_count: laporan.diubah.length,
                })}
                {laporan.diubah.length === 0 ? ` ${translate('mskp.evaluasi.sinkron.tanpa_perubahan')}` : ''}
              </Alert>
              {laporan.diubah.length ? (
                <Table size="small" sx={{ mt: 1 }}>
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate('mskp.evaluasi.sinkron.kolom.nip')}</TableCell>
                      <TableCell>{translate('mskp.evaluasi.sinkron.kolom.periode')}</TableCell>
                      <TableCell>{translate('mskp.evaluasi.sinkron.kolom.perilaku')}</TableCell>
                      <TableCell>{translate('mskp.evaluasi.sinkron.kolom.sumber')}</TableCell>
                      <TableCell>{translate('mskp.evaluasi.sinkron.kolom.predikat')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {laporan.diubah.map((d) => {
                      const label = labelPeriode({ ...d, tahun: Number(tahun) }, (b) =>
                        namaBulan(b, intlLocale(locale)),
                      );
                      return (
                        <TableRow key={`${d.evaluasi}`} data-testid="sinkron-baris">
                          <TableCell>{formatNip(d.nip)}</TableCell>
                          <TableCell>{translate(label.key, label.args)}</TableCell>
                          <TableCell>
                            {rating(d.dari)} → {rating(d.ke)}
                          </TableCell>
                          <TableCell>{d.sumber}</TableCell>
                          <TableCell>
                            <PredikatChip kode={d.predikat.dari} /> → <PredikatChip kode={d.predikat.ke} />
                          </TableCell>
                        </TableRow>
                      );
                    })}
                  </TableBody>
                </Table>
              ) : null}
            </Box>
          ) : null}
        </DialogContent>
        <TombolDialog
          sibuk={sibuk}
          batal="ra.action.close"
          label="mskp.evaluasi.sinkron.jalankan"
          nonaktif={!/^\d{4}$/.test(tahun)}
          ikon={<SyncIcon />}
          testId="sinkron-jalankan"
          onBatal={() => setBuka(false)}
          onKirim={() => sinkron.mutate()}
        />
      </Dialog>
    </>
  );
};

const Aksi = () => {
  const { permissions } = usePermissions<string | null>();
  return <TopToolbar>{permissions === 'admin_bkpsdm' ? <SinkronPltButton /> : null}</TopToolbar>;
};

export const EvaluasiList = () => (
  <List
    actions={<Aksi />}
    filters={[
      <SearchInput key="q" source="q" alwaysOn />,
      <NumberInput key="tahun" source="tahun" alwaysOn sx={{ width: 120 }} />,
      <BulanInput key="periode" source="periode" alwaysOn />,
      <ReferenceInput key="opd_id" source="opd_id" reference="opd" sort={{ field: 'nama', order: 'ASC' }} alwaysOn>
        <AutocompleteInput optionText="nama" sx={{ minWidth: 260 }} />
      </ReferenceInput>,
      <SelectInput key="predikat_kode" source="predikat_kode" choices={PREDIKAT_CHOICES} alwaysOn />,
    ]}
    filterDefaultValues={{ tahun: new Date().getFullYear() }}
    sort={{ field: 'dinilai_pada', order: 'DESC' }}
    perPage={25}
    exporter={false}
  >
    <DataTable<EvaluasiBaris> bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="pegawai_nip">
        <NipField source="pegawai_nip" />
      </DataTable.Col>
      <DataTable.Col source="pegawai_nama" />
      <DataTable.Col source="opd_nama" disableSort />
      <DataTable.Col source="periode" render={(record) => <PeriodeField record={record as EvaluasiBaris} />} />
      <DataTable.Col
        source="rating_hasil"
        disableSort
        render={(record) => <RatingField rating={record.rating_hasil} />}
      />
      <DataTable.Col
        source="rating_perilaku"
        disableSort
        render={(record) => (
          <Box>
            <RatingField rating={record.rating_perilaku} />{' '}
            {record.perilaku_source === 'PLT' && record.konteks === 'DEFINITIF' ? (
              <PerilakuPltChip asli={record.rating_perilaku_asli} />
            ) : null}
          </Box>
        )}
      />
      <DataTable.Col
        source="predikat_kode"
        render={(record) => <PredikatChip kode={record.predikat_kode} nama={record.predikat_nama} />}
      />
      <DataTable.Col source="penilai_nama" disableSort />
      <DataTable.Col source="dinilai_pada">
        <DateField source="dinilai_pada" showTime />
      </DataTable.Col>
    </DataTable>
  </List>
);

export const evaluasiResource = { list: EvaluasiList, icon: GradingIcon, recordRepresentation: 'pegawai_nama' };
