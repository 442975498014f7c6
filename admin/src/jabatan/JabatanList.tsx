import { Button } from '@mui/material';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import {
  AutocompleteInput,
  BooleanField,
  CreateButton,
  DataTable,
  ExportButton,
  FilterButton,
  List,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  TopToolbar,
  useCanAccess,
  useListContext,
  useTranslate,
} from 'react-admin';
import { JENIS_JABATAN, JENJANG } from '../common/choices';
import { EmptyState } from '../common/EmptyState';
import { PemangkuField } from './PemangkuField';
import { RouterLink } from '../common/RouterLink';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="opd_id" source="opd_id" reference="opd" sort={{ field: 'nama', order: 'ASC' }} alwaysOn>
    <AutocompleteInput optionText="nama" sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <SelectInput key="jenis" source="jenis" choices={JENIS_JABATAN} />,
  <SelectInput key="jenjang" source="jenjang" choices={JENJANG} />,
  <ReferenceInput key="atasan_id" source="atasan_id" reference="jabatan" sort={{ field: 'nama', order: 'ASC' }}>
    <AutocompleteInput optionText="nama" />
  </ReferenceInput>,
];

export const PohonButton = () => {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  const opd = filterValues?.opd_id ? `?opd=${encodeURIComponent(String(filterValues.opd_id))}` : '';
  return (
    <Button
      component={RouterLink}
      to={`/jabatan/pohon${opd}`}
      size="small"
      startIcon={<AccountTreeIcon />}
      data-testid="tombol-pohon-jabatan"
    >
      {translate('mskp.pohon.tombol')}
    </Button>
  );
};

const JabatanActions = () => (
  <TopToolbar>
    <PohonButton />
    <FilterButton />
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

export const JabatanList = () => {
  const { canAccess: canCreate } = useCanAccess({ resource: 'jabatan', action: 'create' });
  return (
    <List
      filters={filters}
      actions={<JabatanActions />}
      sort={{ field: 'kode', order: 'ASC' }}
      perPage={25}
      empty={<EmptyState messages="mskp.empty.jabatan" create={!!canCreate} action={<PohonButtonStandalone />} />}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="kode" sx={{ whiteSpace: 'nowrap' }} />
        <DataTable.Col source="nama" />
        <DataTable.Col source="opd_nama" disableSort />
        <DataTable.Col source="jenis">
          <SelectField
            source="jenis"
            choices={JENIS_JABATAN.map((c) => ({ ...c, name: c.id }))}
            translateChoice={false}
          />
        </DataTable.Col>
        <DataTable.Col source="jenjang">
          <SelectField source="jenjang" choices={JENJANG} />
        </DataTable.Col>
        <DataTable.NumberCol source="kelas_jabatan" />
        <DataTable.Col source="atasan_nama" disableSort />
        <DataTable.Col source="pemangku_nama" disableSort>
          <PemangkuField />
        </DataTable.Col>
        <DataTable.Col source="kepala_opd" disableSort>
          <BooleanField source="kepala_opd" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};

const PohonButtonStandalone = () => {
  const translate = useTranslate();
  return (
    <Button component={RouterLink} to="/jabatan/pohon" startIcon={<AccountTreeIcon />}>
      {translate('mskp.pohon.tombol')}
    </Button>
  );
};
