import { describe, expect, it } from 'vitest';
import { ThematicTopicArea } from './meetings';
import { checkMemberTaskAssignment, checkThematicPlanItem, memberTaskAssignmentWindow } from './plans';

const today = '2026-11-25';
const fields = (violations: Array<{ field: string }>) => violations.map((v) => v.field);

describe('thematic plan items', () => {
  const item = { year: 2026, quarter: 2, topicArea: ThematicTopicArea.ANTI_CORRUPTION, title: 'Phòng, chống tham nhũng, tiêu cực', reportedOn: '2026-01-10' };

  it('accepts a quarter of the plan reported in the past or today', () => {
    expect(checkThematicPlanItem(item, today)).toEqual([]);
    expect(checkThematicPlanItem({ ...item, reportedOn: today }, today)).toEqual([]);
  });

  it('refuses a year or quarter out of range, a missing title, a report day in the future', () => {
    expect(fields(checkThematicPlanItem({ ...item, year: 1999, quarter: 5, title: ' ', reportedOn: '2026-11-26' }, today)))
      .toEqual(['year', 'quarter', 'title', 'reportedOn']);
    expect(checkThematicPlanItem({ ...item, title: 'x'.repeat(301) }, today)[0].message).toBe('Cần tên chủ đề (tối đa 300 ký tự).');
  });

  it('refuses a second item for the same quarter as a conflict naming the quarter', () => {
    expect(checkThematicPlanItem({ ...item, quarterTaken: true }, today)).toEqual([
      { field: 'quarter', code: 'CONFLICT', message: 'Chi bộ đã có chủ đề quý 2/2026.' },
    ]);
  });
});

describe('member task assignment', () => {
  const task = { year: 2026, description: 'Phụ trách vận động đóng đảng phí', assignedOn: '2026-01-08', memberInBranch: true };

  it('allows the December vote for the next year and any day of the year itself', () => {
    expect(memberTaskAssignmentWindow(2026)).toEqual({ from: '2025-12-01', to: '2027-01-01' });
    expect(checkMemberTaskAssignment({ ...task, assignedOn: '2025-12-01' }, today)).toEqual([]);
    expect(checkMemberTaskAssignment({ ...task, assignedOn: '2025-12-31', year: 2025 }, today)).toEqual([]);
  });

  it('refuses a day outside the window, in the future, or when the member is not in the branch', () => {
    expect(checkMemberTaskAssignment({ ...task, assignedOn: '2025-11-30' }, today)[0].message)
      .toBe('Ngày phân công phải thuộc năm 2026 (hoặc tháng 12 năm trước).');
    expect(checkMemberTaskAssignment({ ...task, assignedOn: '2026-12-31' }, '2027-02-01')).toEqual([]);
    expect(fields(checkMemberTaskAssignment({ ...task, assignedOn: '2027-01-01' }, '2027-02-01'))).toEqual(['assignedOn']);
    expect(checkMemberTaskAssignment({ ...task, year: 2027, assignedOn: '2026-12-01' }, today)[0].message).toBe('Ngày phân công không thể ở tương lai.');
    expect(checkMemberTaskAssignment({ ...task, memberInBranch: false }, today)[0].message).toBe('Đảng viên không sinh hoạt tại chi bộ vào ngày phân công.');
  });

  it('refuses an empty description, a bad year, and a second task of the year from the branch', () => {
    expect(fields(checkMemberTaskAssignment({ ...task, description: '' }, today))).toEqual(['description']);
    expect(fields(checkMemberTaskAssignment({ ...task, year: 2101 }, today))).toEqual(['year', 'assignedOn']);
    expect(checkMemberTaskAssignment({ ...task, alreadyTasked: true }, today)).toEqual([
      { field: 'year', code: 'CONFLICT', message: 'Đảng viên đã được phân công nhiệm vụ năm 2026 tại chi bộ này.' },
    ]);
  });
});
