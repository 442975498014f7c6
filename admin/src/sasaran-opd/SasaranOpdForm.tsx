import {
  ArrayInput,
  AutocompleteInput,
  maxLength,
  minValue,
  maxValue,
  NumberInput,
  ReferenceInput,
  required,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useGetIdentity,
  useTranslate,
} from 'react-admin';
import { Typography } from '@mui/material';
import { FormToolbar } from '../common/FormToolbar';

export const SUMBER_SASARAN = [
  { id: 'MANUAL', name: 'mskp.sasaran_opd.sumber.MANUAL' },
  { id: 'EKAK', name: 'mskp.sasaran_opd.sumber.EKAK' },
];

/** At least one indicator row (the server checks each row and names the field, e.g. indikator[0].target). */
const minimalSatu = (nilai: unknown) =>
  Array.isArray(nilai) && nilai.length > 0 ? undefined : 'mskp.sasaran_opd.indikator_wajib';

/**
 * Sasaran with its indicator repeater. On create an Admin OPD starts with his own OPD (the server
 * refuses any other).
 */
export const SasaranOpdForm = ({ baru = false }: { baru?: boolean }) => {
  const translate = useTranslate();
  const { data: identity } = useGetIdentity();
  const opdSaya = (identity as { me?: { pegawai?: { opd?: { documentId?: string } | null } } } | undefined)?.me?.pegawai
    ?.opd?.documentId;
  const bawaan = baru
    ? {
        tahun: new Date().getFullYear(),
        urutan: 1,
        opd_id: opdSaya,
        indikator: [{ indikator: '', target: '', satuan: '' }],
      }
    : undefined;
  return (
    <SimpleForm toolbar={<FormToolbar deletable={!baru} />} defaultValues={bawaan} data-testid="sasaran-opd-form">
      <ReferenceInput source="opd_id" reference="opd" sort={{ field: 'nama', order: 'ASC' }} filter={{ aktif: true }}>
        <AutocompleteInput optionText="nama" validate={required()} fullWidth data-testid="sasaran-opd-opd" />
      </ReferenceInput>
      <NumberInput
        source="tahun"
        validate={[required(), minValue(2000), maxValue(2100)]}
        data-testid="sasaran-opd-tahun"
      />
      <TextInput
        source="sasaran"
        validate={[required(), maxLength(2000)]}
        multiline
        fullWidth
        data-testid="sasaran-opd-sasaran"
      />
      <NumberInput source="urutan" validate={[minValue(1), maxValue(999)]} />
      <Typography variant="body2" color="text.secondary">
        {translate('mskp.sasaran_opd.petunjuk_indikator')}
      </Typography>
      <ArrayInput source="indikator" validate={minimalSatu}>
        <SimpleFormIterator inline disableReordering data-testid="sasaran-opd-indikator">
          <TextInput source="indikator" validate={[required(), maxLength(1000)]} sx={{ minWidth: 360 }} />
          <TextInput source="target" validate={required()} helperText="mskp.sasaran_opd.bantuan_target" />
          <TextInput source="satuan" validate={[required(), maxLength(60)]} />
        </SimpleFormIterator>
      </ArrayInput>
    </SimpleForm>
  );
};
