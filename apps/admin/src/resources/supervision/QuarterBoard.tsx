import { quarterPeriod } from '@chibo/domain';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import InsightsIcon from '@mui/icons-material/Insights';
import PrintIcon from '@mui/icons-material/Print';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Alert, Box, Chip, Skeleton, Stack, Typography } from '@mui/material';
import { Button, LinkBase, Title, useGetList, useGetOne, useTranslate } from 'react-admin';
import { PanelCard } from '../../common/PanelCard';
import type { SupervisionComplianceRecord, SupervisorAssignmentRecord } from '../../dataProvider/supervisionTypes';
import type { MemberRef } from '../../dataProvider/types';
import { quarterLabel } from '../../dashboard/quarters';
import { visitConflicts, visitDay } from './board';
import { BoardGrid } from './BoardGrid';
import { ProposalPanel } from './ProposalPanel';
import { ScopeBar, type SupervisionScope, useCommitteeMembers, useSupervisionScope } from './scope';

/**
 * A quarter's assignments under an organization: rotation visits only, or with the assignments in charge overlapping
 * the quarter. The API serves at most 100 a page, more than a committee makes in a quarter.
 */
export function useQuarterAssignments(organizationId: string | undefined, quarter: string, rotationOnly = true) {
  return useGetList<SupervisorAssignmentRecord>(
    'supervisorAssignments',
    {
      filter: { organizationId, quarter, ...(rotationOnly ? { kind: 'ROTATION' } : {}) },
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'id', order: 'ASC' },
    },
    { enabled: !!organizationId },
  );
}

/** A quarter's supervision under a committee, as of today. */
export function useCompliance(organizationId: string | undefined, quarter: string) {
  return useGetOne<SupervisionComplianceRecord>('supervisionCompliance', { id: organizationId ?? '', meta: { quarter } }, { enabled: !!organizationId });
}

/** The supervision pages' heading, scope pickers and the links between them. */
export function SupervisionHeader({ title, help, scope, links }: { title: string; help: string; scope: SupervisionScope; links: Array<'board' | 'compliance' | 'schedule'> }) {
  const translate = useTranslate();
  const icons = { board: <InsightsIcon />, compliance: <InsightsIcon />, schedule: <PrintIcon /> };
  return (
    <>
      <Title title={title} />
      <Typography variant="h5" sx={{ fontWeight: 600, mt: 2 }}>
        {translate(title)}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate(help)}
      </Typography>
      <ScopeBar scope={scope}>
        {links.map((page) => (
          <Button key={page} component={LinkBase} to={`/supervisorAssignments/${page}`} label={`chibo.supervision.open_${page}`}>
            {icons[page]}
          </Button>
        ))}
      </ScopeBar>
    </>
  );
}

/** The colours of the board's visits, said once above it. */
function Legend() {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" alignItems="center" sx={{ mb: 1 }}>
      <Typography variant="caption" color="text.secondary">
        {translate('chibo.supervision.legend')}
      </Typography>
      <Chip size="small" color="info" variant="outlined" label={translate('chibo.supervision.legend_planned')} />
      <Chip size="small" color="success" icon={<CheckCircleIcon />} label={translate('chibo.supervision.legend_attended')} />
      <Chip size="small" color="warning" icon={<WarningAmberIcon />} label={translate('chibo.supervision.legend_conflict')} />
    </Stack>
  );
}

/**
 * The standing committee's attendance schedule for a quarter (lịch dự sinh hoạt chi bộ): who visits which branch in
 * which week, with conflicts marked; assigned, moved and removed here, or taken whole from the planner's proposal.
 */
export function QuarterBoard() {
  const translate = useTranslate();
  const scope = useSupervisionScope();
  const { organizationId, quarter } = scope;
  const compliance = useCompliance(organizationId, quarter);
  const visits = useQuarterAssignments(organizationId, quarter);
  const positions = useCommitteeMembers(organizationId, quarterPeriod(quarter).from, true);
  const members: MemberRef[] = compliance.data
    ? compliance.data.standingMembers.map((line) => line.member ?? { id: line.memberId, fullName: line.memberId })
    : positions.choices.map((choice) => ({ id: choice.id, fullName: choice.name }));
  const assignments = visits.data ?? [];
  const visited = new Set((compliance.data?.standingMembers ?? []).flatMap((line) => line.branchIds.map((b) => `${line.memberId}|${b}`)));
  const conflicted = visitConflicts(
    assignments.map((a) => ({ key: String(a.id), memberId: String(a.memberId), branchId: String(a.branchId), day: visitDay(a.plannedMeeting) })),
  ).size;
  return (
    <Box sx={{ pb: 4 }}>
      <SupervisionHeader title="chibo.supervision.board_title" help="chibo.supervision.board_help" scope={scope} links={['compliance', 'schedule']} />
      {!organizationId ? (
        <Alert severity="info">{translate('chibo.supervision.no_committee')}</Alert>
      ) : (
        <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start">
          <PanelCard title={translate('chibo.supervision.board', { quarter: quarterLabel(quarter, translate) })} flex="3 1 720px">
            <Legend />
            {conflicted > 0 && (
              <Alert severity="warning" sx={{ mb: 1 }}>
                {translate('chibo.supervision.conflict_count', { smart_count: conflicted })}
              </Alert>
            )}
            {visits.error && <Alert severity="error">{translate('chibo.supervision.load_failed')}</Alert>}
            {visits.isPending || compliance.isPending || (!compliance.data && positions.isPending) ? (
              <Skeleton variant="rounded" height={240} />
            ) : (
              <BoardGrid
                organizationId={organizationId}
                quarter={quarter}
                members={members}
                assignments={assignments}
                attended={(memberId, branchId) => visited.has(`${memberId}|${branchId}`)}
              />
            )}
          </PanelCard>
          <ProposalPanel organizationId={organizationId} quarter={quarter} />
        </Stack>
      )}
    </Box>
  );
}
