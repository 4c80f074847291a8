import { describe, expect, it } from 'vitest';
import { TaskStatus } from './meetings';
import { checkResolutionTask, isOverdue, OPEN_TASK_STATUSES } from './resolution-tasks';

const fields = (violations: Array<{ field: string }>) => violations.map((v) => v.field);
const today = '2026-11-25';
const task = {
  description: 'Vận động hộ gia đình phân loại rác', ownerMemberId: 12, ownerMemberInBranch: true, branchName: 'Chi bộ Tổ dân phố số 5',
  meetingHeldOn: '2026-11-03', deadline: '2026-12-31', status: TaskStatus.OPEN,
};

describe('overdue', () => {
  it('is a task not done or cancelled whose deadline is before the day: the deadline day itself is not late', () => {
    expect(isOverdue({ status: TaskStatus.OPEN, deadline: '2026-11-24' }, today)).toBe(true);
    expect(isOverdue({ status: TaskStatus.IN_PROGRESS, deadline: '2026-11-24' }, today)).toBe(true);
    expect(isOverdue({ status: TaskStatus.OPEN, deadline: today }, today)).toBe(false);
    expect(isOverdue({ status: TaskStatus.DONE, deadline: '2026-01-01' }, today)).toBe(false);
    expect(isOverdue({ status: TaskStatus.CANCELLED, deadline: '2026-01-01' }, today)).toBe(false);
  });

  it('gives the SQL side the same statuses the function uses', () => {
    const all = Object.values(TaskStatus);
    expect(all.filter((status) => isOverdue({ status, deadline: '2000-01-01' }, today))).toEqual([...OPEN_TASK_STATUSES]);
  });
});

describe('checkResolutionTask', () => {
  it('accepts a task owned by a member of the branch, due after the meeting', () => {
    expect(checkResolutionTask(task, today)).toEqual([]);
  });

  it('needs exactly one owner, in the branch, naming the field and the branch', () => {
    expect(checkResolutionTask({ ...task, ownerOrganizationId: 7, ownerOrganizationInBranch: true }, today)[0].message)
      .toBe('Cần đúng một người hoặc một tổ chức chịu trách nhiệm.');
    expect(checkResolutionTask({ ...task, ownerMemberId: null }, today).map((v) => [v.field, v.message]))
      .toEqual([['ownerMemberId', 'Cần người hoặc tổ chức chịu trách nhiệm.']]);
    expect(checkResolutionTask({ ...task, ownerMemberInBranch: false }, today)[0].message)
      .toBe('Người chịu trách nhiệm không sinh hoạt tại Chi bộ Tổ dân phố số 5 vào ngày họp.');
    expect(fields(checkResolutionTask({ ...task, ownerMemberId: null, ownerOrganizationId: 99, ownerOrganizationInBranch: false }, today)))
      .toEqual(['ownerOrganizationId']);
  });

  it('refuses a deadline before the meeting day but accepts the meeting day itself', () => {
    expect(checkResolutionTask({ ...task, deadline: '2026-11-02' }, today).map((v) => v.message)).toEqual(['Hạn hoàn thành không thể trước ngày họp.']);
    expect(checkResolutionTask({ ...task, deadline: '2026-11-03' }, today)).toEqual([]);
    expect(fields(checkResolutionTask({ ...task, deadline: null }, today))).toEqual(['deadline']);
  });

  it('needs a done day on a done task, only there, not in the future and not before the meeting', () => {
    const done = { ...task, status: TaskStatus.DONE };
    expect(checkResolutionTask({ ...done, completedOn: today }, today)).toEqual([]);
    expect(checkResolutionTask({ ...done, completedOn: '2026-11-03' }, today)).toEqual([]);
    expect(fields(checkResolutionTask({ ...done, completedOn: null }, today))).toEqual(['completedOn']);
    expect(checkResolutionTask({ ...done, completedOn: '2026-11-26' }, today)[0].message).toBe('Ngày hoàn thành không thể ở tương lai.');
    expect(checkResolutionTask({ ...done, completedOn: '2026-11-02' }, today)[0].message).toBe('Ngày hoàn thành không thể trước ngày họp (03/11/2026).');
    expect(fields(checkResolutionTask({ ...task, status: TaskStatus.CANCELLED, completedOn: '2026-11-20' }, today))).toEqual(['completedOn']);
  });

  it('names the line of a task sent with its resolution, and refuses a description over 500 characters', () => {
    expect(fields(checkResolutionTask({ ...task, description: 'x'.repeat(501), deadline: '2026-10-01' }, today, 'tasks.2.')))
      .toEqual(['tasks.2.description', 'tasks.2.deadline']);
    expect(checkResolutionTask({ ...task, description: 'x'.repeat(500) }, today)).toEqual([]);
  });
});
