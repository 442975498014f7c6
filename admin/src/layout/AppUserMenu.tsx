import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { forwardRef } from 'react';
import { Logout, UserMenu, useTranslate, useUserMenu } from 'react-admin';
import { RouterLink } from '../common/RouterLink';

const AkunSayaItem = forwardRef<HTMLAnchorElement>((_props, ref) => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem
      ref={ref as never}
      component={RouterLink}
      to="/profil"
      onClick={() => userMenu?.onClose()}
      data-testid="usermenu-profil"
    >
      <ListItemIcon>
        <ManageAccountsIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('mskp.menu.akun_saya')}</ListItemText>
    </MenuItem>
  );
});
AkunSayaItem.displayName = 'AkunSayaItem';

export const AppUserMenu = () => (
  <UserMenu>
    <AkunSayaItem />
    <Logout />
  </UserMenu>
);
