import { quarterPeriod } from '@chibo/domain';
import AddIcon from '@mui/icons-material/Add';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import DeleteIcon from '@mui/icons-material/Delete';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Box, Chip, IconButton, Tooltip } from '@mui/material';
import { useWatch } from 'react-hook-form';
import {
  Button,
  required,
  SaveButton,
  TextInput,
  useCanAccess,
  useCreate,
  useDataProvider,
  useTranslate,
  useUpdate,
} from 'react-admin';
import { formatDay } from '../../common/days';
import { FormDialog } from '../../common/FormDialog';
import { BranchPicker } from '../../common/pickers';
import { DeleteConfirmButton } from '../../common/RowDialogs';
import type { SupervisorAssignmentRecord } from '../../dataProvider/supervisionTypes';
import { shortName } from '../meetings/fields';
import { type VisitConflict, visitDay } from './board';
import { CommitteeMemberInput, PlannedMeetingInput } from './inputs';

const RESOURCE = 'supervisorAssignments';

interface Where {
  organizationId: string;
  quarter: string;
}

/** A rotation visit's inputs: a standing committee member, a branch, one of its meetings in the quarter, a note. */
function VisitInputs({ organizationId, quarter }: Where) {
  const branchId = useWatch({ name: 'branchId' }) as string | undefined;
  const period = quarterPeriod(quarter);
  return (
    <>
      <CommitteeMemberInput organizationId={organizationId} day={period.from} standingOnly validate={required()} />
      <BranchPicker source="branchId" input={{ validate: required(), fullWidth: true }} />
      <PlannedMeetingInput branchId={branchId ? String(branchId) : undefined} period={period} />
      <TextInput source="note" multiline fullWidth />
    </>
  );
}

/** A new rotation visit of the quarter for a member of the board's row; the API checks the member and the meeting. */
export function AssignVisitButton({ organizationId, quarter, memberId, memberName }: Where & { memberId?: string; memberName?: string }) {
  const translate = useTranslate();
  const [create] = useCreate();
  const { canAccess } = useCanAccess({ resource: RESOURCE, action: 'create' });
  if (!canAccess) return null;
  const title = translate('chibo.supervision.assign_title', { name: memberName ?? '' });
  return (
    <FormDialog
      button={(open) => (
        <Tooltip title={title}>
          <IconButton size="small" aria-label={title} onClick={open} className="no-print">
            <AddIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      )}
      resource={RESOURCE}
      title={title}
      record={{}}
      defaultValues={memberId ? { memberId } : undefined}
      send={(values) => create(RESOURCE, { data: { ...values, kind: 'ROTATION', quarter } }, { returnPromise: true })}
      saved="chibo.supervision.assigned"
      saveButton={<SaveButton label="chibo.supervision.assign" icon={<AddIcon />} alwaysEnable />}
    >
      <VisitInputs organizationId={organizationId} quarter={quarter} />
    </FormDialog>
  );
}

/** What a visit's chip says on hover: the branch, the day, whether it was made, its conflicts and note. */
function visitSummary(
  assignment: SupervisorAssignmentRecord,
  attended: boolean,
  conflicts: readonly VisitConflict[],
  translate: (key: string, options?: object) => string,
) {
  const day = visitDay(assignment.plannedMeeting);
  return [
    assignment.branch?.name ?? '',
    day ? translate('chibo.supervision.planned_on', { day: formatDay(day) }) : translate('chibo.supervision.no_day'),
    translate(attended ? 'chibo.supervision.attended' : 'chibo.supervision.not_attended_yet'),
    ...conflicts.map((conflict) => translate(`chibo.supervision.conflicts.${conflict}`)),
    assignment.note ?? '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * A visit on the board: its branch and day, blue while planned, green once the member attended that branch's meeting
 * in the quarter, amber on a conflict. Clicked, it opens the re-assignment form (another meeting, branch or member),
 * which also removes it after a confirmation. A visit moved to another member or branch is a new assignment (created
 * first, then the old one removed), as the API fixes both.
 */
export function VisitChip({
  assignment,
  attended,
  conflicts,
  organizationId,
  quarter,
}: Where & { assignment: SupervisorAssignmentRecord; attended: boolean; conflicts: readonly VisitConflict[] }) {
  const translate = useTranslate();
  const [create] = useCreate();
  const [update] = useUpdate();
  const dataProvider = useDataProvider();
  const { canAccess: canEdit } = useCanAccess({ resource: RESOURCE, action: 'edit', record: assignment });
  const day = visitDay(assignment.plannedMeeting);
  const name = assignment.branch ? shortName(assignment.branch.name) : assignment.branchId;
  const summary = visitSummary(assignment, attended, conflicts, translate);

  const send = async (values: Record<string, unknown>) => {
    const moved = String(values.memberId) !== String(assignment.memberId) || String(values.branchId) !== String(assignment.branchId);
    if (!moved) {
      return update(RESOURCE, { id: assignment.id, data: values, previousData: assignment }, { mutationMode: 'pessimistic', returnPromise: true });
    }
    const { memberId, branchId, plannedMeetingId, note } = values;
    await create(RESOURCE, { data: { kind: 'ROTATION', quarter, memberId, branchId, plannedMeetingId, note } }, { returnPromise: true });
    return dataProvider.delete(RESOURCE, { id: assignment.id, previousData: assignment });
  };

  const chip = (open: (() => void) | undefined) => (
    <Tooltip title={summary}>
      <Chip
        size="small"
        // Two short lines (the branch, the day) keep a week's column narrow enough for a quarter on one screen.
        label={
          <>
            <Box component="span" sx={{ display: 'block', fontWeight: 600, whiteSpace: 'nowrap' }}>
              {name}
            </Box>
            {day && <Box component="span">{formatDay(day).slice(0, 5)}</Box>}
          </>
        }
        color={conflicts.length > 0 ? 'warning' : attended ? 'success' : 'info'}
        variant={conflicts.length > 0 || attended ? 'filled' : 'outlined'}
        icon={conflicts.length > 0 ? <WarningAmberIcon /> : attended ? <CheckCircleIcon /> : undefined}
        onClick={open}
        aria-label={summary}
        data-testid="board-visit"
        sx={{ height: 'auto', maxWidth: '100%', m: 0.25, py: 0.25, '& .MuiChip-label': { lineHeight: 1.25 } }}
      />
    </Tooltip>
  );
  if (!canEdit) return chip(undefined);
  return (
    <FormDialog
      button={chip}
      resource={RESOURCE}
      title={translate('chibo.supervision.reassign_title', { name: assignment.member?.fullName ?? '' })}
      record={assignment}
      send={send}
      saved="chibo.supervision.reassigned"
      saveButton={
        <>
          {/* Removed, the visit leaves the board and its chip, this dialog with it. */}
          <DeleteConfirmButton
            resource={RESOURCE}
            record={assignment}
            label="chibo.supervision.remove"
            title="chibo.supervision.remove_title"
            content="chibo.supervision.remove_content"
            args={{ name: assignment.member?.fullName ?? '', branch: assignment.branch?.name ?? '' }}
            deleted="chibo.supervision.removed"
            button={(open) => (
              <Button label="chibo.supervision.remove" color="error" onClick={open} disabled={!open}>
                <DeleteIcon />
              </Button>
            )}
          />
          <SaveButton />
        </>
      }
    >
      <VisitInputs organizationId={organizationId} quarter={quarter} />
    </FormDialog>
  );
}
