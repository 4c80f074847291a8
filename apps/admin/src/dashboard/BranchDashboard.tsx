import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Box, Card, CardContent, Chip, Skeleton, Stack, Typography } from '@mui/material';
import { Button, LinkBase, RecordContextProvider, Title, useCreatePath, useGetOne, useTranslate } from 'react-admin';
import { formatDay } from '../common/days';
import { EnumField } from '../common/EnumField';
import { todayInVietnam } from '../dataProvider/filters';
import type { OrganizationRecord } from '../dataProvider/types';
import { CommitteeTab } from '../resources/organizations/CommitteeTab';
import { ShortfallBasis, ShortfallChip } from './BranchHealth';
import { ComingVisits } from './ComingVisits';
import { MeetingAlertsPanel } from './MeetingAlertsPanel';
import { Stat } from './Stat';

/** What a branch needs to put right, in the same words as the ward dashboard's "needs attention". */
function Attention({ branch }: { branch: OrganizationRecord }) {
  const translate = useTranslate();
  const shortfall = branch.officialShortfall;
  return (
    <Card variant="outlined" sx={{ flex: '1 1 320px' }}>
      <CardContent>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
          {translate('chibo.dashboard.attention')}
        </Typography>
        {!branch.secretary || shortfall ? (
          <>
            {shortfall && <ShortfallBasis shortfall={shortfall} />}
            <Stack direction="row" spacing={1}>
              {!branch.secretary && <Chip size="small" color="warning" label={translate('chibo.dashboard.without_secretary')} />}
              {shortfall && <ShortfallChip shortfall={shortfall} />}
            </Stack>
          </>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {translate('chibo.dashboard.branch_all_good')}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}

/**
 * A branch secretary's home page: their branch's figures today and its committee, read with the branch as
 * the filter, so every query stays inside what the role may read.
 */
export function BranchDashboard({ branchId }: { branchId: string }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { data: branch, isPending } = useGetOne<OrganizationRecord>('organizations', { id: branchId });
  const members = { organizationId: branchId };
  const page = createPath({ resource: 'organizations', id: branchId, type: 'show' });
  const groups = (branch?.children ?? []).filter((child) => child.kind === 'PARTY_GROUP').length;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="chibo.dashboard.title" />
      <Stack direction="row" alignItems="center" spacing={2} useFlexGap flexWrap="wrap">
        <Typography variant="h5" sx={{ fontWeight: 600 }}>
          {isPending ? <Skeleton width={320} /> : branch?.name}
        </Typography>
        {branch && <EnumField record={branch} source="branchKind" enumName="BranchKind" chip />}
        <Button component={LinkBase} label="chibo.dashboard.open_branch" to={page}>
          <OpenInNewIcon />
        </Button>
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('chibo.dashboard.today', { date: formatDay(todayInVietnam()) })}
      </Typography>
      <Stack spacing={2}>
        <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap">
          <Stat label="chibo.dashboard.members" resource="members" filter={members} />
          <Stat label="chibo.dashboard.official" resource="members" filter={{ ...members, status: 'OFFICIAL' }} />
          <Stat label="chibo.dashboard.probationary" resource="members" filter={{ ...members, status: 'PROBATIONARY' }} />
          <Stat label="chibo.dashboard.exempt" resource="members" filter={{ ...members, exempt: true }} />
          <Stat label="chibo.dashboard.special_duty" resource="members" filter={{ ...members, onSpecialDuty: true }} />
          <Stat
            label="chibo.dashboard.party_groups"
            resource="organizations"
            filter={{}}
            value={groups}
            loading={isPending}
            to={`${page}/children`}
          />
        </Stack>
        <MeetingAlertsPanel organizationId={branchId} single />
        {branch && (
          <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start">
            <Attention branch={branch} />
            <ComingVisits branchId={branchId} />
            <Card variant="outlined" sx={{ flex: '2 1 480px' }}>
              <CardContent>
                <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
                  {translate('chibo.dashboard.committee')}
                </Typography>
                <RecordContextProvider value={branch}>
                  <CommitteeTab />
                </RecordContextProvider>
              </CardContent>
            </Card>
          </Stack>
        )}
      </Stack>
    </Box>
  );
}
