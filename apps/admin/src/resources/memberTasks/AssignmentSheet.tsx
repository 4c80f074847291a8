import PlaylistAddCheckIcon from '@mui/icons-material/PlaylistAddCheck';
import SaveIcon from '@mui/icons-material/Save';
import { Alert, Box, Chip, CircularProgress, LinearProgress, Stack, TextField, Typography } from '@mui/material';
import { type KeyboardEvent, memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Button,
  Form,
  required,
  useCanAccess,
  useDataProvider,
  useLocation,
  useNotify,
  useRedirect,
  useTranslate,
  type Validator,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { useViewer } from '../../auth/useViewer';
import { isIsoDay } from '../../common/days';
import { DayInput } from '../../common/DayInput';
import { PageError } from '../../common/EmptyNote';
import { BranchPicker, YearInput, yearChoices } from '../../common/pickers';
import { SHEET_TABLE, SheetBar, SheetHeader, SheetKeys, SheetPage, SheetRow, SheetTable, sheetTextInput, useSheet } from '../../common/Sheet';
import { notAfter } from '../../common/validators';
import type { ChiBoDataProvider } from '../../dataProvider';
import { thisYear, todayInVietnam } from '../../dataProvider/filters';
import { type AssignmentRow, allPages, chosenLines, rowErrors } from '../../dataProvider/memberTasks';
import type { MemberRecord } from '../../dataProvider/types';

/** The first and last day a task of the year may be assigned on, as the API allows: from December before. */
const firstDayOf = (year: number) => `${year - 1}-12-01`;
const lastDayOf = (year: number) => `${year}-12-31`;

/** The day a sheet opens with for a year: today when it may be, else the last day of that year already past. */
function defaultDay(year: number, today: string): string {
  if (today >= firstDayOf(year) && today <= lastDayOf(year)) return today;
  return today > lastDayOf(year) ? lastDayOf(year) : today;
}

const dayInYear: Validator = (value: unknown, values: { year?: unknown }) => {
  const year = Number(values.year);
  if (!isIsoDay(value) || !Number.isInteger(year)) return undefined;
  return value < firstDayOf(year) || value > lastDayOf(year) ? { message: 'chibo.validation.assigned_in_year', args: { year } } : undefined;
};

interface RowProps {
  index: number;
  row: AssignmentRow;
  member: MemberRecord;
  /** The member's party group; undefined when nobody on the sheet has one (no column). */
  group?: string;
  /** "Dự bị" under the name of a probationary member, empty otherwise. */
  note: string;
  error: string | undefined;
  labels: { include: string; task: string; placeholder: string };
  onInclude: (index: number, included: boolean) => void;
  onDescription: (index: number, description: string) => void;
}

/**
 * One member's row: a checkbox (the row is sent) and the task. Native inputs, as on the attendance sheet,
 * keep a branch of 150 members quick; Enter moves to the next row's task instead of saving the form.
 */
const TaskRow = memo(function TaskRow({ index, row, member, group, note, error, labels, onInclude, onDescription }: RowProps) {
  const name = member.fullName ?? member.id;
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const next = event.currentTarget.closest('tr')?.nextElementSibling?.querySelector<HTMLInputElement>('td.task input');
    next?.focus();
  };
  return (
    <SheetRow
      index={index}
      memberId={row.memberId}
      name={name}
      note={note}
      group={group}
      error={error}
      className={row.included ? undefined : 'left-out'}
      before={
        <td className="check">
          <input type="checkbox" checked={row.included} onChange={(event) => onInclude(index, event.target.checked)} aria-label={`${labels.include}: ${name}`} />
        </td>
      }
      textCell="task"
      text={{
        value: row.description,
        maxLength: 500,
        placeholder: labels.placeholder,
        'aria-label': `${labels.task}: ${name}`,
        onChange: (event) => onDescription(index, event.target.value),
        onKeyDown,
      }}
    />
  );
});

