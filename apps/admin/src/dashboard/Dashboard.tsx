import { Box, Stack, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { formatDay } from '../common/days';
import { todayInVietnam } from '../dataProvider/filters';
import { useViewer } from '../auth/useViewer';
import { BranchDashboard } from './BranchDashboard';
import { BranchHealth, useBranches } from './BranchHealth';
import { IndicatorsPanel } from './IndicatorsPanel';
import { MeetingAlertsPanel } from './MeetingAlertsPanel';
import { useIndicatorScope } from './scope';
import { Stat } from './Stat';

/**
 * The home page follows the role's reach: a branch secretary sees their branch, everyone else the ward.
 * Nothing is asked before the role is known, so no role runs a query meant for another.
 */
export function Dashboard() {
  const viewer = useViewer();
  if (!viewer) return null;
  return viewer.role === 'BRANCH_SECRETARY' ? <BranchDashboard branchId={viewer.organizationId} /> : <WardDashboard />;
}

/**
 * The ward's home page: the plan's figures for the organization and period chosen (with trends, the branches ranked
 * and the rows behind every number), today's alerts, then today's figures of the party organization, each read from
 * the API and linked to its list.
 */
function WardDashboard() {
  const translate = useTranslate();
  const viewer = useViewer();
  const scope = useIndicatorScope();
  const branches = useBranches();
  const list = branches.data ?? [];
  const withoutSecretary = list.filter((b) => !b.secretary).length;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="chibo.dashboard.title" />
      <Typography variant="h5" sx={{ fontWeight: 600 }}>
        {translate('chibo.dashboard.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('chibo.dashboard.today', { date: formatDay(todayInVietnam()) })}
      </Typography>
      <Stack spacing={3}>
        <IndicatorsPanel scope={scope} />
        {viewer && <MeetingAlertsPanel organizationId={viewer.organizationId} />}
        <Typography variant="h6" component="h2" sx={{ fontWeight: 600, mb: -1 }}>
          {translate('chibo.dashboard.structure')}
        </Typography>
        <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap">
          <Stat label="chibo.dashboard.branches" resource="organizations" filter={{ kind: 'BRANCH' }} />
          <Stat label="chibo.dashboard.party_groups" resource="partyGroups" filter={{}} />
          <Stat label="chibo.dashboard.members" resource="members" filter={{ unplaced: false }} />
          <Stat label="chibo.dashboard.official" resource="members" filter={{ unplaced: false, status: 'OFFICIAL' }} />
          <Stat label="chibo.dashboard.probationary" resource="members" filter={{ unplaced: false, status: 'PROBATIONARY' }} />
        </Stack>
        <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap">
          <Stat label="chibo.dashboard.exempt" resource="members" filter={{ exempt: true }} />
          <Stat label="chibo.dashboard.special_duty" resource="members" filter={{ onSpecialDuty: true }} />
          <Stat label="chibo.dashboard.unplaced" resource="members" filter={{ unplaced: true }} tone="warning" />
          <Stat
            label="chibo.dashboard.without_secretary"
            resource="organizations"
            filter={{ kind: 'BRANCH' }}
            value={withoutSecretary}
            loading={branches.isPending}
            tone="warning"
          />
        </Stack>
        <BranchHealth branches={list} />
      </Stack>
    </Box>
  );
}
