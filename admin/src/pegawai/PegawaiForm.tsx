import { Box, Typography } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  maxLength,
  minValue,
  NumberInput,
  ReferenceInput,
  regex,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { JENIS_ASN, STATUS_PEGAWAI } from '../common/choices';
import { FormToolbar } from '../common/FormToolbar';
import { GOLONGAN_PNS, GOLONGAN_PPPK, nipError } from '../util/format';

const validateNip = (value: unknown) => nipError(value);
const validateNik = regex(/^\d{16}$/, 'mskp.error.nik');
const validateRekening = regex(/^[0-9.\- ]{5,30}$/, 'mskp.error.rekening');

const GolonganInput = () => {
  const jenis = useWatch({ name: 'jenis_asn' }) as string | undefined;
  return (
    <SelectInput
      source="golongan"
      choices={jenis === 'PPPK' ? [...GOLONGAN_PPPK] : [...GOLONGAN_PNS]}
      translateChoice={false}
      emptyText="-"
    />
  );
};

const Section = ({ title }: { title: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle2" color="primary" sx={{ gridColumn: '1 / -1', mt: 1, mb: 1, fontWeight: 600 }}>
      {translate(title)}
    </Typography>
  );
};

const grid = {
  display: 'grid',
  gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr' },
  columnGap: 2,
  width: '100%',
} as const;

export const PegawaiForm = ({ deletable = false }: { deletable?: boolean }) => (
  <SimpleForm
    toolbar={<FormToolbar deletable={deletable} />}
    defaultValues={{ jenis_asn: 'PNS', status: 'AKTIF', cpns: false }}
  >
    <Box sx={grid}>
      <Section title="mskp.bagian.identitas" />
      <TextInput
        source="nip"
        validate={[required(), validateNip]}
        helperText="19700518 200503 1 005"
        parse={(value: string) => (value ?? '').replace(/\s+/g, '')}
      />
      <TextInput source="gelar_depan" validate={maxLength(60)} />
      <TextInput source="nama" validate={[required(), maxLength(200)]} />
      <TextInput source="gelar_belakang" validate={maxLength(80)} />

      <Section title="mskp.bagian.kepegawaian" />
      <SelectInput source="jenis_asn" choices={JENIS_ASN} validate={required()} />
      <GolonganInput />
      <SelectInput source="status" choices={STATUS_PEGAWAI} validate={required()} />
      <ReferenceInput source="opd_id" reference="opd" sort={{ field: 'nama', order: 'ASC' }}>
        <AutocompleteInput optionText="nama" validate={required()} />
      </ReferenceInput>
      <BooleanInput source="cpns" />

      <Section title="mskp.bagian.pribadi" />
      <TextInput source="nik" validate={validateNik} />
      <TextInput source="npwp" validate={maxLength(20)} />
      <TextInput source="alamat" multiline validate={maxLength(300)} />
      <TextInput source="kode_bank" validate={maxLength(10)} />
      <TextInput source="nama_bank" validate={maxLength(100)} />
      <TextInput source="nomor_rekening" validate={validateRekening} />
      <NumberInput source="gaji_bpjs" min={0} step={1000} validate={minValue(0)} helperText="mskp.bantuan.gaji_bpjs" />
    </Box>
  </SimpleForm>
);
