import {
  AutocompleteInput,
  DataTable,
  DateInput,
  List,
  NumberInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
  useTranslate,
} from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { TanggalField } from '../common/fields';
import { GalatRun } from './GalatRun';
import { KartuStatusIntegrasi } from './KartuStatusIntegrasi';
import {
  DurasiField,
  GalatField,
  JenisField,
  JumlahField,
  ModeField,
  PemicuField,
  SistemField,
  StatusField,
} from './bidang';
import { akhirHari, JENIS, PEMICU, SISTEM, STATUS, tanggalSaja } from './tampilan';

/** A choice filter whose labels are mskp.sync_log.<grup>.<value>. */
const PilihanInput = ({
  source,
  grup = source,
  nilai,
}: {
  source: string;
  grup?: string;
  nilai: readonly string[];
  alwaysOn?: boolean;
}) => {
  const translate = useTranslate();
  const choices = nilai.map((id) => ({ id, name: translate(`mskp.sync_log.${grup}.${id}`) }));
  return <SelectInput source={source} choices={choices} />;
};

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <PilihanInput key="sistem" source="sistem" nilai={SISTEM} alwaysOn />,
  <PilihanInput key="jenis" source="jenis" nilai={JENIS} />,
  <PilihanInput key="dry_run" source="dry_run" grup="mode" nilai={['true', 'false']} alwaysOn />,
  <PilihanInput key="status" source="status" nilai={STATUS} alwaysOn />,
  <PilihanInput key="pemicu" source="pemicu" nilai={PEMICU} />,
  <ReferenceInput key="opd_id" source="opd_id" reference="opd" sort={{ field: 'nama', order: 'ASC' }}>
    <AutocompleteInput optionText="nama" sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <NumberInput key="tahun" source="tahun" />,
  <DateInput key="mulai_gte" source="mulai_gte" />,
  // the chosen day is included whole (until 23:59 Jakarta time)
  <DateInput key="mulai_lte" source="mulai_lte" parse={akhirHari} format={tanggalSaja} />,
];

/** Read-only: every eKAK/SIMPEG run, newest first, under the status of each system; a row unfolds to its errors. */
export const SyncLogList = () => (
  <>
    <KartuStatusIntegrasi />
    <List
      filters={filters}
      sort={{ field: 'mulai', order: 'DESC' }}
      perPage={25}
      empty={<EmptyState messages="mskp.empty.sync-log" />}
    >
      <DataTable bulkActionButtons={false} rowClick="show" expand={<GalatRun />} data-testid="sync-log-daftar">
        <DataTable.Col source="mulai">
          <TanggalField source="mulai" showTime />
        </DataTable.Col>
        <DataTable.Col source="sistem">
          <SistemField />
        </DataTable.Col>
        <DataTable.Col source="jenis">
          <JenisField />
        </DataTable.Col>
        <DataTable.Col source="opd_nama" disableSort>
          <TextField source="opd_nama" emptyText="-" />
        </DataTable.Col>
        <DataTable.Col source="pemicu" disableSort>
          <PemicuField />
        </DataTable.Col>
        <DataTable.Col source="dry_run" disableSort>
          <ModeField />
        </DataTable.Col>
        <DataTable.Col source="jumlah" disableSort>
          <JumlahField />
        </DataTable.Col>
        <DataTable.Col source="galat" disableSort>
          <GalatField />
        </DataTable.Col>
        <DataTable.Col source="durasi_ms">
          <DurasiField />
        </DataTable.Col>
        <DataTable.Col source="status">
          <StatusField />
        </DataTable.Col>
      </DataTable>
    </List>
  </>
);