/** The assignment sheet's own cells: the box ticking a row, and the task. */
const sheetStyles = {
  ...SHEET_TABLE,
  '& td': { padding: '2px 8px', borderBottom: '1px solid #eee', verticalAlign: 'middle', height: 36 },
  '& td.check, & th.check': { width: 40, textAlign: 'center' },
  '& .name': { fontWeight: 500, whiteSpace: 'nowrap' },
  '& td.task': { width: '55%' },
  '& td.task input': sheetTextInput(4),
  '& tr.left-out td': { color: 'text.disabled' },
  '& tr.left-out td.task input': { background: '#f7f7f7', color: '#9e9e9e' },
} as const;

/** The branch, the year and the day above the rows: a secretary's own branch is fixed. */
function Heading({ secretary }: { secretary: boolean }) {
  const today = todayInVietnam();
  return (
    <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start">
      <BranchPicker
        source="branchId"
        input={{ label: 'resources.memberTasks.fields.branchId', validate: required(), disabled: secretary, sx: { width: 420 } }}
      />
      <YearInput label="resources.memberTasks.fields.year" validate={required()} sx={{ width: 120 }} />
      <DayInput source="assignedOn" label="resources.memberTasks.fields.assignedOn" validate={[required(), notAfter(today), dayInYear]} />
    </Stack>
  );
}

type Load = { key: string; members: MemberRecord[] } | { key: string; error: string } | null;

/**
 * The sheet's body, inside the form of its heading: loads the branch's members without a task for the year
 * (every page), keeps what was typed when the heading changes, and saves the ticked rows in one request.
 */
