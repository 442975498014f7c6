import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** Blue of the Kota Madiun government identity, light background. */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    mode: 'light',
    primary: { main: '#0d47a1' },
    secondary: { main: '#1565c0' },
    background: { default: '#f5f6fa' },
  },
  shape: { borderRadius: 8 },
  sidebar: { width: 248, closedWidth: 56 },
};
