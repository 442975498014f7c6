import { Alert, Box, Card, CardContent, CardHeader, Skeleton, Typography } from '@mui/material';
import { Title, usePermissions, useTranslate } from 'react-admin';
import type { ReactNode } from 'react';
import { useOwnPegawai } from '../common/useIdentity';
import { PegawaiDetail } from '../common/PegawaiDetail';
import { LoginTerakhir } from './Beranda';
import { GantiKataSandi } from './GantiKataSandi';

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '160px 1fr' }, gap: { sm: 2 }, py: 0.5 }}>
    <Typography variant="body2" color="text.secondary">
      {label}
    </Typography>
    <Typography variant="body2" sx={{ fontWeight: 500 }}>
      {children}
    </Typography>
  </Box>
);

/** `/profil`: own pegawai record (read-only), account, password change. */
export const ProfilSaya = () => {
  const translate = useTranslate();
  const { me, pegawai, isPending, hasPegawai } = useOwnPegawai();
  const { permissions } = usePermissions<string | null>();
  return (
    <Box sx={{ display: 'grid', gap: 2, mt: 1 }} data-testid="profil-saya">
      <Title title="mskp.portal.profil_saya" />
      {me ? (
        <Card>
          <CardHeader title={translate('mskp.portal.akun')} slotProps={{ title: { variant: 'h6' } }} />
          <CardContent sx={{ pt: 0 }}>
            <Row label={translate('resources.users.fields.username')}>{me.username}</Row>
            <Row label={translate('resources.users.fields.email')}>{me.email || '-'}</Row>
            <Row label={translate('resources.users.fields.role')}>
              {me.role?.type
                ? translate(`mskp.choices.role.${me.role.type}`, { _: me.role.name ?? me.role.type })
                : '-'}
            </Row>
            <Row label={translate('mskp.portal.login_terakhir')}>
              <LoginTerakhir value={me.lastLoginAt} ip={me.lastLoginIp} />
            </Row>
          </CardContent>
        </Card>
      ) : null}
      {isPending ? (
        <Skeleton variant="rectangular" height={240} />
      ) : pegawai ? (
        <PegawaiDetail record={pegawai} withAccount={false} />
      ) : hasPegawai || permissions !== 'pegawai' ? null : (
        <Alert severity="info">{translate('mskp.portal.tanpa_pegawai')}</Alert>
      )}
      <GantiKataSandi />
    </Box>
  );
};
