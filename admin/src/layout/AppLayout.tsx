import type { ReactNode } from 'react';
import { AppBar, Layout, LoadingPage, usePermissions, TitlePortal } from 'react-admin';
import { Box, Typography } from '@mui/material';
import { usesPortal } from '../access';
import { useDaerah } from '../common/useIdentity';
import { PortalLayout } from './PortalLayout';
import { AdminMenu } from './AdminMenu';
import { AppUserMenu } from './AppUserMenu';

/** "M-SKP · Kota Madiun": the region comes from /api/users/me (policy `daerah`), never from code. */
const AdminAppBar = () => {
  const { nama_daerah } = useDaerah();
  return (
    <AppBar userMenu={<AppUserMenu />}>
      <Typography
        variant="subtitle1"
        component="span"
        sx={{ fontWeight: 600, mr: 2, display: { xs: 'none', md: 'inline' }, whiteSpace: 'nowrap' }}
        data-testid="judul-aplikasi"
      >
        {nama_daerah ? `M-SKP · ${nama_daerah}` : 'M-SKP'}
      </Typography>
      <TitlePortal />
      <Box sx={{ flex: '0 0 auto' }} />
    </AppBar>
  );
};

/** BKPSDM / OPD / BKAD / Inspektorat get the back office; pegawai the ASN portal. */
export const AppLayout = ({ children }: { children: ReactNode }) => {
  const { permissions, isPending } = usePermissions<string | null>();
  if (isPending) return <LoadingPage />;
  if (usesPortal(permissions)) return <PortalLayout>{children}</PortalLayout>;
  return (
    <Layout menu={AdminMenu} appBar={AdminAppBar}>
      {children}
    </Layout>
  );
};
