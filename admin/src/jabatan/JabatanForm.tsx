import {
  AutocompleteInput,
  BooleanInput,
  maxLength,
  maxValue,
  minValue,
  number,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Box } from '@mui/material';
import { ESELON, JENIS_JABATAN, jenjangChoicesFor } from '../common/choices';
import { FormToolbar } from '../common/FormToolbar';

const JenjangInput = () => {
  const jenis = useWatch({ name: 'jenis' }) as string | undefined;
  return <SelectInput source="jenjang" choices={jenjangChoicesFor(jenis)} validate={required()} />;
};

/** The superior position is looked up inside the chosen OPD first. */
const AtasanInput = () => {
  const opdId = useWatch({ name: 'opd_id' }) as string | undefined;
  return (
    <ReferenceInput
      source="atasan_id"
      reference="jabatan"
      sort={{ field: 'kode', order: 'ASC' }}
      filter={opdId ? { opd_id: opdId } : {}}
    >
      <AutocompleteInput
        optionText={(record: { kode?: string; nama?: string }) => `${record.kode ?? ''} ${record.nama ?? ''}`.trim()}
        fullWidth
      />
    </ReferenceInput>
  );
};

export const JabatanForm = ({ deletable = false }: { deletable?: boolean }) => {
  const translate = useTranslate();
  return (
    <SimpleForm
      toolbar={<FormToolbar deletable={deletable} />}
      defaultValues={{ aktif: true, kepala_opd: false, jenis: 'JA' }}
    >
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%' }}>
        <TextInput source="kode" validate={[required(), maxLength(60)]} />
        <TextInput source="nama" validate={[required(), maxLength(250)]} />
        <ReferenceInput source="opd_id" reference="opd" sort={{ field: 'nama', order: 'ASC' }}>
          <AutocompleteInput optionText="nama" validate={required()} />
        </ReferenceInput>
        <TextInput source="unit_kerja" validate={maxLength(250)} />
        <SelectInput source="jenis" choices={JENIS_JABATAN} validate={required()} />
        <JenjangInput />
        <SelectInput source="eselon" choices={ESELON} translateChoice={false} emptyText="-" />
        <NumberInput
          source="kelas_jabatan"
          min={1}
          max={17}
          step={1}
          validate={[
            number(),
            minValue(1, translate('mskp.error.kelas_jabatan')),
            maxValue(17, translate('mskp.error.kelas_jabatan')),
          ]}
        />
        <NumberInput source="nilai_jabatan" min={0} validate={[number(), minValue(0)]} />
        <AtasanInput />
        <BooleanInput source="kepala_opd" />
        <BooleanInput source="aktif" />
      </Box>
    </SimpleForm>
  );
};
