import { Alert } from '@mui/material';
import {
  ArrayField,
  DataTable,
  NumberField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  useTranslate,
} from 'react-admin';
import { ShowActions } from '../common/ShowActions';
import { SUMBER_SASARAN } from './SasaranOpdForm';

export const SasaranOpdShow = () => {
  const translate = useTranslate();
  return (
    <Show actions={<ShowActions deletable />}>
      <SimpleShowLayout>
        <TextField source="opd_nama" />
        <NumberField source="tahun" options={{ useGrouping: false }} />
        <NumberField source="urutan" />
        <TextField source="sasaran" />
        <SelectField source="sumber" choices={SUMBER_SASARAN} />
        <ArrayField source="indikator">
          <DataTable bulkActionButtons={false} rowClick={false} data-testid="sasaran-opd-indikator-tabel">
            <DataTable.Col source="indikator" label="resources.sasaran-opd.fields.indikator_uraian" />
            <DataTable.Col source="target" label="resources.sasaran-opd.fields.target" />
            <DataTable.Col source="satuan" label="resources.sasaran-opd.fields.satuan" />
          </DataTable>
        </ArrayField>
        <Alert severity="info" data-testid="sasaran-opd-catatan">
          {translate('mskp.sasaran_opd.catatan_duplikat')}
        </Alert>
      </SimpleShowLayout>
    </Show>
  );
};
