import { Button } from '@mui/material';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import BadgeIcon from '@mui/icons-material/Badge';
import {
  BooleanField,
  NumberField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { JENIS_OPD } from '../common/choices';
import { ShowActions } from '../common/ShowActions';
import { RouterLink } from '../common/RouterLink';

const OpdLinks = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { canAccess: canTree } = useCanAccess({ resource: 'jabatan-pohon', action: 'list' });
  const { canAccess: canPegawai } = useCanAccess({ resource: 'pegawai', action: 'list' });
  if (!record) return null;
  return (
    <>
      {canTree ? (
        <Button
          size="small"
          component={RouterLink}
          to={`/jabatan/pohon?opd=${encodeURIComponent(String(record.id))}`}
          startIcon={<AccountTreeIcon />}
          data-testid="opd-pohon"
        >
          {translate('mskp.pohon.tombol')}
        </Button>
      ) : null}
      {canPegawai ? (
        <Button
          size="small"
          component={RouterLink}
          to={`/pegawai?filter=${encodeURIComponent(JSON.stringify({ opd_id: record.id }))}`}
          startIcon={<BadgeIcon />}
        >
          {translate('resources.pegawai.name', { smart_count: 2 })}
        </Button>
      ) : null}
    </>
  );
};

export const OpdShow = () => (
  <Show
    actions={
      <ShowActions>
        <OpdLinks />
      </ShowActions>
    }
  >
    <SimpleShowLayout>
      <TextField source="kode_opd" />
      <TextField source="nama" />
      <TextField source="singkatan" emptyText="-" />
      <SelectField source="jenis" choices={JENIS_OPD} />
      <TextField source="induk_nama" label="resources.opd.fields.induk_id" emptyText="-" />
      <TextField source="bendahara_nama" emptyText="—" />
      <BooleanField source="aktif" />
      <NumberField source="jumlah_pegawai" locales="id-ID" />
    </SimpleShowLayout>
  </Show>
);
