import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Box, Button, Container, Paper, Typography } from '@mui/material';
import { AppBar, TitlePortal, useLocation, usePermissions, useTranslate } from 'react-admin';
import { menuFor } from '../access';
import { useMe } from '../common/useIdentity';
import { MENU_ICONS } from './icons';
import { AppUserMenu } from './AppUserMenu';
import { RouterLink } from '../common/RouterLink';

class PortalErrorBoundary extends Component<
  { children: ReactNode; fallback: (error: Error) => ReactNode },
  { error?: Error }
> {
  state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }
  render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}

const isActive = (pathname: string, to: string) =>
  to === '/' ? pathname === '/' || pathname === '' : pathname === to || pathname.startsWith(`${to}/`);

/** The portal's navigation: a few large tabs instead of the back-office sidebar. */
const PortalNav = () => {
  const { permissions } = usePermissions<string | null>();
  const { me } = useMe();
  const translate = useTranslate();
  const location = useLocation();
  return (
    <Paper square elevation={0} sx={{ borderBottom: 1, borderColor: 'divider' }}>
      <Container
        maxWidth="lg"
        component="nav"
        data-testid="menu"
        sx={{ display: 'flex', gap: 1, py: 1, overflowX: 'auto' }}
      >
        {menuFor(permissions, { kepalaOpd: !!me?.pegawai?.kepala_opd }).map((item) => {
          const Icon = MENU_ICONS[item.key];
          const active = isActive(location.pathname, item.to);
          return (
            <Button
              key={item.testId}
              component={RouterLink}
              to={item.to}
              data-testid={item.testId}
              aria-current={active ? 'page' : undefined}
              variant={active ? 'contained' : 'text'}
              startIcon={<Icon />}
              sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
            >
              {translate(item.label)}
            </Button>
          );
        })}
      </Container>
    </Paper>
  );
};

/** Simplified layout of the ASN portal (pegawai role). */
export const PortalLayout = ({ children }: { children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', bgcolor: 'background.default' }}>
      <AppBar
        alwaysOn
        userMenu={<AppUserMenu />}
        sx={{ '& .RaAppBar-menuButton': { display: 'none' }, '& .RaAppBar-toolbar': { pl: 2 } }}
      >
        <Typography variant="subtitle1" component="span" sx={{ fontWeight: 600, mr: 2, whiteSpace: 'nowrap' }}>
          {translate('mskp.app.portal')}
        </Typography>
        <TitlePortal />
      </AppBar>
      <Box sx={{ height: { xs: 56, sm: 48 } }} />
      <PortalNav />
      <Container maxWidth="lg" component="main" id="main-content" sx={{ py: 3, flex: 1 }}>
        <PortalErrorBoundary
          fallback={(error) => (
            <Typography color="error" role="alert">
              {translate('ra.page.error')}: {error.message}
            </Typography>
          )}
        >
          {children}
        </PortalErrorBoundary>
      </Container>
    </Box>
  );
};
