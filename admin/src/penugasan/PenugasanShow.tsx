import { BooleanField, ReferenceField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { JENIS_PENUGASAN } from '../common/choices';
import { NipField, TanggalField } from '../common/fields';
import { ShowActions } from '../common/ShowActions';

export const PenugasanShow = () => (
  <Show actions={<ShowActions deletable />}>
    <SimpleShowLayout>
      <ReferenceField source="pegawai_id" reference="pegawai" emptyText="-">
        <TextField source="nama_lengkap" />
      </ReferenceField>
      <NipField source="pegawai_nip" label="resources.penugasan.fields.pegawai_nip" />
      <ReferenceField source="jabatan_id" reference="jabatan" emptyText="-">
        <TextField source="nama" />
      </ReferenceField>
      <TextField source="opd_nama" emptyText="-" />
      <SelectField source="jenis" choices={JENIS_PENUGASAN} />
      <TanggalField source="tmt_mulai" />
      <TanggalField source="tmt_akhir" />
      <TextField source="nomor_sk" emptyText="-" />
      <TextField source="alasan_berakhir" emptyText="-" />
      <BooleanField source="aktif" />
    </SimpleShowLayout>
  </Show>
);