function SheetBody({ secretary }: { secretary: boolean }) {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const dataProvider = useDataProvider<ChiBoDataProvider>();
  const { handleSubmit, setError, clearErrors, setValue } = useFormContext();
  const branchId = useWatch({ name: 'branchId' }) as string | null | undefined;
  const year = Number(useWatch({ name: 'year' }));
  const assignedOn = useWatch({ name: 'assignedOn' }) as string | null | undefined;

  // A year chosen whose span leaves the day out: the day moves to the nearest day the year allows.
  const previousYear = useRef(year);
  useEffect(() => {
    if (previousYear.current === year) return;
    previousYear.current = year;
    const today = todayInVietnam();
    if (Number.isInteger(year) && today >= firstDayOf(year)) setValue('assignedOn', defaultDay(year, today), { shouldValidate: true });
  }, [year, setValue]);

  const ready = !!branchId && Number.isInteger(year) && isIsoDay(assignedOn) && assignedOn >= firstDayOf(year) && assignedOn <= lastDayOf(year);
  const key = ready ? `${branchId}|${year}|${assignedOn}` : '';
  const [load, setLoad] = useState<Load>(null);
  const [common, setCommon] = useState('');
  // A refused row comes into view with its task focused.
  const { lines: rows, setLines: setRows, change, errors, setErrors, formError, setFormError, saving, tableRef, save } = useSheet<AssignmentRow>({
    linesRefused: 'chibo.member_task.sheet.lines_refused',
    focus: ['td.task input'],
  });

  useEffect(() => {
    if (!key) return;
    const controller = new AbortController();
    const filter = { organizationId: branchId, year, asOf: assignedOn };
    allPages<MemberRecord>((resource, params) => dataProvider.getList(resource, params), 'membersWithoutTask', filter, controller.signal).then(
      (members) => {
        if (controller.signal.aborted) return;
        // What was typed stays with its member when the list is read again (another day, say).
        setRows((current) => {
          const typed = new Map(current.map((row) => [row.memberId, row]));
          return members.map((member) => typed.get(String(member.id)) ?? { memberId: String(member.id), included: true, description: '' });
        });
        setErrors({});
        setFormError(null);
        setLoad({ key, members });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setLoad({ key, error: error instanceof Error ? error.message : 'ra.notification.http_error' });
      },
    );
    return () => controller.abort();
  }, [key, branchId, year, assignedOn, dataProvider, setRows, setErrors, setFormError]);

  const members = load && 'members' in load && load.key === key ? load.members : null;
  const loadError = load && 'error' in load && load.key === key ? load.error : null;
  const groups = useMemo(() => (members ?? []).some((m) => m.partyGroup), [members]);
  const labels = useMemo(
    () => ({
      include: translate('chibo.member_task.sheet.include'),
      task: translate('chibo.member_task.sheet.task'),
      placeholder: translate('chibo.member_task.sheet.placeholder'),
    }),
    [translate],
  );
  const probationary = translate('chibo.member_task.sheet.probationary');

  const onInclude = useCallback((index: number, included: boolean) => change(index, (row) => ({ ...row, included })), [change]);
  // Typing a task ticks the row: it is to be sent.
  const onDescription = useCallback(
    (index: number, description: string) => change(index, (row) => ({ ...row, description, included: row.included || description.trim() !== '' })),
    [change],
  );

  const { lines, rowOf } = chosenLines(rows);
  const ticked = rows.filter((row) => row.included).length;
  const allTicked = rows.length > 0 && ticked === rows.length;

  const tickAll = (included: boolean) => setRows((current) => current.map((row) => ({ ...row, included })));
  const fillCommon = () => {
    const text = common.trim();
    if (!text) return;
    setRows((current) => current.map((row) => (row.included && row.description.trim() === '' ? { ...row, description: text } : row)));
  };

  // The heading's values as watched: a disabled input (a secretary's branch) is left out of submitted values.
  // Refusals name the branch, year or day above the rows, or a row by the index of the line sent from it.
  const onSave = async () => {
    if (lines.length === 0 || !members || !branchId || !assignedOn) return;
    clearErrors();
    await save(
      async () => {
        const { data } = await dataProvider.assignMemberTasks({ branchId, year, assignedOn, lines });
        notify('chibo.member_task.sheet.saved', { type: 'success', messageArgs: { smart_count: data.length } });
        const filter = secretary ? { year } : { year, organizationId: branchId };
        redirect(`/memberTasks?filter=${encodeURIComponent(JSON.stringify(filter))}`);
      },
      (refused) => rowErrors(refused, rowOf),
      (refused) => {
        for (const field of ['branchId', 'year', 'assignedOn']) {
          const message = refused?.[field];
          if (typeof message === 'string') setError(field, { type: 'server', message });
        }
      },
    );
  };

  return (
    <>
      <SheetHeader
        title={
          <Typography variant="h6" component="h2" sx={{ fontWeight: 600 }}>
            {translate('chibo.member_task.sheet.heading', { year: Number.isInteger(year) ? year : '' })}
          </Typography>
        }
        back="/memberTasks"
        backLabel="chibo.member_task.sheet.back"
        dense
      >
        <Typography variant="body2" color="text.secondary">
          {translate('chibo.member_task.sheet.help')}
        </Typography>
        <Heading secretary={secretary} />
      </SheetHeader>
      {!ready ? (
        <Alert severity="info">{translate(branchId ? 'chibo.member_task.sheet.choose_day' : 'chibo.member_task.sheet.choose_branch')}</Alert>
      ) : loadError ? (
        <Alert severity="error">{translate(loadError, { _: loadError })}</Alert>
      ) : !members ? (
        <LinearProgress />
      ) : members.length === 0 ? (
        <Alert severity="success">{translate('chibo.member_task.sheet.everyone_tasked', { year })}</Alert>
      ) : (
        <>
          <SheetBar error={formError}>
            <Chip
              color={lines.length > 0 ? 'success' : 'default'}
              label={translate('chibo.member_task.sheet.tally', { smart_count: members.length, ticked, typed: lines.length })}
              sx={{ fontWeight: 600 }}
              aria-live="polite"
            />
            <Box sx={{ flex: 1 }} />
            <TextField
              size="small"
              value={common}
              onChange={(event) => setCommon(event.target.value)}
              onKeyDown={(event) => {
                if (event.key !== 'Enter') return;
                event.preventDefault();
                fillCommon();
              }}
              label={translate('chibo.member_task.sheet.common')}
              placeholder={translate('chibo.member_task.sheet.common_placeholder')}
              slotProps={{ htmlInput: { maxLength: 500 } }}
              sx={{ width: 340 }}
            />
            <Button label="chibo.member_task.sheet.fill" onClick={fillCommon} disabled={saving || common.trim() === '' || ticked === 0}>
              <PlaylistAddCheckIcon />
            </Button>
            <Button
              label={translate('chibo.member_task.sheet.save', { smart_count: lines.length })}
              variant="contained"
              onClick={handleSubmit(onSave)}
              disabled={saving || lines.length === 0}
            >
              {saving ? <CircularProgress size={18} color="inherit" /> : <SaveIcon />}
            </Button>
          </SheetBar>
          <SheetTable
            tableRef={tableRef}
            sx={sheetStyles}
            head={
              <>
                <th className="num">#</th>
                <th className="check">
                  <input
                    type="checkbox"
                    checked={allTicked}
                    ref={(input) => {
                      if (input) input.indeterminate = ticked > 0 && !allTicked;
                    }}
                    onChange={(event) => tickAll(event.target.checked)}
                    aria-label={translate('chibo.member_task.sheet.include_all')}
                  />
                </th>
                <th>{translate('chibo.member_task.sheet.member')}</th>
                {groups && <th>{translate('resources.members.fields.partyGroup')}</th>}
                <th>{translate('chibo.member_task.sheet.task')}</th>
              </>
            }
          >
            {rows.map((row, index) => {
              const member = members[index];
              if (!member) return null;
              return (
                <TaskRow
                  key={row.memberId}
                  index={index}
                  row={row}
                  member={member}
                  group={groups ? (member.partyGroup?.name ?? '') : undefined}
                  error={errors[index]}
                  note={member.status === 'PROBATIONARY' ? probationary : ''}
                  labels={labels}
                  onInclude={onInclude}
                  onDescription={onDescription}
                />
              );
            })}
          </SheetTable>
          <SheetKeys message="chibo.member_task.sheet.keys" />
        </>
      )}
    </>
  );
}

