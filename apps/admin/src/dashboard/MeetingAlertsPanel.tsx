import AddIcon from '@mui/icons-material/Add';
import AssignmentLateIcon from '@mui/icons-material/AssignmentLate';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import {
  Alert,
  Box,
  Card,
  CardActionArea,
  CardContent,
  Chip,
  Skeleton,
  Stack,
  Typography,
} from '@mui/material';
import type { ReactNode } from 'react';
import { Button, LinkBase, useCanAccess, useGetOne, useLocaleState, useTranslate } from 'react-admin';
import { useReadsPersonalData } from '../auth/useViewer';
import { formatDay } from '../common/days';
import { formatMonth } from '../common/times';
import { RefLink } from '../common/RefField';
import { todayInVietnam } from '../dataProvider/filters';
import type { AttendanceAlert, BranchRef, MeetingAlertsRecord } from '../dataProvider/types';
import { formatRate, usePercent, useFigureLabel } from './FigureCards';
import type { IndicatorFigureRecord } from './indicatorsApi';
import { QuarterFindings } from './QuarterFindings';
import { lastMonthBegins, quarterLabel } from './quarters';

/** A branch whose regular meeting this month is below the attendance threshold, with the meeting. */
interface BelowAttendance {
  branchId: string;
  branch: BranchRef | null;
  meeting: { id: string; heldOn: string | null; presentCount: number | null; expectedCount: number | null } | null;
}

/** The alerts with what the plan's figures add: the branches below the attendance threshold, the figures behind. */
type Alerts = MeetingAlertsRecord & {
  branchesBelowAttendance?: BelowAttendance[];
  figuresFrom?: string;
  figuresTo?: string;
  figuresBehind?: Array<Omit<IndicatorFigureRecord, 'planFigure' | 'convention'>>;
};

/** The alerts under an organization today (in Vietnam), read once per organization and day. */
export function useMeetingAlerts(organizationId: string | undefined) {
  const asOf = todayInVietnam();
  return useGetOne<Alerts>(
    'meetingAlerts',
    { id: organizationId ?? '', meta: { asOf } },
    { enabled: !!organizationId },
  );
}

/** A figure leading to its list; side by side on a branch's page, stacked at their own height beside the ward's list. */
function Figure(props: { label: string; value: number; to: string; icon: ReactNode; stacked: boolean }) {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ flex: props.stacked ? '0 0 auto' : '1 1 240px' }}>
      <CardActionArea component={LinkBase} to={props.to} sx={{ height: '100%' }}>
        <CardContent sx={{ display: 'flex', gap: 1.5, alignItems: 'center' }}>
          <Box sx={{ color: props.value ? 'warning.main' : 'text.disabled' }}>{props.icon}</Box>
          <Box>
            <Typography variant="h4" component="div" color={props.value ? 'warning.main' : 'primary'} sx={{ fontWeight: 700 }}>
              {props.value}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {translate(props.label)}
            </Typography>
          </Box>
        </CardContent>
      </CardActionArea>
    </Card>
  );
}

/** Members flagged by an attendance rule, by name for roles that read personal data, else only how many. */
function MemberAlerts({ title, help, alerts, unit }: { title: string; help: string; alerts: AttendanceAlert[]; unit: string }) {
  const translate = useTranslate();
  const personal = useReadsPersonalData();
  return (
    <Card variant="outlined" sx={{ flex: '1 1 360px' }}>
      <CardContent>
        <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
          {translate(title)} ({alerts.length})
        </Typography>
        <Typography variant="caption" color="text.secondary" component="div" sx={{ mb: 1 }}>
          {alerts[0] ? translate(`${help}_limit`, { limit: alerts[0].limit }) : translate(help)}
          {alerts[0] && ` ${translate('chibo.alerts.basis', { document: alerts[0].documentNumber })}`}
        </Typography>
        {alerts.length === 0 || !personal ? (
          <Typography variant="body2" color="text.secondary">
            {translate(alerts.length === 0 ? 'chibo.alerts.nobody' : 'chibo.alerts.names_hidden')}
          </Typography>
        ) : (
          <Box sx={{ maxHeight: 220, overflowY: 'auto' }}>
            {alerts.map((alert) => (
              <Box key={alert.memberId} sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 0.25 }}>
                {alert.member ? <RefLink value={alert.member} reference="members" /> : alert.memberId}
                {alert.member?.branch && (
                  <Typography variant="caption" color="text.secondary" noWrap>
                    {alert.member.branch.name}
                  </Typography>
                )}
                <Box sx={{ flex: 1 }} />
                <Chip size="small" color="error" variant="outlined" label={translate(unit, { smart_count: alert.count })} />
              </Box>
            ))}
          </Box>
        )}
      </CardContent>
    </Card>
  );
}

