import { Menu, useLocation, usePermissions, useTranslate } from 'react-admin';
import { menuFor } from '../access';
import { MENU_ICONS } from './icons';

/** The back-office menu, filtered by role (the server enforces the same). */
export const AdminMenu = () => {
  const { permissions } = usePermissions<string | null>();
  const translate = useTranslate();
  const location = useLocation();
  const onPohon = location.pathname.startsWith('/jabatan/pohon');
  const items = menuFor(permissions);
  return (
    <Menu data-testid="menu">
      {items.map((item) => {
        const Icon = MENU_ICONS[item.key];
        return (
          <Menu.Item
            key={item.testId}
            to={item.to}
            primaryText={translate(item.label)}
            leftIcon={<Icon />}
            data-testid={item.testId}
            // "/jabatan" would also match the tree page under it
            sx={
              item.key === 'jabatan' && onPohon
                ? { '&.RaMenuItemLink-active': { color: 'text.secondary', fontWeight: 'normal' } }
                : undefined
            }
          />
        );
      })}
    </Menu>
  );
};
