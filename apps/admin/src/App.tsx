import { Admin, CustomRoutes, Resource, reactRouterProvider } from 'react-admin';
import { LoginPage } from './auth/LoginPage';
import { createAuthProvider } from './authProvider';
import { Dashboard } from './dashboard/Dashboard';
import { createDataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { PeriodicReport } from './reports/PeriodicReport';
import { Layout } from './layout/Layout';
import { theme } from './layout/theme';
import { AnnualRatingsPage, RatingPrint } from './resources/annual-ratings';
import auditEntries from './resources/auditEntries';
import meetingLengthDecisions from './resources/meetingLengthDecisions';
import meetingRuleSets from './resources/meetingRuleSets';
import meetings, { AttendanceSheet, MeetingCalendar, MeetingPrint } from './resources/meetings';
import members from './resources/members';
import memberships from './resources/memberships';
import memberTasks, { AssignmentSheet, MembersWithoutTask } from './resources/memberTasks';
import organizations from './resources/organizations';
import partyGroups from './resources/partyGroups';
import pilots from './resources/pilots';
import positions from './resources/positions';
import resolutions from './resources/resolutions';
import resolutionTasks from './resources/resolutionTasks';
import supervisorAssignments, { CompliancePage, QuarterBoard, SchedulePrint } from './resources/supervision';
import thematicPlanItems from './resources/thematicPlanItems';
import wards from './resources/wards';

const dataProvider = createDataProvider();
const authProvider = createAuthProvider();
const { Route } = reactRouterProvider;

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
      {/* A meeting's calendar and attendance sheet are pages of the resource (static paths win over ":id"). */}
      <Resource name="meetings" {...meetings}>
        <Route path="calendar" element={<MeetingCalendar />} />
        <Route path=":id/attendance" element={<AttendanceSheet />} />
      </Resource>
      <Resource name="resolutions" {...resolutions} />
      <Resource name="resolutionTasks" {...resolutionTasks} />
      <Resource name="resolutionReviews" />
      <Resource name="thematicPlanItems" {...thematicPlanItems} />
      <Resource name="memberTasks" {...memberTasks}>
        <Route path="without" element={<MembersWithoutTask />} />
        <Route path="assign" element={<AssignmentSheet />} />
      </Resource>
      <Resource name="membersWithoutTask" />
      <Resource name="meetingRuleSets" {...meetingRuleSets} />
      <Resource name="meetingLengthDecisions" {...meetingLengthDecisions} />
      {/* The quarter board and the compliance view are pages of the supervisor assignments. */}
      <Resource name="supervisorAssignments" {...supervisorAssignments}>
        <Route path="board" element={<QuarterBoard />} />
        <Route path="compliance" element={<CompliancePage />} />
      </Resource>
      <Resource name="supervisionCompliance" />
      <Resource name="rotationProposal" />
      <Resource name="pilots" {...pilots} />
      <Resource name="pilotRatios" />
      <Resource name="auditEntries" {...auditEntries} />
      {/* The printed record and schedule, outside the layout: only the document prints. */}
      {/* The year's quality rating of branches and members: a page of its own, not a list of records. */}
      <CustomRoutes>
        <Route path="/annual-ratings" element={<AnnualRatingsPage />} />
      </CustomRoutes>
      <CustomRoutes noLayout>
        <Route path="/meetings/:id/print" element={<MeetingPrint />} />
        <Route path="/supervisorAssignments/schedule" element={<SchedulePrint />} />
        <Route path="/annual-ratings/print" element={<RatingPrint />} />
        <Route path="/reports/periodic" element={<PeriodicReport />} />
      </CustomRoutes>
    </Admin>
  );
}
