import { Alert, Box, Card, CardContent, Chip, Skeleton, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { type ReactNode, useState } from 'react';
import { Button, useGetMany, useLocaleState, useTranslate } from 'react-admin';
import { formatDay } from '../../common/days';
import { PanelCard } from '../../common/PanelCard';
import { RefLink } from '../../common/RefField';
import type { FigureRecord, SupervisionComplianceRecord } from '../../dataProvider/supervisionTypes';
import type { OrganizationRecord } from '../../dataProvider/types';
import { quarterLabel } from '../../dashboard/quarters';
import { visitDay } from './board';
import { figureText, inChargeBehindFirst, type StandingStatus, standingBehindFirst, standingStatus } from './compliance';
import { SupervisionHeader, useCompliance } from './QuarterBoard';
import { useSupervisionScope } from './scope';

const STATUS_COLOR: Record<StandingStatus, 'success' | 'warning' | 'error'> = { RESPECTED: 'success', NOT_ROTATED: 'warning', NOT_ATTENDED: 'error' };

/** One of the quarter's two figures: how many of how many, the share, and how it is counted. */
function Figure({ label, figure, help, testId }: { label: string; figure: FigureRecord; help: string; testId: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const behind = figure.numerator < figure.denominator;
  const color = figure.denominator === 0 ? 'text.secondary' : behind ? 'warning.main' : 'success.main';
  return (
    <Card variant="outlined" sx={{ flex: '1 1 320px' }} data-testid={testId}>
      <CardContent>
        <Typography variant="h4" component="div" color={color} sx={{ fontWeight: 700 }}>
          {figureText(figure, locale)}
        </Typography>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {translate(label)}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {translate(help)}
        </Typography>
      </CardContent>
    </Card>
  );
}

function Section({ title, count, children }: { title: string; count?: number; children: ReactNode }) {
  const translate = useTranslate();
  return <PanelCard title={`${translate(title)}${count !== undefined ? ` (${count})` : ''}`}>{children}</PanelCard>;
}

const None = ({ message }: { message: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate(message)}
    </Typography>
  );
};

/** The quarter's supervision under the committee: the two figures, who is behind and why, missed visits, unvisited branches. */
function ComplianceBody({ record }: { record: SupervisionComplianceRecord }) {
  const translate = useTranslate();
  const branchIds = [...new Set(record.standingMembers.flatMap((line) => [...line.branchIds, ...line.repeatedBranchIds]).map(String))];
  // The members in charge who have not attended yet; those who have are one click away (a ward has dozens).
  const [showAll, setShowAll] = useState(false);
  const fulfilled = record.inChargeAssignments.filter((line) => line.attended).length;
  const inCharge = inChargeBehindFirst(record.inChargeAssignments).filter((line) => showAll || !line.attended);
  const { data: branches = [] } = useGetMany<OrganizationRecord>('organizations', { ids: branchIds }, { enabled: branchIds.length > 0 });
  const branchOf = (id: string) => branches.find((b) => String(b.id) === String(id));
  const branchLinks = (ids: readonly string[]) =>
    ids.map((id, index) => {
      const branch = branchOf(id);
      return (
        <span key={id}>
          {index > 0 && ', '}
          {branch ? <RefLink value={branch} reference="organizations" /> : id}
        </span>
      );
    });
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap">
        <Figure label="chibo.supervision.standing_figure" figure={record.standing} help="chibo.supervision.standing_figure_help" testId="standing-figure" />
        <Figure label="chibo.supervision.in_charge_figure" figure={record.inCharge} help="chibo.supervision.in_charge_figure_help" testId="in-charge-figure" />
      </Stack>
      <Typography variant="caption" color="text.secondary">
        {translate('chibo.supervision.counted_as_of', { date: formatDay(record.asOf) })}{' '}
        {record.rotationQuarters ? translate('chibo.supervision.rotation_rule', { smart_count: record.rotationQuarters }) : ''}
      </Typography>
      <Section title="chibo.supervision.standing_members" count={record.standingMembers.length}>
        <Table size="small" data-testid="standing-members">
          <TableHead>
            <TableRow>
              <TableCell>{translate('chibo.supervision.standing_member')}</TableCell>
              <TableCell align="right">{translate('chibo.supervision.visits')}</TableCell>
              <TableCell>{translate('chibo.supervision.branches_attended')}</TableCell>
              <TableCell>{translate('chibo.supervision.status')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {standingBehindFirst(record.standingMembers).map((line) => {
              const status = standingStatus(line);
              return (
                <TableRow key={line.memberId}>
                  <TableCell>{line.member?.fullName ?? line.memberId}</TableCell>
                  <TableCell align="right">{line.visits}</TableCell>
                  <TableCell>{line.branchIds.length > 0 ? branchLinks(line.branchIds.map(String)) : '—'}</TableCell>
                  <TableCell>
                    <Chip size="small" color={STATUS_COLOR[status]} variant="outlined" label={translate(`chibo.supervision.standing_status.${status}`)} />
                    {status === 'NOT_ROTATED' && line.repeatedBranchIds.length > 0 && (
                      <Typography variant="caption" component="div" color="text.secondary">
                        {translate('chibo.supervision.repeated')} {branchLinks(line.repeatedBranchIds.map(String))}
                      </Typography>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Section>
      <Section title="chibo.supervision.in_charge_assignments" count={record.inChargeAssignments.length}>
        {record.inChargeAssignments.length === 0 ? (
          <None message="chibo.supervision.no_in_charge" />
        ) : inCharge.length === 0 ? (
          <None message="chibo.supervision.all_in_charge_attended" />
        ) : (
          <Table size="small" data-testid="in-charge-assignments">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.supervisorAssignments.fields.member')}</TableCell>
                <TableCell>{translate('resources.supervisorAssignments.fields.branch')}</TableCell>
                <TableCell align="right">{translate('chibo.supervision.visits')}</TableCell>
                <TableCell>{translate('chibo.supervision.status')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {inCharge.map((line) => (
                <TableRow key={line.assignmentId}>
                  <TableCell>{line.member?.fullName ?? line.memberId}</TableCell>
                  <TableCell>{line.branch ? <RefLink value={line.branch} reference="organizations" /> : line.branchId}</TableCell>
                  <TableCell align="right">{line.visits}</TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      variant="outlined"
                      color={line.attended ? 'success' : 'error'}
                      label={translate(line.attended ? 'chibo.supervision.standing_status.RESPECTED' : 'chibo.supervision.standing_status.NOT_ATTENDED')}
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {fulfilled > 0 && (
          <Button
            label={showAll ? 'chibo.supervision.show_behind' : 'chibo.supervision.show_fulfilled'}
            onClick={() => setShowAll(!showAll)}
            sx={{ mt: 1 }}
          >
            {showAll ? <ExpandLessIcon /> : <ExpandMoreIcon />}
          </Button>
        )}
      </Section>
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start">
        <Box sx={{ flex: '1 1 420px' }}>
          <Section title="chibo.supervision.missed_visits" count={record.missedPlannedVisits.length}>
            {record.missedPlannedVisits.length === 0 ? (
              <None message="chibo.supervision.no_missed_visits" />
            ) : (
              record.missedPlannedVisits.map((visit) => (
                <Typography key={visit.id} variant="body2" data-testid="missed-visit">
                  {visit.member?.fullName ?? visit.memberId} – {visit.branch ? <RefLink value={visit.branch} reference="organizations" /> : visit.branchId}
                  {visitDay(visit.plannedMeeting) && `, ${formatDay(visitDay(visit.plannedMeeting))}`}
                </Typography>
              ))
            )}
          </Section>
        </Box>
        <Box sx={{ flex: '1 1 420px' }}>
          <Section title="chibo.supervision.unvisited_branches" count={record.branchesWithoutVisitThisYear.length}>
            {record.branchesWithoutVisitThisYear.length === 0 ? (
              <None message="chibo.supervision.no_unvisited_branches" />
            ) : (
              <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
                {record.branchesWithoutVisitThisYear.map((branch) => (
                  <Chip key={branch.id} size="small" variant="outlined" label={<RefLink value={branch} reference="organizations" />} />
                ))}
              </Stack>
            )}
          </Section>
        </Box>
      </Stack>
    </Stack>
  );
}

/** How the standing committee and the members in charge of branches kept their visits in a quarter. */
export function CompliancePage() {
  const translate = useTranslate();
  const scope = useSupervisionScope();
  const { data, isPending, error } = useCompliance(scope.organizationId, scope.quarter);
  return (
    <Box sx={{ pb: 4 }}>
      <SupervisionHeader title="chibo.supervision.compliance_title" help="chibo.supervision.compliance_help" scope={scope} links={['board', 'schedule']} />
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {quarterLabel(scope.quarter, translate)}
      </Typography>
      {!scope.organizationId ? (
        <Alert severity="info">{translate('chibo.supervision.no_committee')}</Alert>
      ) : error ? (
        <Alert severity="error">{translate('chibo.supervision.load_failed')}</Alert>
      ) : isPending || !data ? (
        <Skeleton variant="rounded" height={240} />
      ) : (
        <ComplianceBody record={data} />
      )}
    </Box>
  );
}