/**
 * The year's tasks of a branch on one sheet (the January vote): its working members without a task for the
 * year on the day assigned, each with a task to type and a box to tick; one save sends the ticked rows with a
 * task in one request, all or none, and a refused row shows the API's message on that row. A secretary's
 * branch is their own; the office chooses one.
 */
export function AssignmentSheet() {
  const viewer = useViewer();
  const { search } = useLocation();
  const { canAccess, isPending } = useCanAccess({ resource: 'memberTasks', action: 'assign' });
  if (!viewer || isPending) return <LinearProgress sx={{ mt: 2 }} />;
  if (!canAccess) return <PageError message="ra.message.access_denied" />;
  const today = todayInVietnam();
  const params = new URLSearchParams(search);
  const asked = Number(params.get('year'));
  const year = yearChoices().some((choice) => choice.id === asked) ? asked : thisYear();
  const secretary = viewer.role === 'BRANCH_SECRETARY';
  const branchId = secretary ? viewer.organizationId : (params.get('branchId') ?? null);
  return (
    <SheetPage title="chibo.member_task.sheet.title">
      {/* The form holds the heading; the rows are the sheet's own state. Enter in the heading saves nothing. */}
      <Form defaultValues={{ branchId, year, assignedOn: defaultDay(year, today) }} onSubmit={() => undefined} record={{}}>
        <SheetBody secretary={secretary} />
      </Form>
    </SheetPage>
  );
}