/** "Record the meeting" for one branch, opening the meeting form with the branch and the kind filled in. */
function RecordMeetingButton({ branchId, kind }: { branchId: string; kind: 'REGULAR' | 'THEMATIC' }) {
  const { canAccess } = useCanAccess({ resource: 'meetings', action: 'create' });
  if (!canAccess) return null;
  const source = encodeURIComponent(JSON.stringify({ organizationId: branchId, kind }));
  return (
    <Button component={LinkBase} label="chibo.alerts.record_meeting" to={`/meetings/create?source=${source}`} size="small">
      <AddIcon />
    </Button>
  );
}

/**
 * Branches an alert names, in a card: the heading with their count and a chip saying how urgent, then the
 * branches as links in columns, or `empty` when there is none.
 */
function BranchAlertCard(props: { testId: string; heading: string; count?: number; chip?: ReactNode; branches: BranchRef[]; empty: string; flex: string }) {
  return (
    <Card variant="outlined" sx={{ flex: props.flex }} data-testid={props.testId}>
      <CardContent>
        <Stack direction="row" spacing={1} alignItems="center" useFlexGap flexWrap="wrap" sx={{ mb: 1 }}>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
            {props.heading}
            {props.count !== undefined && ` (${props.count})`}
          </Typography>
          {props.chip}
        </Stack>
        {props.branches.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {props.empty}
          </Typography>
        ) : (
          <Box
            component="ul"
            sx={{ m: 0, p: 0, listStyle: 'none', maxHeight: 260, overflowY: 'auto', columnWidth: 260, columnGap: 3 }}
          >
            {props.branches.map((branch) => (
              <Box component="li" key={branch.id} sx={{ py: 0.25, breakInside: 'avoid' }}>
                <RefLink value={branch} reference="organizations" />
              </Box>
            ))}
          </Box>
        )}
      </CardContent>
    </Card>
  );
}

/** The branches that have not held this month's regular meeting, and whether the day it was due has passed. */
function WithoutRegularMeeting({ alerts, single }: { alerts: MeetingAlertsRecord; single: boolean }) {
  const translate = useTranslate();
  const month = formatMonth(alerts.month);
  const branches = alerts.branchesWithoutRegularMeeting;
  const due =
    alerts.regularDueDay == null
      ? null
      : translate(alerts.regularOverdue ? 'chibo.alerts.due_passed' : 'chibo.alerts.due_on', {
          day: alerts.regularDueDay,
          month,
        });
  const heading = translate('chibo.alerts.without_regular', { month });
  if (single) {
    // A secretary's branch: one line saying whether it has met, and the way to record the meeting.
    return branches.length === 0 ? (
      <Alert severity="success">{translate('chibo.alerts.branch_met', { month })}</Alert>
    ) : (
      <Alert
        severity={alerts.regularOverdue ? 'error' : 'warning'}
        action={<RecordMeetingButton branchId={branches[0].id} kind="REGULAR" />}
        data-testid="without-regular-meeting"
      >
        <strong>{heading}</strong>
        {due && ` – ${due}`}
      </Alert>
    );
  }
  return (
    <BranchAlertCard
      testId="without-regular-meeting"
      heading={heading}
      count={branches.length}
      chip={
        due &&
        branches.length > 0 && <Chip size="small" color={alerts.regularOverdue ? 'error' : 'info'} label={due} sx={{ fontWeight: 600 }} />
      }
      branches={branches}
      empty={translate('chibo.alerts.all_met', { month })}
      flex="2 1 420px"
    />
  );
}

/**
 * The branches that have not held the quarter's thematic meeting, once the quarter's last month has begun (before
 * it, the day they will be listed from).
 */
