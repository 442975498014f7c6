import type { ReactNode } from 'react';
import { Alert, Box, Card, CardActionArea, CardContent, CardHeader, Skeleton, Typography } from '@mui/material';
import ApartmentIcon from '@mui/icons-material/Apartment';
import BadgeIcon from '@mui/icons-material/Badge';
import GroupIcon from '@mui/icons-material/Group';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import WorkIcon from '@mui/icons-material/Work';
import { useQuery } from '@tanstack/react-query';
import { LoadingPage, Title, useGetList, usePermissions, useTranslate } from 'react-admin';
import { canAccess, usesPortal, type AccessKey } from '../access';
import { EmptyNote } from '../common/EmptyState';
import { useMe } from '../common/useIdentity';
import { useMskpDataProvider } from '../dataProvider';
import { BarChart, topN } from '../common/BarChart';
import { RouterLink } from '../common/RouterLink';

interface CountCard {
  key: string;
  resource: string;
  access: AccessKey;
  filter: Record<string, unknown>;
  label: string;
  icon: ReactNode;
  to: string;
}

const CARDS: CountCard[] = [
  {
    key: 'opd',
    resource: 'opd',
    access: 'opd',
    filter: {},
    label: 'mskp.dashboard.opd',
    icon: <ApartmentIcon fontSize="large" />,
    to: '/opd',
  },
  {
    key: 'jabatan',
    resource: 'jabatan',
    access: 'jabatan',
    filter: {},
    label: 'mskp.dashboard.jabatan',
    icon: <WorkIcon fontSize="large" />,
    to: '/jabatan',
  },
  {
    key: 'pegawai-aktif',
    resource: 'pegawai',
    access: 'pegawai',
    filter: { status: 'AKTIF' },
    label: 'mskp.dashboard.pegawai_aktif',
    icon: <BadgeIcon fontSize="large" />,
    to: `/pegawai?filter=${encodeURIComponent(JSON.stringify({ status: 'AKTIF' }))}`,
  },
  {
    key: 'pengguna',
    resource: 'users',
    access: 'users',
    filter: {},
    label: 'mskp.dashboard.pengguna',
    icon: <GroupIcon fontSize="large" />,
    to: '/users',
  },
  {
    key: 'belum-login',
    resource: 'users',
    access: 'users',
    filter: { belum_pernah_login: true },
    label: 'mskp.dashboard.belum_login',
    icon: <PersonOffIcon fontSize="large" />,
    to: '/aktivitas-pengguna',
  },
];

const Count = ({ card, linkable }: { card: CountCard; linkable: boolean }) => {
  const translate = useTranslate();
  // range=[0,0]: only the Content-Range total is needed
  const { total, isPending, error } = useGetList(card.resource, {
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'id', order: 'ASC' },
    filter: card.filter,
  });
  const body = (
    <CardContent sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
      <Box sx={{ color: 'primary.main', display: 'flex' }}>{card.icon}</Box>
      <Box>
        <Typography variant="body2" color="text.secondary">
          {translate(card.label)}
        </Typography>
        <Typography variant="h4" sx={{ fontWeight: 600 }} data-testid={`kartu-${card.key}-total`}>
          {isPending ? <Skeleton width={60} /> : error ? '–' : (total ?? 0).toLocaleString('id-ID')}
        </Typography>
      </Box>
    </CardContent>
  );
  return (
    <Card data-testid={`kartu-${card.key}`}>
      {linkable ? (
        <CardActionArea component={RouterLink} to={card.to}>
          {body}
        </CardActionArea>
      ) : (
        body
      )}
    </Card>
  );
};

const Chart = () => {
  const translate = useTranslate();
  const dataProvider = useMskpDataProvider();
  const { data, error, isPending } = useQuery({
    queryKey: ['statistik-pegawai'],
    queryFn: () => dataProvider.statistikPegawai(),
    retry: false,
  });
  const rows = topN(data ?? [], 10);
  return (
    <Card>
      <CardHeader title={translate('mskp.dashboard.grafik_judul')} slotProps={{ title: { variant: 'h6' } }} />
      <CardContent>
        {isPending ? (
          <Skeleton variant="rectangular" height={240} />
        ) : error ? (
          <Alert severity="error">
            {translate('mskp.error.gagal_memuat', { pesan: translate(error.message, { _: error.message }) })}
          </Alert>
        ) : rows.length === 0 || rows.every((row) => Number(row.jumlah) === 0) ? (
          <EmptyNote testId="grafik-kosong">{translate('mskp.dashboard.grafik_kosong')}</EmptyNote>
        ) : (
          <BarChart rows={rows} />
        )}
      </CardContent>
    </Card>
  );
};

const BackOfficeDashboard = ({ role }: { role: string | null }) => {
  const translate = useTranslate();
  const { me } = useMe();
  const cards = CARDS.filter((card) => canAccess(role, card.access, 'list'));
  const name = me?.pegawai?.nama_lengkap || me?.pegawai?.nama || me?.username || '';
  return (
    <Box sx={{ mt: 2 }} data-testid="dasbor">
      <Title title="mskp.dashboard.judul" />
      <Typography variant="h5" component="h1" sx={{ fontWeight: 600 }}>
        {translate('mskp.dashboard.sambutan', { nama: name })}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('mskp.dashboard.ringkasan')}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', lg: `repeat(${Math.max(cards.length, 1)}, 1fr)` },
          gap: 2,
          mb: 2,
        }}
      >
        {cards.map((card) => (
          <Count
            key={card.key}
            card={card}
            linkable={canAccess(role, card.key === 'belum-login' ? 'aktivitas-pengguna' : card.access, 'menu')}
          />
        ))}
      </Box>
      {canAccess(role, 'statistik-pegawai', 'list') ? <Chart /> : null}
    </Box>
  );
};

/** Home page: the back-office dashboard, or the portal's home (`beranda`) for a pegawai. */
export const Dashboard = ({ beranda }: { beranda: ReactNode }) => {
  const { permissions, isPending } = usePermissions<string | null>();
  if (isPending) return <LoadingPage />;
  if (usesPortal(permissions)) return <>{beranda}</>;
  return <BackOfficeDashboard role={permissions ?? null} />;
};
