import { BooleanField, NumberField, ReferenceField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { Box } from '@mui/material';
import { JENIS_JABATAN, JENJANG, SEBAGAI } from '../common/choices';
import { ShowActions } from '../common/ShowActions';
import { PemangkuField } from './PemangkuField';

export const JabatanShow = () => (
  <Show actions={<ShowActions />}>
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
      <SimpleShowLayout>
        <TextField source="kode" />
        <TextField source="nama" />
        <ReferenceField source="opd_id" reference="opd" emptyText="-">
          <TextField source="nama" />
        </ReferenceField>
        <TextField source="unit_kerja" emptyText="-" />
        <ReferenceField source="atasan_id" reference="jabatan" emptyText="-">
          <TextField source="nama" />
        </ReferenceField>
        <BooleanField source="kepala_opd" />
        <BooleanField source="aktif" />
      </SimpleShowLayout>
      <SimpleShowLayout>
        <SelectField source="jenis" choices={JENIS_JABATAN} />
        <SelectField source="jenjang" choices={JENJANG} />
        <TextField source="eselon" emptyText="-" />
        <NumberField source="kelas_jabatan" emptyText="-" />
        <NumberField source="nilai_jabatan" locales="id-ID" emptyText="-" />
        <PemangkuField label="resources.jabatan.fields.pemangku_nama" />
        <SelectField source="pemangku_sebagai" choices={SEBAGAI} emptyText="-" />
      </SimpleShowLayout>
    </Box>
  </Show>
);
