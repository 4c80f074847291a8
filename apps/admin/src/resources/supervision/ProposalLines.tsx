import { quarterPeriod } from '@chibo/domain';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import { Chip, IconButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { required, SaveButton, useDataProvider, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { formatDay } from '../../common/days';
import { FormDialog } from '../../common/FormDialog';
import { BranchPicker } from '../../common/pickers';
import type { MeetingRecord, OrganizationRecord } from '../../dataProvider/types';
import { visitConflicts, visitDay } from './board';
import { PlannedMeetingInput } from './inputs';
import { changeLine, dropLine, type ProposalLine } from './proposal';

/** How each reason reads at a glance: the planner's preferences in blue and green, what to look at twice in orange. */
const REASON_COLOR: Record<string, 'default' | 'info' | 'success' | 'warning' | 'secondary'> = {
  FIXED: 'default',
  PILOT: 'secondary',
  NEVER_VISITED: 'info',
  LAST_VISITED: 'info',
  ROTATION_RESPECTED: 'success',
  ROTATION_NOT_RESPECTED: 'warning',
  SHARED_BRANCH: 'warning',
};

/** The line's reasons as chips, each with the planner's own sentence on hover. */
function Reasons({ line }: { line: ProposalLine }) {
  const translate = useTranslate();
  if (line.changed) return <Chip size="small" variant="outlined" label={translate('chibo.supervision.changed_line')} />;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {line.reasonCodes.map((code, index) => (
        <Tooltip key={code} title={line.reasons[index] ?? ''}>
          <Chip size="small" color={REASON_COLOR[code] ?? 'default'} variant="outlined" label={translate(`chibo.supervision.reasons.${code}`, { _: code })} />
        </Tooltip>
      ))}
    </Stack>
  );
}

function LineInputs({ quarter }: { quarter: string }) {
  const branchId = useWatch({ name: 'branchId' }) as string | undefined;
  return (
    <>
      <BranchPicker source="branchId" input={{ validate: required(), fullWidth: true }} />
      <PlannedMeetingInput branchId={branchId ? String(branchId) : undefined} period={quarterPeriod(quarter)} />
    </>
  );
}

/** Moves a line to another branch or meeting before accepting; the branch's name and the meeting's day are read back. */
function ChangeLineButton({ line, quarter, onChange }: { line: ProposalLine; quarter: string; onChange: (to: Parameters<typeof changeLine>[2]) => void }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const title = translate('chibo.supervision.change_line', { name: line.member?.fullName ?? '' });
  return (
    <FormDialog
      button={(open) => (
        <Tooltip title={title}>
          <IconButton size="small" aria-label={title} onClick={open}>
            <EditIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      )}
      resource="supervisorAssignments"
      title={title}
      record={{ branchId: line.branchId, plannedMeetingId: line.meetingId }}
      send={async (values) => {
        const branchId = String(values.branchId);
        const meetingId = values.plannedMeetingId ? String(values.plannedMeetingId) : null;
        const branch = await dataProvider.getOne<OrganizationRecord>('organizations', { id: branchId });
        const meeting = meetingId ? await dataProvider.getOne<MeetingRecord>('meetings', { id: meetingId }) : null;
        onChange({ branchId, branch: branch.data, meetingId, day: meeting ? visitDay(meeting.data) : null });
      }}
      saved="chibo.supervision.line_changed"
      saveButton={<SaveButton alwaysEnable />}
    >
      <LineInputs quarter={quarter} />
    </FormDialog>
  );
}

/**
 * The proposal's lines as the office reviews them: member, branch, day and why, with the conflicts the edits made and
 * the refusals of a failed acceptance on their line; each line may be changed or dropped.
 */
export function ProposalLines({
  lines,
  quarter,
  errors,
  onChange,
}: {
  lines: ProposalLine[];
  quarter: string;
  /** Refusals by line index. */
  errors: Record<number, string>;
  onChange: (lines: ProposalLine[]) => void;
}) {
  const translate = useTranslate();
  const conflicts = visitConflicts(lines);
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate('chibo.supervision.standing_member')}</TableCell>
          <TableCell>{translate('resources.supervisorAssignments.fields.branch')}</TableCell>
          <TableCell>{translate('chibo.supervision.day')}</TableCell>
          <TableCell>{translate('chibo.supervision.why')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {lines.map((line, index) => (
          <TableRow key={line.key} data-testid="proposal-line">
            <TableCell>{line.member?.fullName ?? line.memberId}</TableCell>
            <TableCell>
              {line.branch?.name ?? line.branchId}
              {(conflicts.get(line.key) ?? []).map((conflict) => (
                <Typography key={conflict} variant="caption" color="error" component="div">
                  {translate(`chibo.supervision.conflicts.${conflict}`)}
                </Typography>
              ))}
              {errors[index] && (
                <Typography variant="caption" color="error" component="div">
                  {errors[index]}
                </Typography>
              )}
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{line.day ? formatDay(line.day) : '—'}</TableCell>
            <TableCell>
              <Reasons line={line} />
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              <ChangeLineButton line={line} quarter={quarter} onChange={(to) => onChange(changeLine(lines, line.key, to))} />
              <Tooltip title={translate('chibo.supervision.drop_line')}>
                <IconButton size="small" aria-label={translate('chibo.supervision.drop_line')} onClick={() => onChange(dropLine(lines, line.key))}>
                  <DeleteIcon fontSize="small" />
                </IconButton>
              </Tooltip>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
