import { Box, Typography } from '@mui/material';
import EventNoteIcon from '@mui/icons-material/EventNote';
import ChecklistIcon from '@mui/icons-material/Checklist';
import {
  AutocompleteInput,
  BooleanInput,
  DataTable,
  List,
  NumberInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
  useLocaleState,
} from 'react-admin';
import { NipField } from '../common/fields';
import type { RealisasiBaris } from '../dataProvider/renaksi';
import { intlLocale } from '../i18n';
import { formatAngka, formatPersen, namaBulan } from './aturan';
import { BulanInput } from '../common/BulanInput';
import { RtpChip, StatusRealisasiChip } from '../common/realisasi/komponen';

/** Back-office lists (BKPSDM, Admin OPD) of the read-only panel resources `rencana-aksi` and `realisasi`. */

const filterOpd = (
  <ReferenceInput key="opd_id" source="opd_id" reference="opd" sort={{ field: 'nama', order: 'ASC' }} alwaysOn>
    <AutocompleteInput optionText="nama" sx={{ minWidth: 260 }} />
  </ReferenceInput>
);
const tahunIni = () => new Date().getFullYear();

interface RenaksiBaris {
  id: string;
  tahun: number;
  uraian: string;
  satuan: string;
  sebagai_rtp: boolean;
  target: Array<{ bulan: number; nilai: number }>;
  rhk_uraian: string | null;
  pegawai_nip: string | null;
  pegawai_nama: string | null;
  opd_nama: string | null;
}

const TargetRingkas = ({ target }: { target: RenaksiBaris['target'] }) => {
  const [locale] = useLocaleState();
  const lokal = intlLocale(locale);
  return (
    <Typography variant="body2" component="span">
      {target.map((t) => `${namaBulan(t.bulan, lokal, 'short')} ${formatAngka(t.nilai, lokal)}`).join(' · ') || '-'}
    </Typography>
  );
};

export const RencanaAksiList = () => (
  <List
    filters={[
      <SearchInput key="q" source="q" alwaysOn />,
      <NumberInput key="tahun" source="tahun" alwaysOn sx={{ width: 120 }} />,
      filterOpd,
      <BooleanInput key="sebagai_rtp" source="sebagai_rtp" />,
    ]}
    filterDefaultValues={{ tahun: tahunIni() }}
    sort={{ field: 'pegawai_nama', order: 'ASC' }}
    perPage={25}
    exporter={false}
  >
    <DataTable<RenaksiBaris> bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="pegawai_nip">
        <NipField source="pegawai_nip" />
      </DataTable.Col>
      <DataTable.Col source="pegawai_nama" />
      <DataTable.Col source="opd_nama" disableSort />
      <DataTable.Col source="rhk_uraian" disableSort />
      <DataTable.Col
        source="uraian"
        render={(record) => (
          <Box>
            {record.uraian} {record.sebagai_rtp ? <RtpChip /> : null}
          </Box>
        )}
      />
      <DataTable.Col source="satuan" disableSort />
      <DataTable.Col source="target" disableSort render={(record) => <TargetRingkas target={record.target ?? []} />} />
    </DataTable>
  </List>
);

const BulanField = ({ bulan }: { bulan: number }) => {
  const [locale] = useLocaleState();
  return <>{namaBulan(bulan, intlLocale(locale))}</>;
};
const AngkaField = ({ nilai, persen = false }: { nilai: number | null; persen?: boolean }) => {
  const [locale] = useLocaleState();
  return <>{persen ? formatPersen(nilai, intlLocale(locale)) : formatAngka(nilai, intlLocale(locale))}</>;
};

const STATUS_CHOICES = [
  { id: 'UNCHECKED', name: 'mskp.renaksi.status.MENUNGGU' },
  { id: 'CHECKED', name: 'mskp.renaksi.status.DIPERIKSA' },
];

export const RealisasiList = () => (
  <List
    filters={[
      <SearchInput key="q" source="q" alwaysOn />,
      <NumberInput key="tahun" source="tahun" alwaysOn sx={{ width: 120 }} />,
      <BulanInput key="bulan" source="bulan" alwaysOn />,
      filterOpd,
      <SelectInput key="status" source="status" choices={STATUS_CHOICES} alwaysOn />,
    ]}
    filterDefaultValues={{ tahun: tahunIni() }}
    sort={{ field: 'diisi_pada', order: 'DESC' }}
    perPage={25}
    exporter={false}
  >
    <DataTable<RealisasiBaris> bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="pegawai_nip">
        <NipField source="pegawai_nip" />
      </DataTable.Col>
      <DataTable.Col source="pegawai_nama" />
      <DataTable.Col source="opd_nama" disableSort />
      <DataTable.Col source="bulan" render={(record) => <BulanField bulan={record.bulan} />} />
      <DataTable.Col
        source="rencana_aksi_uraian"
        disableSort
        render={(record) => (
          <Box>
            {record.rencana_aksi_uraian} {record.sebagai_rtp ? <RtpChip /> : null}
          </Box>
        )}
      />
      <DataTable.Col source="target" disableSort render={(record) => <AngkaField nilai={record.target} />} />
      <DataTable.Col source="nilai" disableSort render={(record) => <AngkaField nilai={record.nilai} />} />
      <DataTable.Col source="capaian" render={(record) => <AngkaField nilai={record.capaian} persen />} />
      <DataTable.Col
        source="status"
        render={(record) => <StatusRealisasiChip realisasi={record as RealisasiBaris} />}
      />
    </DataTable>
  </List>
);

export const rencanaAksiResource = { list: RencanaAksiList, icon: EventNoteIcon, recordRepresentation: 'uraian' };
export const realisasiResource = {
  list: RealisasiList,
  icon: ChecklistIcon,
  recordRepresentation: 'rencana_aksi_uraian',
};