function WithoutThematicMeeting({ alerts, single }: { alerts: MeetingAlertsRecord; single: boolean }) {
  const translate = useTranslate();
  const quarter = quarterLabel(alerts.quarter, translate);
  const branches = alerts.thematicDue ? alerts.branchesWithoutThematicMeeting : [];
  const heading = translate('chibo.alerts.without_thematic', { quarter });
  if (single) {
    if (!alerts.thematicDue) return null;
    return branches.length === 0 ? (
      <Alert severity="success">{translate('chibo.alerts.branch_thematic', { quarter })}</Alert>
    ) : (
      <Alert
        severity="warning"
        action={<RecordMeetingButton branchId={branches[0].id} kind="THEMATIC" />}
        data-testid="without-thematic-meeting"
      >
        <strong>{heading}</strong> – {translate('chibo.alerts.thematic_due')}
      </Alert>
    );
  }
  return (
    <BranchAlertCard
      testId="without-thematic-meeting"
      heading={heading}
      count={alerts.thematicDue ? branches.length : undefined}
      chip={
        alerts.thematicDue &&
        branches.length > 0 && <Chip size="small" color="error" label={translate('chibo.alerts.thematic_due')} sx={{ fontWeight: 600 }} />
      }
      branches={branches}
      empty={
        alerts.thematicDue
          ? translate('chibo.alerts.all_thematic', { quarter })
          : translate('chibo.alerts.thematic_from', { date: formatDay(lastMonthBegins(alerts.quarter)) })
      }
      flex="1 1 320px"
    />
  );
}

/** The branches whose regular meeting this month fell below the attendance threshold, each with its meeting. */
function BelowAttendanceCard({ alerts }: { alerts: Alerts }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const lines = alerts.branchesBelowAttendance ?? [];
  const month = formatMonth(alerts.month);
  return (
    <Card variant="outlined" sx={{ flex: '2 1 420px' }} data-testid="below-attendance">
      <CardContent>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
          {translate('chibo.alerts.below_attendance', { month })} ({lines.length})
        </Typography>
        {lines.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('chibo.alerts.none_below', { month })}
          </Typography>
        ) : (
          <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', maxHeight: 260, overflowY: 'auto' }}>
            {lines.map((line) => {
              const { presentCount: present, expectedCount: expected } = line.meeting ?? {};
              return (
                <Box component="li" key={line.branchId} sx={{ display: 'flex', gap: 1, alignItems: 'center', py: 0.25 }}>
                  {line.branch ? <RefLink value={line.branch} reference="organizations" /> : line.branchId}
                  <Box sx={{ flex: 1 }} />
                  {line.meeting && present != null && expected ? (
                    <Chip
                      size="small"
                      color="error"
                      variant="outlined"
                      component={LinkBase}
                      to={`/meetings/${encodeURIComponent(line.meeting.id)}/show`}
                      clickable
                      label={translate('chibo.alerts.present_of', {
                        present,
                        expected,
                        rate: formatRate(present / expected, locale),
                        day: formatDay(line.meeting.heldOn),
                      })}
                    />
                  ) : null}
                </Box>
              );
            })}
          </Box>
        )}
      </CardContent>
    </Card>
  );
}

/** The organization's figures of the quarter so far that are behind their targets. */
function FiguresBehindCard({ alerts }: { alerts: Alerts }) {
  const translate = useTranslate();
  const label = useFigureLabel();
  const percent = usePercent();
  const figures = alerts.figuresBehind ?? [];
  return (
    <Card variant="outlined" sx={{ flex: '1 1 360px' }} data-testid="figures-behind">
      <CardContent>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {translate('chibo.alerts.figures_behind')} ({figures.length})
        </Typography>
        <Typography variant="caption" color="text.secondary" component="div" sx={{ mb: 1 }}>
          {translate('chibo.alerts.figures_behind_help', { from: formatMonth(alerts.figuresFrom), to: formatMonth(alerts.figuresTo) })}
        </Typography>
        {figures.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('chibo.alerts.none_behind')}
          </Typography>
        ) : (
          figures.map((figure) => (
            <Box key={figure.code} sx={{ display: 'flex', gap: 1, alignItems: 'baseline', py: 0.25 }}>
              <Typography variant="body2" sx={{ flex: 1 }}>
                {label(figure)}
              </Typography>
              <Typography variant="body2" color="error" sx={{ fontWeight: 700, whiteSpace: 'nowrap' }}>
                {percent(figure.rate)}
              </Typography>
              <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
                {translate('chibo.alerts.of_target', { target: percent(figure.target, true) })}
              </Typography>
            </Box>
          ))
        )}
      </CardContent>
    </Card>
  );
}

