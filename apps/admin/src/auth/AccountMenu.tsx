import KeyIcon from '@mui/icons-material/Key';
import { Box, Divider, ListItemIcon, ListItemText, MenuItem, Typography } from '@mui/material';
import { useState } from 'react';
import { Logout, UserMenu, useGetIdentity, useTranslate, useUserMenu } from 'react-admin';
import type { ChiBoIdentity } from '../authProvider';
import { ChangePasswordDialog } from './ChangePasswordDialog';

/** Who is signed in, in which role and organization: a shared office computer is easy to leave signed in. */
function WhoAmI() {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const viewer = identity as ChiBoIdentity | undefined;
  if (!viewer) return null;
  return (
    <Box sx={{ px: 2, py: 1, maxWidth: 300 }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {viewer.fullName}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="div">
        {viewer.username} · {translate(`chibo.enums.Role.${viewer.role}`)}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="div">
        {viewer.organizationName}
      </Typography>
    </Box>
  );
}

function ChangePasswordItem({ onOpen }: { onOpen: () => void }) {
  const userMenu = useUserMenu();
  const translate = useTranslate();
  return (
    <MenuItem
      onClick={() => {
        userMenu?.onClose();
        onOpen();
      }}
    >
      <ListItemIcon>
        <KeyIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('chibo.auth.change_password')}</ListItemText>
    </MenuItem>
  );
}

/**
 * The user menu: who is signed in, change password, sign out. The dialog sits outside the menu, which
 * unmounts its items as it closes.
 */
export function AccountMenu() {
  const [changing, setChanging] = useState(false);
  return (
    <>
      <UserMenu>
        <WhoAmI />
        <Divider />
        <ChangePasswordItem onOpen={() => setChanging(true)} />
        <Logout />
      </UserMenu>
      <ChangePasswordDialog open={changing} onClose={() => setChanging(false)} />
    </>
  );
}
