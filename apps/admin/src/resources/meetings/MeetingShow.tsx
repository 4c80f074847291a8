import CheckIcon from '@mui/icons-material/Check';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import PrintIcon from '@mui/icons-material/Print';
import RemoveIcon from '@mui/icons-material/Remove';
import {
  Alert,
  AlertTitle,
  Box,
  Card,
  CardContent,
  Chip,
  Link as MuiLink,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { ReactNode } from 'react';
import {
  Button,
  Labeled,
  Link,
  LinkBase,
  TabbedShowLayout,
  useCanAccess,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useReadsPersonalData } from '../../auth/useViewer';
import { formatDay } from '../../common/days';
import { ENUMS, enumLabel } from '../../common/enums';
import { FieldRow, ShowPage } from '../../common/pages';
import { PrefilledCreateButton } from '../../common/prefill';
import { Dash } from '../../common/EmptyNote';
import { RefLink } from '../../common/RefField';
import { formatPercent } from '../../common/times';
import type { MeetingRecord, ResolutionSummary, RosterLine } from '../../dataProvider/types';
import { TaskTable } from '../resolutionTasks/TaskTable';
import { findingText, sameShortfalls } from './findings';
import { AttendanceFigure, FindingsChip, MeetingHeading, MeetingOrganizationLink, timeRange } from './fields';

const Field = ({ label, children }: { label: string; children: ReactNode }) => (
  <Labeled label={label}>
    <Typography component="span" variant="body2">
      {children}
    </Typography>
  </Labeled>
);

function Empty({ text }: { text: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate(text)}
    </Typography>
  );
}

/**
 * Each shortfall as a warning naming its documents ("42-HD/BTCTW ngày 28/10/2025") and saying, from its figures,
 * what was found against what the rule asks; or what the meeting met.
 */
function Findings({ record }: { record: MeetingRecord }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record.heldOn) {
    return <Alert severity="info">{translate('chibo.meeting.not_held_yet')}</Alert>;
  }
  if (record.findings.length === 0) {
    const documents = (record.judgedBy ?? []).map((r) => r.documentNumber).join(', ');
    return (
      <Alert severity="success">
        {documents ? translate('chibo.meeting.no_findings', { documents }) : translate('chibo.meeting.no_rules')}
      </Alert>
    );
  }
  const shortfalls = sameShortfalls(record.findings, (finding) =>
    findingText(finding, translate, locale, {
      rule: record.judgedBy?.find((rule) => rule.documentNumber === finding.documentNumber),
      stepsDone: record.stepsDone,
    }),
  );
  return (
    <Stack spacing={1} data-testid="meeting-findings">
      {shortfalls.map((shortfall) => (
        <Alert key={`${shortfall.code}-${shortfall.text}`} severity="warning" variant="outlined" sx={{ bgcolor: '#fff8e1' }}>
          <AlertTitle sx={{ fontWeight: 600 }}>
            {translate(`chibo.findings.${shortfall.code}`, { _: shortfall.code })}
            {shortfall.findings.map((finding) => (
              <Chip
                key={finding.documentNumber}
                size="small"
                label={
                  finding.documentDate
                    ? translate('chibo.meeting.document_of', { number: finding.documentNumber, date: formatDay(finding.documentDate) })
                    : finding.documentNumber
                }
                sx={{ ml: 1, fontWeight: 600, bgcolor: '#ffe0b2' }}
              />
            ))}
          </AlertTitle>
          {shortfall.text}
        </Alert>
      ))}
    </Stack>
  );
}