/**
 * Meetings that need the office's attention under an organization today: branches without this month's
 * regular meeting or, in the quarter's last month, without its thematic meeting; the branches' shortfalls of a
 * quarter; members away without a reason too often or with a reason too many times in a row; overdue resolution
 * tasks and members without a task for the year. A branch secretary sees their branch.
 */
export function MeetingAlertsPanel({ organizationId, single = false }: { organizationId: string; single?: boolean }) {
  const translate = useTranslate();
  const { data: alerts, isPending, error } = useMeetingAlerts(organizationId);
  const { canAccess: seesTasks } = useCanAccess({ resource: 'resolutionTasks', action: 'list' });
  const { canAccess: seesMemberTasks } = useCanAccess({ resource: 'membersWithoutTask', action: 'list' });
  const year = todayInVietnam().slice(0, 4);
  if (error) return <Alert severity="error">{translate('chibo.alerts.failed')}</Alert>;
  return (
    <Box component="section" aria-label={translate('chibo.alerts.title')}>
      <Typography variant="h6" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
        {translate('chibo.alerts.title')}
        {alerts && (
          <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
            {translate('chibo.alerts.month', { month: formatMonth(alerts.month) })}
          </Typography>
        )}
      </Typography>
      {isPending || !alerts ? (
        <Skeleton variant="rounded" height={120} />
      ) : (
        <Stack spacing={2}>
          {/* A branch's own lines go across; the ward's lists of branches sit beside the figures. */}
          {single && <WithoutRegularMeeting alerts={alerts} single />}
          {single && <WithoutThematicMeeting alerts={alerts} single />}
          <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start">
            {!single && <WithoutRegularMeeting alerts={alerts} single={false} />}
            {(seesTasks || seesMemberTasks) && (
              <Stack direction={single ? 'row' : 'column'} spacing={2} useFlexGap sx={{ flex: single ? '1 1 100%' : '1 1 240px' }}>
                {seesTasks && (
                  <Figure
                    label="chibo.alerts.overdue_tasks"
                    value={alerts.overdueTaskCount}
                    to={`/resolutionTasks?filter=${encodeURIComponent(JSON.stringify({ overdue: true }))}`}
                    icon={<AssignmentLateIcon fontSize="large" />}
                    stacked={!single}
                  />
                )}
                {seesMemberTasks && (
                  <Figure
                    label={translate('chibo.alerts.without_task', { year })}
                    value={alerts.membersWithoutTaskCount}
                    to="/memberTasks/without"
                    icon={<PersonOffIcon fontSize="large" />}
                    stacked={!single}
                  />
                )}
              </Stack>
            )}
          </Stack>
          <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start">
            {!single && <WithoutThematicMeeting alerts={alerts} single={false} />}
            <QuarterFindings organizationId={organizationId} current={alerts.quarter} asOf={alerts.asOf} />
          </Stack>
          {!single && (alerts.branchesBelowAttendance || alerts.figuresBehind) && (
            <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start">
              {alerts.branchesBelowAttendance && <BelowAttendanceCard alerts={alerts} />}
              {alerts.figuresBehind && <FiguresBehindCard alerts={alerts} />}
            </Stack>
          )}
          <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="stretch">
            <MemberAlerts
              title="chibo.alerts.unexcused_months"
              help="chibo.alerts.unexcused_help"
              alerts={alerts.unexcusedMonths}
              unit="chibo.alerts.months"
            />
            <MemberAlerts
              title="chibo.alerts.excused_runs"
              help="chibo.alerts.excused_help"
              alerts={alerts.excusedRuns}
              unit="chibo.alerts.times_in_row"
            />
          </Stack>
        </Stack>
      )}
    </Box>
  );
}
