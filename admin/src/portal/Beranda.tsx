import {
  Alert,
  Avatar,
  Box,
  Card,
  CardContent,
  CardHeader,
  Divider,
  List,
  ListItem,
  ListItemAvatar,
  ListItemText,
  Skeleton,
  Typography,
} from '@mui/material';
import { Title, useGetList, useLocaleState, useTranslate } from 'react-admin';
import type { ReactNode } from 'react';
import { EmptyNote } from '../common/EmptyState';
import { useMe } from '../common/useIdentity';
import type { Pegawai } from '../dataProvider/types';
import { intlLocale } from '../i18n';
import { formatNip, golonganLabel, LONG_DATE_TIME, relativeTime } from '../util/format';

const initials = (name: string) =>
  name
    .replace(/,.*$/, '')
    .split(/\s+/)
    .filter((part) => part && !part.endsWith('.'))
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');

const PREFIX_SEBAGAI: Record<string, string> = { PLT: 'Plt.', PLH: 'Plh.', PJ: 'Pj.' };

const Row = ({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '160px 1fr' }, gap: { sm: 2 }, py: 0.75 }}>
    <Typography variant="body2" color="text.secondary">
      {label}
    </Typography>
    <Typography variant="body2" data-testid={testId} sx={{ fontWeight: 500 }}>
      {children}
    </Typography>
  </Box>
);

/** Last login: full date-time and "x hari lalu". */
export const LoginTerakhir = ({ value, ip }: { value?: string | null; ip?: string | null }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const relative = relativeTime(value);
  const text = 'count' in relative ? translate(relative.key, { smart_count: relative.count }) : translate(relative.key);
  if (!value) return <>{text}</>;
  return (
    <>
      {new Date(value).toLocaleString(intlLocale(locale), LONG_DATE_TIME)} ({text})
      {ip ? ` ${translate('mskp.portal.dari_ip', { ip })}` : ''}
    </>
  );
};

const ProfilCard = () => {
  const translate = useTranslate();
  const { me, isPending } = useMe();
  if (isPending) return <Skeleton variant="rectangular" height={200} />;
  if (!me) return null;
  const pegawai = me.pegawai;
  const name = pegawai?.nama_lengkap || pegawai?.nama || me.username;
  return (
    <Card data-testid="kartu-profil">
      <CardContent sx={{ display: 'flex', gap: 3, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <Avatar sx={{ width: 64, height: 64, bgcolor: 'primary.main', fontSize: 24 }}>{initials(name)}</Avatar>
        <Box sx={{ flex: 1, minWidth: 260 }}>
          <Typography variant="h5" component="h1" sx={{ fontWeight: 600 }} data-testid="sambutan">
            {translate('mskp.portal.sambutan', { nama: name })}
          </Typography>
          {pegawai ? (
            <Box sx={{ mt: 1 }}>
              <Row label={translate('resources.pegawai.fields.nip')} testId="profil-nip">
                {formatNip(pegawai.nip)}
              </Row>
              <Row label={translate('resources.pegawai.fields.jabatan_nama')} testId="profil-jabatan">
                {pegawai.jabatan?.nama || '-'}
                {(pegawai.jabatan_plt ?? []).map((plt) => (
                  <Box
                    component="span"
                    key={`${plt.sebagai}-${plt.id ?? plt.nama}`}
                    sx={{ display: 'block' }}
                    data-testid="profil-jabatan-plt"
                  >
                    {PREFIX_SEBAGAI[plt.sebagai] ?? ''} {plt.nama}
                  </Box>
                ))}
              </Row>
              <Row label={translate('resources.pegawai.fields.opd_nama')} testId="profil-opd">
                {pegawai.opd?.nama || '-'}
              </Row>
              <Row label={translate('mskp.portal.login_terakhir')} testId="profil-login-terakhir">
                <LoginTerakhir value={me.lastLoginAt} ip={me.lastLoginIp} />
              </Row>
            </Box>
          ) : (
            <Alert severity="warning" sx={{ mt: 1 }}>
              {translate('mskp.portal.tanpa_pegawai')}
            </Alert>
          )}
        </Box>
      </CardContent>
    </Card>
  );
};

/** The server scopes /api/panel/pegawai to self + subordinates: the rest is the team. */
const BawahanCard = () => {
  const translate = useTranslate();
  const { me } = useMe();
  const ownNip = me?.pegawai?.nip;
  const {
    data = [],
    isPending,
    error,
  } = useGetList<Pegawai>(
    'pegawai',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'nama', order: 'ASC' }, filter: {} },
    { enabled: !!ownNip },
  );
  if (!ownNip) return null;
  const bawahan = data.filter((pegawai) => pegawai.nip !== ownNip);
  return (
    <Card data-testid="bawahan-saya">
      <CardHeader
        title={translate('mskp.portal.bawahan_judul')}
        subheader={translate('mskp.portal.bawahan_petunjuk')}
        slotProps={{ title: { variant: 'h6' } }}
      />
      <Divider />
      <CardContent>
        {isPending ? (
          <Skeleton variant="rectangular" height={80} />
        ) : error ? (
          <Alert severity="error">
            {translate('mskp.error.gagal_memuat', { pesan: String((error as Error).message) })}
          </Alert>
        ) : bawahan.length === 0 ? (
          <EmptyNote testId="bawahan-kosong">{translate('mskp.portal.bawahan_kosong')}</EmptyNote>
        ) : (
          <List dense disablePadding>
            {bawahan.map((pegawai) => (
              <ListItem key={pegawai.id} data-testid="bawahan-item" divider>
                <ListItemAvatar>
                  <Avatar sx={{ bgcolor: 'secondary.main' }}>{initials(pegawai.nama_lengkap || pegawai.nama)}</Avatar>
                </ListItemAvatar>
                <ListItemText
                  primary={pegawai.nama_lengkap || pegawai.nama}
                  secondary={[
                    formatNip(pegawai.nip),
                    pegawai.jabatan_nama,
                    golonganLabel(pegawai.golongan, pegawai.jenis_asn),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                />
              </ListItem>
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
};

/** Portal home of a pegawai: own profile and team, real data only. */
export const Beranda = () => (
  <Box sx={{ display: 'grid', gap: 2 }} data-testid="beranda">
    <Title title="mskp.menu.beranda" />
    <ProfilCard />
    <BawahanCard />
  </Box>
);
