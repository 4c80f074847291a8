import { Admin, Resource } from 'react-admin';
import { LoginPage } from './auth/LoginPage';
import { createAuthProvider } from './authProvider';
import { Dashboard } from './dashboard/Dashboard';
import { createDataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { theme } from './layout/theme';
import auditEntries from './resources/auditEntries';
import members from './resources/members';
import memberships from './resources/memberships';
import organizations from './resources/organizations';
import partyGroups from './resources/partyGroups';
import positions from './resources/positions';
import wards from './resources/wards';

const dataProvider = createDataProvider();
const authProvider = createAuthProvider();

export function App() {
  return (
    <Admin
      title="Chi bộ"
      dataProvider={dataProvider}
      authProvider={authProvider}
      loginPage={LoginPage}
      // Nothing of the panel (menu, dashboard) renders before the session is known: no menu for a stranger.
      requireAuth
      i18nProvider={i18nProvider}
      dashboard={Dashboard}
      layout={Layout}
      theme={theme}
      // No telemetry: the ward office's machines must not call hosts outside the panel.
      disableTelemetry
    >
      <Resource name="wards" {...wards} />
      <Resource name="organizations" {...organizations} />
      <Resource name="partyGroups" {...partyGroups} />
      <Resource name="members" {...members} />
      <Resource name="positions" {...positions} />
      <Resource name="memberships" {...memberships} />
      <Resource name="auditEntries" {...auditEntries} />
    </Admin>
  );
}
