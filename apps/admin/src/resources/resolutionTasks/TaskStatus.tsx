import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { Chip, Stack, Typography } from '@mui/material';
import type { MouseEvent } from 'react';
import { Button, useCanAccess, useNotify, useRefresh, useTranslate, useUpdate } from 'react-admin';
import { useReadsPersonalData } from '../../auth/useViewer';
import { formatDay } from '../../common/days';
import { enumLabel } from '../../common/enums';
import type { TaskRecord } from '../../dataProvider/types';

const STATUS_COLORS: Record<string, 'default' | 'info' | 'success' | 'warning'> = {
  OPEN: 'default',
  IN_PROGRESS: 'info',
  DONE: 'success',
  CANCELLED: 'default',
};

/** A task's state; an overdue one says so in red, whatever its state is called. */
export function TaskStatusChip({ task }: { task: Pick<TaskRecord, 'status' | 'isOverdue'> }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} sx={{ whiteSpace: 'nowrap' }}>
      <Chip
        size="small"
        color={STATUS_COLORS[task.status] ?? 'default'}
        variant={task.status === 'CANCELLED' ? 'outlined' : 'filled'}
        label={translate(enumLabel('TaskStatus', task.status))}
      />
      {task.isOverdue && <Chip size="small" color="error" label={translate('chibo.task.overdue')} />}
    </Stack>
  );
}

/** The deadline, in red when it has passed with the task still open. */
export function DeadlineText({ task }: { task: Pick<TaskRecord, 'deadline' | 'isOverdue' | 'completedOn' | 'status'> }) {
  const translate = useTranslate();
  return (
    <Stack>
      <Typography variant="body2" color={task.isOverdue ? 'error' : 'text.primary'} sx={{ fontWeight: task.isOverdue ? 600 : 400 }}>
        {formatDay(task.deadline)}
      </Typography>
      {task.status === 'DONE' && task.completedOn && (
        <Typography variant="caption" color="success.main">
          {translate('chibo.task.done_on', { date: formatDay(task.completedOn) })}
        </Typography>
      )}
    </Stack>
  );
}

/**
 * Who answers for a task: a member, or an organization (the branch or one of its party groups). A member is
 * named only to roles that read personal data; the others read "a member".
 */
export function TaskOwner({ task }: { task: Pick<TaskRecord, 'ownerMember' | 'ownerOrganization'> }) {
  const translate = useTranslate();
  const personal = useReadsPersonalData();
  const member = task.ownerMember && (personal ? task.ownerMember.fullName : translate('chibo.task.owner_member'));
  return (
    <Typography variant="body2" component="span">
      {member ?? task.ownerOrganization?.name ?? '—'}
    </Typography>
  );
}

/**
 * "Mark done" in one click, for those who record meetings: the API dates the completion today. Pessimistic,
 * so a refusal (a stale version) is shown rather than undone later.
 */
export function MarkDoneButton({ task }: { task: TaskRecord }) {
  const { canAccess } = useCanAccess({ resource: 'resolutionTasks', action: 'edit' });
  const [update, { isPending }] = useUpdate();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!canAccess || task.status === 'DONE' || task.status === 'CANCELLED') return null;
  const markDone = (event: MouseEvent) => {
    event.stopPropagation();
    update(
      'resolutionTasks',
      { id: task.id, data: { status: 'DONE' }, previousData: task },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('chibo.task.marked_done', { type: 'success' });
          refresh();
        },
        onError: (error) => notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' }),
      },
    );
  };
  return (
    <Button label="chibo.task.mark_done" onClick={markDone} disabled={isPending} size="small" sx={{ whiteSpace: 'nowrap' }}>
      <CheckCircleIcon />
    </Button>
  );
}
