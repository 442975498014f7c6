import {
  AutocompleteInput,
  BooleanInput,
  maxLength,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useRecordContext,
} from 'react-admin';
import { JENIS_OPD } from '../common/choices';
import { FormToolbar } from '../common/FormToolbar';

/** The Bendahara Pengeluaran (signs the Daftar Nominatif TPP) is picked among the OPD's active pegawai, so only once the OPD exists. */
const BendaharaInput = () => {
  const record = useRecordContext();
  if (!record?.id) return null;
  return (
    <ReferenceInput
      source="bendahara_id"
      reference="pegawai"
      sort={{ field: 'nama', order: 'ASC' }}
      filter={{ opd_id: record.id, status: 'AKTIF' }}
    >
      <AutocompleteInput
        optionText={(p: any) => (p ? `${p.nama} (${p.nip})` : '')}
        fullWidth
        data-testid="opd-bendahara"
      />
    </ReferenceInput>
  );
};

export const OpdForm = ({ deletable = false }: { deletable?: boolean }) => (
  <SimpleForm toolbar={<FormToolbar deletable={deletable} />} defaultValues={{ aktif: true }}>
    <TextInput source="kode_opd" validate={[required(), maxLength(40)]} helperText="2.16.2.20.2.21.04.0000" />
    <TextInput source="nama" validate={[required(), maxLength(200)]} fullWidth />
    <TextInput source="singkatan" validate={maxLength(40)} />
    <SelectInput source="jenis" choices={JENIS_OPD} validate={required()} />
    <ReferenceInput source="induk_id" reference="opd" sort={{ field: 'nama', order: 'ASC' }} filter={{ aktif: true }}>
      <AutocompleteInput optionText="nama" fullWidth />
    </ReferenceInput>
    <BendaharaInput />
    <BooleanInput source="aktif" />
  </SimpleForm>
);
