import { Box } from '@mui/material';
import {
  AutocompleteInput,
  DateInput,
  maxLength,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { JENIS_PENUGASAN } from '../common/choices';
import { FormToolbar } from '../common/FormToolbar';

/** TMT akhir may be empty (still active) but never before TMT mulai. */
export const validatePenugasan = (values: Record<string, unknown>) => {
  const errors: Record<string, string> = {};
  const mulai = values.tmt_mulai ? String(values.tmt_mulai) : '';
  const akhir = values.tmt_akhir ? String(values.tmt_akhir) : '';
  if (mulai && akhir && akhir < mulai) errors.tmt_akhir = 'mskp.error.tmt_akhir';
  return errors;
};

const pegawaiText = (record: { nama_lengkap?: string; nama?: string; nip?: string }) =>
  `${record.nama_lengkap || record.nama || ''} (${record.nip ?? ''})`;

const jabatanText = (record: { nama?: string; opd_nama?: string }) =>
  record.opd_nama ? `${record.nama ?? ''} — ${record.opd_nama}` : (record.nama ?? '');

export const PenugasanForm = ({ deletable = false }: { deletable?: boolean }) => (
  <SimpleForm
    toolbar={<FormToolbar deletable={deletable} />}
    validate={validatePenugasan}
    defaultValues={{ jenis: 'UTAMA' }}
  >
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%' }}>
      <ReferenceInput source="pegawai_id" reference="pegawai" sort={{ field: 'nama', order: 'ASC' }}>
        <AutocompleteInput optionText={pegawaiText} validate={required()} />
      </ReferenceInput>
      <ReferenceInput source="jabatan_id" reference="jabatan" sort={{ field: 'nama', order: 'ASC' }}>
        <AutocompleteInput optionText={jabatanText} validate={required()} />
      </ReferenceInput>
      <SelectInput source="jenis" choices={JENIS_PENUGASAN} validate={required()} />
      <TextInput source="nomor_sk" validate={maxLength(100)} />
      <DateInput source="tmt_mulai" validate={required()} />
      <DateInput source="tmt_akhir" />
      <TextInput source="alasan_berakhir" multiline validate={maxLength(300)} sx={{ gridColumn: '1 / -1' }} />
    </Box>
  </SimpleForm>
);
