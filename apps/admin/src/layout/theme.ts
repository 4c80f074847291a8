import { defaultTheme, type RaThemeOptions } from 'react-admin';

/**
 * The default react-admin theme in the colours of party documents (deep red, gold), with type and spacing
 * tuned so a table of members fits a 1366×768 office screen without horizontal scrolling.
 */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    primary: { main: '#a31515', contrastText: '#ffffff' },
    secondary: { main: '#8a6d00', contrastText: '#ffffff' },
    background: { default: '#f6f4f1' },
  },
  typography: {
    fontFamily: '"Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
    fontSize: 13.5,
  },
  // Wide enough for the longest menu entry ("Kế hoạch chuyên đề") in the panel's type size.
  sidebar: { width: 236, closedWidth: 50 },
  components: {
    ...defaultTheme.components,
    MuiAppBar: { styleOverrides: { colorSecondary: { backgroundColor: '#a31515', color: '#ffffff' } } },
    MuiTableCell: { styleOverrides: { sizeSmall: { padding: '5px 10px' }, head: { whiteSpace: 'nowrap' } } },
    MuiTab: { styleOverrides: { root: { textTransform: 'none', fontWeight: 600 } } },
  },
};
