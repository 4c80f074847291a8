import type { AttendanceStatus } from '@chibo/graphql-types';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import SaveIcon from '@mui/icons-material/Save';
import { Alert, Box, Chip, CircularProgress, LinearProgress, Stack, Typography } from '@mui/material';
import { type KeyboardEvent, memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { flushSync } from 'react-dom';
import {
  Button,
  Link,
  useCanAccess,
  useDataProvider,
  useGetList,
  useGetOne,
  useLocaleState,
  useNotify,
  useParams,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { PageError } from '../../common/EmptyNote';
import { SHEET_TABLE, SheetBar, SheetHeader, SheetKeys, SheetPage, SheetRow, SheetTable, sheetTextInput, useSheet } from '../../common/Sheet';
import { formatPercent } from '../../common/times';
import type { ChiBoDataProvider } from '../../dataProvider';
import { initialLines, type Line, lineErrors, tally } from '../../dataProvider/attendance';
import type { MeetingRecord, OrganizationRecord } from '../../dataProvider/types';
import { MeetingHeading } from './fields';

const STATUSES: AttendanceStatus[] = ['PRESENT', 'EXCUSED', 'UNEXCUSED'];

/** Keys that set a line's status when its radio buttons have the focus: digits, and the Vietnamese initials. */
const KEYS: Record<string, AttendanceStatus> = {
  '1': 'PRESENT',
  c: 'PRESENT',
  '2': 'EXCUSED',
  p: 'EXCUSED',
  '3': 'UNEXCUSED',
  k: 'UNEXCUSED',
};

const ROW_COLORS: Record<AttendanceStatus, string | undefined> = {
  PRESENT: undefined,
  EXCUSED: '#fff8e1',
  UNEXCUSED: '#fdecea',
};

interface RowProps {
  index: number;
  line: Line;
  name: string;
  /** The member's party group; undefined when the branch has none (no column). */
  group?: string;
  exclusion: string | null;
  error: string | undefined;
  labels: Record<AttendanceStatus, string> & { reason: string; notCounted: string };
  onStatus: (index: number, status: AttendanceStatus) => void;
  onReason: (index: number, reason: string) => void;
}

/**
 * One member's line: three native radio buttons (Tab moves from line to line, the arrows within a line) and
 * a reason, open when the member is away with a reason. Native inputs keep a sheet of 150 members quick.
 */
const AttendanceRow = memo(function AttendanceRow({ index, line, name, group, exclusion, error, labels, onStatus, onReason }: RowProps) {
  const reasonRef = useRef<HTMLInputElement>(null);
  const choose = (status: AttendanceStatus, row?: HTMLTableRowElement) => {
    // The line is re-rendered at once (enabling the reason) and the focus moves within the same key press, so
    // no typed letter lands elsewhere: to the reason, the next thing to type, or to the chosen button.
    flushSync(() => onStatus(index, status));
    if (status === 'EXCUSED') reasonRef.current?.focus();
    else row?.querySelector<HTMLInputElement>(`input[type=radio][value="${status}"]`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    if ((event.target as HTMLElement).tagName !== 'INPUT' || (event.target as HTMLInputElement).type !== 'radio') return;
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    const status = KEYS[event.key.toLowerCase()];
    if (!status) return;
    event.preventDefault();
    choose(status, event.currentTarget);
  };
  return (
    <SheetRow
      index={index}
      memberId={line.memberId}
      name={name}
      note={
        exclusion && (
          <>
            {exclusion} · {labels.notCounted}
          </>
        )
      }
      noteTitle={labels.notCounted}
      group={group}
      error={error}
      background={exclusion ? '#f5f5f5' : ROW_COLORS[line.status]}
      onKeyDown={onKeyDown}
      after={STATUSES.map((status) => (
        <td key={status} className="choice">
          <label>
            <input
              type="radio"
              name={`status-${line.memberId}`}
              value={status}
              checked={line.status === status}
              onChange={() => choose(status)}
              aria-label={`${labels[status]}: ${name}`}
            />
          </label>
        </td>
      ))}
      textCell="reason"
      text={{
        ref: reasonRef,
        value: line.reason,
        disabled: line.status !== 'EXCUSED',
        maxLength: 300,
        placeholder: line.status === 'EXCUSED' ? labels.reason : '',
        'aria-label': `${labels.reason}: ${name}`,
        onChange: (event) => onReason(index, event.target.value),
      }}
    />
  );
});

/** The attendance sheet's own cells: the three choices and the reason. */
const sheetStyles = {
  ...SHEET_TABLE,
  '& td': { padding: '1px 8px', borderBottom: '1px solid #eee', verticalAlign: 'middle', height: 34 },
  '& td.choice, & th.choice': { textAlign: 'center', width: 96 },
  '& td.choice label': { display: 'block', cursor: 'pointer', padding: '2px 0' },
  '& td.reason': { width: '32%' },
  '& td.reason input': sheetTextInput(3),
  '& td.reason input:disabled': { background: 'transparent', borderColor: 'transparent' },
} as const;

function Tally({ lines, excluded }: { lines: Line[]; excluded: Set<string> }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const counts = tally(lines.map((line) => ({ status: line.status, excluded: excluded.has(line.memberId) })));
  return (
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" alignItems="center" aria-live="polite">
      <Chip
        color="success"
        label={translate('chibo.attendance.tally_present', {
          figure: `${counts.present}/${counts.expected}`,
          rate: formatPercent(counts.rate, locale) || '—',
        })}
        sx={{ fontWeight: 700, fontSize: 15 }}
      />
      <Chip color="warning" variant="outlined" label={`${translate('chibo.attendance.excused')}: ${counts.excused}`} />
      <Chip color="error" variant="outlined" label={`${translate('chibo.attendance.unexcused')}: ${counts.unexcused}`} />
      {counts.excluded > 0 && <Chip variant="outlined" label={`${translate('chibo.attendance.not_counted')}: ${counts.excluded}`} />}
    </Stack>
  );
}

/**
 * The attendance sheet of a held meeting: every member on the roster of the day, in roll order, each line
 * present unless changed, saved whole in one request. Exempt and special-duty members are listed and may be
 * recorded, but are not counted among the expected. A refused line shows the API's message on that line.
 */
export function AttendanceSheet() {
  const { id = '' } = useParams<{ id: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const dataProvider = useDataProvider<ChiBoDataProvider>();
  const { canAccess, isPending: checking } = useCanAccess({ resource: 'meetings', action: 'attendance' });
  const { data: meeting, isPending, error } = useGetOne<MeetingRecord>('meetings', { id }, { enabled: !!canAccess });
  const branchId = meeting?.branchId;
  const { data: groups = [] } = useGetList<OrganizationRecord>(
    'organizations',
    { filter: { kind: ['PARTY_GROUP'], parentId: branchId }, pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } },
    { enabled: !!branchId },
  );
  // A refused line comes into view with its reason (or its choice) focused.
  const { lines, setLines, change, errors, setErrors, formError, saving, tableRef, save } = useSheet<Line>({
    linesRefused: 'chibo.attendance.lines_refused',
    focus: ['td.reason input:not(:disabled)', 'input:checked'],
  });

  const roster = meeting?.roster;
  // The sheet is filled from the roster once per version read: a refetch while typing must not wipe the lines.
  const loadedVersion = useRef<string | null>(null);
  useEffect(() => {
    if (!roster || !meeting) return;
    const key = `${meeting.id}:${meeting.version}`;
    if (loadedVersion.current === key) return;
    loadedVersion.current = key;
    setLines(initialLines(roster));
    setErrors({});
  }, [roster, meeting, setLines, setErrors]);

  const excluded = useMemo(() => new Set((roster ?? []).filter((r) => r.exclusion).map((r) => r.memberId)), [roster]);
  const groupNames = useMemo(() => new Map(groups.map((g) => [String(g.id), g.name])), [groups]);
  const labels = useMemo(
    () => ({
      PRESENT: translate('chibo.enums.AttendanceStatus.PRESENT'),
      EXCUSED: translate('chibo.enums.AttendanceStatus.EXCUSED'),
      UNEXCUSED: translate('chibo.enums.AttendanceStatus.UNEXCUSED'),
      reason: translate('chibo.attendance.reason'),
      notCounted: translate('chibo.attendance.not_counted_short'),
    }),
    [translate],
  );
  const exclusionLabels = useMemo(
    () => ({ EXEMPT: translate('chibo.enums.AttendanceExclusion.EXEMPT'), SPECIAL_DUTY: translate('chibo.enums.AttendanceExclusion.SPECIAL_DUTY') }),
    [translate],
  );

  const onStatus = useCallback((index: number, status: AttendanceStatus) => change(index, (line) => ({ ...line, status })), [change]);
  const onReason = useCallback((index: number, reason: string) => change(index, (line) => ({ ...line, reason })), [change]);

  if (checking || (canAccess && isPending)) return <LinearProgress sx={{ mt: 2 }} />;
  if (!canAccess) return <PageError message="ra.message.access_denied" />;
  if (error || !meeting) return <PageError message="ra.notification.item_doesnt_exist" />;

  const back = `/meetings/${encodeURIComponent(meeting.id)}/show/attendance`;
  const onSave = () =>
    save(async () => {
      await dataProvider.recordAttendance({ meetingId: meeting.id, version: meeting.version, lines });
      notify('chibo.attendance.saved', { type: 'success', messageArgs: { smart_count: lines.length } });
      redirect(back);
    }, lineErrors);

  const allPresent = () => {
    setLines((current) => current.map((line) => ({ ...line, status: 'PRESENT' })));
    setErrors({});
  };

  return (
    <SheetPage title="chibo.attendance.title">
      <SheetHeader title={<MeetingHeading record={meeting} />} back={back} backLabel="chibo.attendance.back">
        {!meeting.heldOn ? (
          <Alert severity="info">
            {translate('chibo.attendance.needs_held_day')}{' '}
            <Link to={`/meetings/${encodeURIComponent(meeting.id)}`}>{translate('ra.action.edit')}</Link>
          </Alert>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {translate('chibo.attendance.help', { smart_count: lines.length })}
          </Typography>
        )}
      </SheetHeader>
      {meeting.heldOn && (
        <>
          <SheetBar error={formError}>
            <Tally lines={lines} excluded={excluded} />
            <Box sx={{ flex: 1 }} />
            <Button label="chibo.attendance.all_present" onClick={allPresent} disabled={saving}>
              <DoneAllIcon />
            </Button>
            <Button
              label="chibo.attendance.save"
              variant="contained"
              onClick={onSave}
              disabled={saving || lines.length === 0}
            >
              {saving ? <CircularProgress size={18} color="inherit" /> : <SaveIcon />}
            </Button>
          </SheetBar>
          {lines.length === 0 ? (
            <Alert severity="info">{translate('chibo.attendance.empty_roster')}</Alert>
          ) : (
            <SheetTable
              tableRef={tableRef}
              sx={sheetStyles}
              head={
                <>
                  <th className="num">#</th>
                  <th>{translate('chibo.attendance.member')}</th>
                  {groups.length > 0 && <th>{translate('resources.members.fields.partyGroup')}</th>}
                  <th className="choice">{labels.PRESENT} (1/C)</th>
                  <th className="choice">{labels.EXCUSED} (2/P)</th>
                  <th className="choice">{labels.UNEXCUSED} (3/K)</th>
                  <th>{translate('chibo.attendance.reason')}</th>
                </>
              }
            >
              {lines.map((line, index) => {
                const entry = roster?.[index];
                return (
                  <AttendanceRow
                    key={line.memberId}
                    index={index}
                    line={line}
                    name={entry?.member?.fullName ?? line.memberId}
                    group={groups.length === 0 ? undefined : entry?.partyGroupId ? (groupNames.get(String(entry.partyGroupId)) ?? '') : ''}
                    exclusion={entry?.exclusion ? exclusionLabels[entry.exclusion] : null}
                    error={errors[index]}
                    labels={labels}
                    onStatus={onStatus}
                    onReason={onReason}
                  />
                );
              })}
            </SheetTable>
          )}
          <SheetKeys message="chibo.attendance.keys" />
        </>
      )}
    </SheetPage>
  );
}
