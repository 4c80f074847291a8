import { formatDay, isIsoDate } from './dates';
import { TaskStatus } from './meetings';
import { invalid, type Violation } from './violation';

/**
 * Overdue, the one definition: a task is overdue on a day when its status is one of OPEN_TASK_STATUSES (not done,
 * not cancelled) and its deadline (the last day to complete it) is before that day. In SQL:
 * `status IN (OPEN_TASK_STATUSES) AND deadline < :day`, e.g. `{ status: { $in: OPEN_TASK_STATUSES }, deadline: { $lt: day } }`.
 */
export const OPEN_TASK_STATUSES: readonly TaskStatus[] = Object.freeze([TaskStatus.OPEN, TaskStatus.IN_PROGRESS]);

/** Whether a task is overdue on a day (see OPEN_TASK_STATUSES). */
export function isOverdue(task: { status: TaskStatus; deadline: string }, day: string): boolean {
  return OPEN_TASK_STATUSES.includes(task.status) && task.deadline < day;
}

/** A resolution task as it would be stored, with what was looked up about its owner. */
export interface ResolutionTaskFacts {
  description?: string | null;
  ownerMemberId?: number | null;
  ownerOrganizationId?: number | null;
  /** The owner member belongs to the branch on the meeting day; leave out when there is no owner member. */
  ownerMemberInBranch?: boolean | null;
  /** The owner organization is the branch or one of its party groups; leave out when there is none. */
  ownerOrganizationInBranch?: boolean | null;
  /** Name of the meeting's branch, for messages. */
  branchName: string;
  /** Day the resolution's meeting was held. */
  meetingHeldOn?: string | null;
  deadline?: string | null;
  status: TaskStatus;
  /** Day completed: required when DONE, absent otherwise, not in the future, not before the meeting. */
  completedOn?: string | null;
}

/**
 * Refusals for a resolution task: a description of at most 500 characters; exactly one owner (a member of the
 * branch on the meeting day, or the branch or one of its party groups); a deadline not before the meeting; a done
 * day only on a done task, not in the future and not before the meeting. Fields are named with `prefix`
 * (e.g. "tasks.2.").
 */
export function checkResolutionTask(t: ResolutionTaskFacts, today: string, prefix = ''): Violation[] {
  const out: Violation[] = [];
  const add = (field: string, message: string) => out.push(invalid(`${prefix}${field}`, message));
  if (!t.description?.trim() || t.description.length > 500) add('description', 'Cần nội dung nhiệm vụ (tối đa 500 ký tự).');
  const hasMember = t.ownerMemberId != null;
  const hasOrganization = t.ownerOrganizationId != null;
  if (hasMember && hasOrganization) add('ownerMemberId', 'Cần đúng một người hoặc một tổ chức chịu trách nhiệm.');
  else if (!hasMember && !hasOrganization) add('ownerMemberId', 'Cần người hoặc tổ chức chịu trách nhiệm.');
  if (hasMember && t.ownerMemberInBranch === false) add('ownerMemberId', `Người chịu trách nhiệm không sinh hoạt tại ${t.branchName} vào ngày họp.`);
  if (hasOrganization && t.ownerOrganizationInBranch === false) {
    add('ownerOrganizationId', 'Tổ chức chịu trách nhiệm phải là chi bộ hoặc tổ đảng của chi bộ.');
  }
  if (!t.deadline || !isIsoDate(t.deadline)) add('deadline', 'Cần hạn hoàn thành (YYYY-MM-DD).');
  else if (t.meetingHeldOn && t.deadline < t.meetingHeldOn) add('deadline', 'Hạn hoàn thành không thể trước ngày họp.');
  if (t.status === TaskStatus.DONE && !t.completedOn) add('completedOn', 'Nhiệm vụ đã hoàn thành cần ngày hoàn thành.');
  if (t.completedOn) {
    if (!isIsoDate(t.completedOn)) add('completedOn', 'Ngày không hợp lệ (YYYY-MM-DD).');
    else if (t.status !== TaskStatus.DONE) add('completedOn', 'Chỉ nhiệm vụ đã hoàn thành mới có ngày hoàn thành.');
    else if (t.completedOn > today) add('completedOn', 'Ngày hoàn thành không thể ở tương lai.');
    else if (t.meetingHeldOn && t.completedOn < t.meetingHeldOn) {
      add('completedOn', `Ngày hoàn thành không thể trước ngày họp (${formatDay(t.meetingHeldOn)}).`);
    }
  }
  return out;
}

