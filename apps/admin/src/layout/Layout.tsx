import AccountTreeIcon from '@mui/icons-material/AccountTree';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import EventNoteIcon from '@mui/icons-material/EventNote';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import GradingIcon from '@mui/icons-material/Grading';
import HomeWorkIcon from '@mui/icons-material/HomeWork';
import SummarizeIcon from '@mui/icons-material/Summarize';
import { Box, Typography } from '@mui/material';
import type { ReactElement, ReactNode } from 'react';
import {
  AppBar,
  Layout as RaLayout,
  LocalesMenuButton,
  Menu,
  RefreshIconButton,
  TitlePortal,
  useCanAccess,
  useTranslate,
} from 'react-admin';
import { AccountMenu } from '../auth/AccountMenu';
import { useViewer } from '../auth/useViewer';

/** The app's name first, then the page title: staff keep several tabs open and must tell them apart. */
function ChiBoAppBar() {
  const translate = useTranslate();
  return (
    <AppBar
      color="secondary"
      userMenu={<AccountMenu />}
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

/** A page of a resource (the meeting calendar, the quarter board), for whoever may open it. */
function PageItem({ resource, page, label, icon }: { resource: string; page: string; label: string; icon: ReactElement }) {
  const { canAccess } = useCanAccess({ resource, action: page });
  if (!canAccess) return null;
  return <Menu.Item to={`/${resource}/${page}`} primaryText={label} leftIcon={icon} />;
}

/**
 * The menu in the order the office works: ward, party organizations, groups, members, positions, then the
 * branches' meetings (list and calendar, resolutions and their tasks, thematic plans, members' tasks, the
 * rules meetings are judged by and, under them, the committees' length decisions), supervision from above (the
 * quarter board, its compliance, members in charge of branches, pilot branches) and the audit log. Each resource
 * item asks the auth provider (canAccess) and shows only for roles that may list it; a branch secretary gets a
 * direct way to their own branch instead of the organization lists.
 */
function ChiBoMenu() {
  const viewer = useViewer();
  return (
    <Menu>
      <Menu.DashboardItem />
      {/* The periodic report upward, for those who report it: the party office and committee members. */}
      {viewer?.can.supervise && <Menu.Item to="/reports/periodic" primaryText="chibo.report.menu" leftIcon={<SummarizeIcon />} />}
      {viewer?.role === 'BRANCH_SECRETARY' && (
        <Menu.Item
          to={`/organizations/${encodeURIComponent(viewer.organizationId)}/show`}
          primaryText="chibo.auth.my_branch"
          leftIcon={<HomeWorkIcon />}
        />
      )}
      <Menu.ResourceItem name="wards" />
      <Menu.ResourceItem name="organizations" />
      <Menu.ResourceItem name="partyGroups" />
      <Menu.ResourceItem name="members" />
      <Menu.ResourceItem name="positions" />
      <Menu.ResourceItem name="meetings" primaryText="chibo.menu.meetings" />
      <PageItem resource="meetings" page="calendar" label="chibo.menu.calendar" icon={<CalendarMonthIcon />} />
      <Menu.ResourceItem name="resolutions" primaryText="chibo.menu.resolutions" />
      <Menu.ResourceItem name="resolutionTasks" primaryText="chibo.menu.resolutionTasks" />
      <Menu.ResourceItem name="thematicPlanItems" primaryText="chibo.menu.thematicPlanItems" />
      <Menu.ResourceItem name="memberTasks" primaryText="chibo.menu.memberTasks" />
      <Menu.ResourceItem name="meetingRuleSets" primaryText="chibo.menu.meetingRuleSets" />
      {/* Under the rule sets: the committees' decisions that 42-HD/BTCTW lets replace their meeting length. */}
      <Menu.ResourceItem name="meetingLengthDecisions" primaryText="chibo.menu.meetingLengthDecisions" sx={{ pl: 4 }} />
      {/* Supervision from above: the quarter's schedule and how it was kept, members in charge of branches, pilots. */}
      <PageItem resource="supervisorAssignments" page="board" label="chibo.supervision.menu.board" icon={<EventNoteIcon />} />
      <PageItem resource="supervisorAssignments" page="compliance" label="chibo.supervision.menu.compliance" icon={<FactCheckIcon />} />
      <Menu.ResourceItem name="supervisorAssignments" primaryText="chibo.supervision.menu.in_charge" />
      <Menu.ResourceItem name="pilots" primaryText="chibo.supervision.menu.pilots" />
      {/* The year's quality rating: every role reads it (the analyst the branches only); who may enter it, enters it there. */}
      {viewer && <Menu.Item to="/annual-ratings" primaryText="chibo.rating.menu" leftIcon={<GradingIcon />} />}
      <Menu.ResourceItem name="auditEntries" />
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