function Details() {
  const record = useRecordContext<MeetingRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const field = (name: string) => `resources.meetings.fields.${name}`;
  return (
    <Stack spacing={2}>
      <Findings record={record} />
      <FieldRow>
        <Labeled label={field('organization')}>
          <MeetingOrganizationLink organization={record.organization} />
        </Labeled>
        <Field label={field('kind')}>{translate(enumLabel('MeetingKind', record.kind))}</Field>
        <Field label={field('forms')}>
          {(record.forms ?? []).map((form) => translate(enumLabel('MeetingForm', form))).join(', ') || '—'}
        </Field>
        <Field label={field('plannedOn')}>{formatDay(record.plannedOn) || '—'}</Field>
        <Field label={field('heldOn')}>{formatDay(record.heldOn) || translate('chibo.meeting.not_held')}</Field>
        <Field label={field('time')}>
          {timeRange(record) || '—'}
          {record.lengthMinutes != null && ` (${translate('chibo.meeting.minutes_long', { smart_count: record.lengthMinutes })})`}
        </Field>
      </FieldRow>
      <FieldRow>
        <Field label={field('place')}>{record.place || '—'}</Field>
        <Field label={field('online')}>
          {record.online ? `${translate('chibo.common.yes')} – ${record.onlineReason ?? ''}` : translate('chibo.common.no')}
        </Field>
        <Labeled label={field('chairId')}>
          {record.chair ? <RefLink value={record.chair} reference="members" /> : <Dash />}
        </Labeled>
        <Labeled label={field('minuteTakerId')}>
          {record.minuteTaker ? <RefLink value={record.minuteTaker} reference="members" /> : <Dash />}
        </Labeled>
        <Field label={field('documentsSentOn')}>{formatDay(record.documentsSentOn) || '—'}</Field>
      </FieldRow>
      {(record.kind !== 'REGULAR' || record.thematicTopic) && (
        <FieldRow>
          <Field label={field('thematicTopic')}>{record.thematicTopic || '—'}</Field>
          {record.thematicPlanItem && (
            <Field label={field('thematicPlanItemId')}>
              {translate('chibo.plan.quarter_of', { quarter: record.thematicPlanItem.quarter, year: record.thematicPlanItem.year })} ·{' '}
              {translate(enumLabel('ThematicTopicArea', record.thematicPlanItem.topicArea))}
            </Field>
          )}
        </FieldRow>
      )}
      {(record.judgedBy ?? []).length > 0 && (
        <Field label="chibo.meeting.judged_by">
          {(record.judgedBy ?? [])
            .map((rule) => translate('chibo.meeting.document_of', { number: rule.documentNumber, date: formatDay(rule.documentDate) }))
            .join('; ')}
        </Field>
      )}
    </Stack>
  );
}

function Figure({ label, value, tone }: { label: string; value: ReactNode; tone?: 'error' | 'warning' | 'success' }) {
  const translate = useTranslate();
  return (
    <Box sx={{ minWidth: 130, px: 2, py: 1, border: '1px solid', borderColor: 'divider', borderRadius: 1 }}>
      <Typography variant="h5" component="div" color={tone ? `${tone}.main` : 'primary'} sx={{ fontWeight: 700 }}>
        {value}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {translate(label)}
      </Typography>
    </Box>
  );
}

