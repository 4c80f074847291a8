import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  AppBar,
  Layout as RaLayout,
  LocalesMenuButton,
  Menu,
  RefreshIconButton,
  TitlePortal,
  useTranslate,
} from 'react-admin';

/** The app's name first, then the page title: staff keep several tabs open and must tell them apart. */
function ChiBoAppBar() {
  const translate = useTranslate();
  return (
    <AppBar
      color="secondary"
      toolbar={
        <>
          <LocalesMenuButton />
          <RefreshIconButton />
        </>
      }
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mr: 2 }}>
        <AccountTreeIcon fontSize="small" />
        <Typography variant="h6" component="span" sx={{ fontWeight: 700, whiteSpace: 'nowrap' }}>
          {translate('chibo.title')}
        </Typography>
      </Box>
      <TitlePortal variant="subtitle1" />
    </AppBar>
  );
}

/** The menu in the order the office works: ward, party organizations, groups, members, positions. */
function ChiBoMenu() {
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItem name="wards" />
      <Menu.ResourceItem name="organizations" />
      <Menu.ResourceItem name="partyGroups" />
      <Menu.ResourceItem name="members" />
      <Menu.ResourceItem name="positions" />
    </Menu>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  return (
    <RaLayout appBar={ChiBoAppBar} menu={ChiBoMenu}>
      {children}
    </RaLayout>
  );
}