/** Who stayed away and why, and who was not counted (exempt, on special duty); names only for roles that read personal data. */
function Attendance() {
  const record = useRecordContext<MeetingRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const personal = useReadsPersonalData();
  const { canAccess: canRecord } = useCanAccess({ resource: 'meetings', action: 'attendance' });
  if (!record) return null;
  if (!record.heldOn) return <Alert severity="info">{translate('chibo.attendance.needs_held_day')}</Alert>;
  const roster: RosterLine[] = record.roster ?? [];
  const excluded = roster.filter((line) => line.exclusion);
  const absent = roster.filter((line) => line.status === 'EXCUSED' || line.status === 'UNEXCUSED');
  // Every rule set in force that sets a share: the strictest decides, each is named.
  const shares = (record.judgedBy ?? []).filter((rule) => rule.minAttendanceShare != null);
  return (
    <Stack spacing={2}>
      {!record.attendanceRecorded ? (
        <Alert
          severity="warning"
          action={canRecord ? <AttendanceButton record={record} /> : undefined}
        >
          {translate('chibo.attendance.not_recorded', { smart_count: roster.length })}
        </Alert>
      ) : (
        <Stack direction="row" spacing={1.5} useFlexGap flexWrap="wrap">
          <Figure label="chibo.attendance.on_roll" value={roster.length} />
          <Figure label="chibo.attendance.expected" value={record.expectedCount} />
          <Figure label="chibo.attendance.present" value={record.presentCount} tone="success" />
          <Figure label="chibo.attendance.rate" value={formatPercent(record.attendanceRate, locale) || '—'} />
          <Figure label="chibo.attendance.excused" value={record.excusedCount} tone={record.excusedCount ? 'warning' : undefined} />
          <Figure label="chibo.attendance.unexcused" value={record.unexcusedCount} tone={record.unexcusedCount ? 'error' : undefined} />
          <Figure label="chibo.attendance.not_counted" value={excluded.length} />
        </Stack>
      )}
      {shares.length > 0 && (
        <Typography variant="caption" color="text.secondary">
          {translate('chibo.attendance.threshold', {
            rules: shares
              .map((rule) =>
                translate(rule.minAttendanceStrict ? 'chibo.attendance.share_above' : 'chibo.attendance.share_from', {
                  share: formatPercent(rule.minAttendanceShare, locale),
                  document: rule.documentNumber,
                }),
              )
              .join('; '),
          })}
        </Typography>
      )}
      {record.attendanceRecorded && !personal && (
        <Typography variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
          {translate('chibo.attendance.names_hidden')}
        </Typography>
      )}
      {record.attendanceRecorded && personal && (
        <Box>
          <Typography variant="subtitle2" sx={{ fontWeight: 600, mb: 0.5 }}>
            {translate('chibo.attendance.absentees', { smart_count: absent.length })}
          </Typography>
          {absent.length === 0 ? (
            <Empty text="chibo.attendance.nobody_absent" />
          ) : (
            <Table size="small" sx={{ maxWidth: 900 }}>
              <TableHead>
                <TableRow>
                  <TableCell sx={{ width: 40 }}>#</TableCell>
                  <TableCell>{translate('chibo.attendance.member')}</TableCell>
                  <TableCell>{translate('chibo.attendance.status')}</TableCell>
                  <TableCell>{translate('chibo.attendance.reason')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {absent.map((line, index) => (
                  <TableRow key={line.memberId}>
                    <TableCell>{index + 1}</TableCell>
                    <TableCell>{line.member ? <RefLink value={line.member} reference="members" /> : line.memberId}</TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        color={line.status === 'UNEXCUSED' ? 'error' : 'warning'}
                        variant="outlined"
                        label={translate(enumLabel('AttendanceStatus', line.status ?? ''))}
                      />
                      {line.exclusion && (
                        <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                          {translate('chibo.attendance.not_counted_short')}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell>{line.reason || '—'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Box>
      )}
      {personal && excluded.length > 0 && (
        <Box>
          <Typography variant="subtitle2" sx={{ fontWeight: 600, mb: 0.5 }}>
            {translate('chibo.attendance.excluded_heading', { smart_count: excluded.length })}
          </Typography>
          <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
            {excluded.map((line) => (
              <Chip
                key={line.memberId}
                size="small"
                variant="outlined"
                label={`${line.member?.fullName ?? line.memberId} · ${translate(enumLabel('AttendanceExclusion', line.exclusion ?? ''))}`}
              />
            ))}
          </Stack>
        </Box>
      )}
    </Stack>
  );
}

function Guests() {
  const record = useRecordContext<MeetingRecord>();
  const translate = useTranslate();
  const guests = record?.guests ?? [];
  if (guests.length === 0) return <Empty text="chibo.meeting.no_guests" />;
  return (
    <Table size="small" sx={{ maxWidth: 800 }}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: 40 }}>#</TableCell>
          <TableCell>{translate('resources.meetings.fields.guests.name')}</TableCell>
          <TableCell>{translate('resources.meetings.fields.guests.role')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {guests.map((guest, index) => (
          <TableRow key={guest.id}>
            <TableCell>{index + 1}</TableCell>
            <TableCell>
              {/* A member on file links to their record and says their branch; a name alone is an outside guest. */}
              {guest.member ? <RefLink value={{ id: guest.member.id, name: guest.name }} reference="members" /> : guest.name}
              {guest.member?.branch && (
                <Typography variant="caption" color="text.secondary" component="div">
                  {guest.member.branch.name}
                </Typography>
              )}
            </TableCell>
            <TableCell>{translate(enumLabel('GuestRole', guest.role))}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The agenda, the steps carried out (each ticked or not, in order), the minutes and the vote. */
function Proceedings() {
  const record = useRecordContext<MeetingRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const done = new Set(record.stepsDone ?? []);
  const field = (name: string) => translate(`resources.meetings.fields.${name}`);
  const hasVote = record.votesFor != null || record.votesAgainst != null || record.votesAbstain != null;
  return (
    <Stack spacing={2}>
      <Box>
        <Typography variant="subtitle2" sx={{ fontWeight: 600 }}>
          {field('agenda')}
        </Typography>
        <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
          {record.agenda || '—'}
        </Typography>
      </Box>
      <Box>
        <Typography variant="subtitle2" sx={{ fontWeight: 600 }}>
          {translate('chibo.meeting.sections.procedure')} ({done.size}/{ENUMS.ProcedureStep.length})
        </Typography>
        {ENUMS.ProcedureStep.map((step, index) => (
          <Stack key={step} direction="row" spacing={1} alignItems="center" sx={{ py: 0.25 }}>
            {done.has(step) ? <CheckIcon color="success" fontSize="small" /> : <RemoveIcon color="disabled" fontSize="small" />}
            <Typography variant="body2" color={done.has(step) ? 'text.primary' : 'text.secondary'}>
              {index + 1}. {translate(enumLabel('ProcedureStep', step))}
            </Typography>
          </Stack>
        ))}
      </Box>
      <Box>
        <Typography variant="subtitle2" sx={{ fontWeight: 600 }}>
          {field('minutes')}
        </Typography>
        <Typography variant="body2" sx={{ whiteSpace: 'pre-line', maxWidth: 1000 }}>
          {record.minutes || '—'}
        </Typography>
      </Box>
      <Box>
        <Typography variant="subtitle2" sx={{ fontWeight: 600 }}>
          {translate('chibo.meeting.vote')}
        </Typography>
        <Typography variant="body2">
          {hasVote
            ? translate('chibo.meeting.vote_result', {
                for: record.votesFor ?? 0,
                against: record.votesAgainst ?? 0,
                abstain: record.votesAbstain ?? 0,
              })
            : '—'}
        </Typography>
      </Box>
    </Stack>
  );
}

function ResolutionCard({ resolution }: { resolution: ResolutionSummary }) {
  const translate = useTranslate();
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 1 }}>
          <Chip size="small" color="primary" variant="outlined" label={translate(enumLabel('ResolutionKind', resolution.kind))} />
          <MuiLink component={Link} to={`/resolutions/${encodeURIComponent(resolution.id)}/show`} variant="subtitle1" sx={{ fontWeight: 600 }}>
            {resolution.title}
          </MuiLink>
        </Stack>
        <Typography variant="body2" sx={{ whiteSpace: 'pre-line', mb: 1 }}>
          {resolution.content}
        </Typography>
        <Typography variant="subtitle2" sx={{ fontWeight: 600 }}>
          {translate('chibo.task.heading', { smart_count: resolution.tasks.length })}
        </Typography>
        <TaskTable tasks={resolution.tasks} />
      </CardContent>
    </Card>
  );
}

function Resolutions() {
  const record = useRecordContext<MeetingRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const resolutions = record.resolutions ?? [];
  return (
    <Stack spacing={2}>
      <Stack direction="row" justifyContent="space-between" alignItems="center">
        <Typography variant="body2" color="text.secondary">
          {record.heldOn ? translate('chibo.resolution.of_meeting_help') : translate('chibo.resolution.needs_held')}
        </Typography>
        {record.heldOn && (
          <PrefilledCreateButton
            resource="resolutions"
            values={{ meetingId: record.id }}
            label={translate('chibo.resolution.add')}
            returnTo={`/meetings/${record.id}/show/resolutions`}
          />
        )}
      </Stack>
      {resolutions.length === 0 ? (
        <Empty text="chibo.resolution.none" />
      ) : (
        resolutions.map((resolution) => <ResolutionCard key={resolution.id} resolution={resolution} />)
      )}
    </Stack>
  );
}

export function AttendanceButton({ record }: { record: MeetingRecord }) {
  return (
    <Button component={LinkBase} label="chibo.attendance.open" to={`/meetings/${encodeURIComponent(record.id)}/attendance`} variant="contained" size="small">
      <FactCheckIcon />
    </Button>
  );
}

/** The attendance sheet (once held) and the printed record, for those who may. */
function Actions() {
  const record = useRecordContext<MeetingRecord>();
  const { canAccess: canRecord } = useCanAccess({ resource: 'meetings', action: 'attendance' });
  const { canAccess: canPrint } = useCanAccess({ resource: 'meetings', action: 'print' });
  return (
    <>
      {record?.heldOn && canRecord && <AttendanceButton record={record} />}
      {record && canPrint && (
        <Button component={LinkBase} label="chibo.print.open" to={`/meetings/${encodeURIComponent(record.id)}/print`}>
          <PrintIcon />
        </Button>
      )}
    </>
  );
}

/** The title strip: what, who, when, and the figures every tab refers to. */
function Summary() {
  const record = useRecordContext<MeetingRecord>();
  if (!record) return null;
  return (
    <Stack spacing={0.5} sx={{ px: 2, pt: 2 }}>
      <MeetingHeading record={record} />
      <Stack direction="row" spacing={2} alignItems="center" useFlexGap flexWrap="wrap">
        <AttendanceFigure record={record} long />
        <FindingsChip record={record} />
      </Stack>
    </Stack>
  );
}

function MeetingTabs() {
  const record = useRecordContext<MeetingRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const tab = (key: string) => translate(`chibo.meeting.tabs.${key}`);
  return (
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label={record.findingCount ? `${tab('details')} (${record.findingCount} ⚠)` : tab('details')}>
        <Details />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label={tab('attendance')} path="attendance">
        <Attendance />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label={`${tab('proceedings')}`} path="proceedings">
        <Proceedings />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label={`${tab('guests')} (${record.guests?.length ?? 0})`} path="guests">
        <Guests />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label={`${tab('resolutions')} (${record.resolutions?.length ?? 0})`} path="resolutions">
        <Resolutions />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  );
}

export function MeetingShow() {
  return (
    <ShowPage actions={<Actions />}>
      <Summary />
      <MeetingTabs />
    </ShowPage>
  );
}
