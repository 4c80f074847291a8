import { isIsoDate, type Period } from './dates';
import { ThematicTopicArea } from './meetings';
import { conflict, invalid, type Violation } from './violation';

/** Refusal for a plan year outside 2000–2100. */
export function checkPlanYear(year: number, field = 'year'): Violation[] {
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? [] : [invalid(field, 'Năm từ 2000 đến 2100.')];
}

/** One quarter of a branch's thematic plan as it would be stored. */
export interface ThematicPlanItemFacts {
  year: number;
  quarter: number;
  topicArea?: ThematicTopicArea | null;
  title?: string | null;
  reportedOn?: string | null;
  /** The branch already has a plan item for this year and quarter (another row). */
  quarterTaken?: boolean;
}

/** Refusals for a thematic plan item: year, quarter 1–4, a title, a report day not in the future, one item a quarter. */
export function checkThematicPlanItem(item: ThematicPlanItemFacts, today: string): Violation[] {
  const out = checkPlanYear(item.year);
  if (!Number.isInteger(item.quarter) || item.quarter < 1 || item.quarter > 4) out.push(invalid('quarter', 'Quý từ 1 đến 4.'));
  if (item.topicArea != null && !Object.values(ThematicTopicArea).includes(item.topicArea)) out.push(invalid('topicArea', 'Lĩnh vực chủ đề không hợp lệ.'));
  if (!item.title?.trim() || item.title.length > 300) out.push(invalid('title', 'Cần tên chủ đề (tối đa 300 ký tự).'));
  if (item.reportedOn != null && !isIsoDate(item.reportedOn)) out.push(invalid('reportedOn', 'Ngày không hợp lệ (YYYY-MM-DD).'));
  else if (item.reportedOn && item.reportedOn > today) out.push(invalid('reportedOn', 'Ngày báo cáo không thể ở tương lai.'));
  if (out.length === 0 && item.quarterTaken) out.push(conflict('quarter', `Chi bộ đã có chủ đề quý ${item.quarter}/${item.year}.`));
  return out;
}

/**
 * The days on which a member's task for a year may be assigned: from 1 December of the year before (the vote for
 * the next year) to the end of the year, as a half-open period.
 */
export function memberTaskAssignmentWindow(year: number): Period & { to: string } {
  return { from: `${year - 1}-12-01`, to: `${year + 1}-01-01` };
}

/** A member's task for a year as it would be stored, with what was looked up about the member. */
export interface MemberTaskFacts {
  year: number;
  description?: string | null;
  assignedOn: string;
  /** The member belongs to the branch on the day assigned; leave out when not looked up. */
  memberInBranch?: boolean | null;
  /** The member already has a task for the year from this branch (another row). */
  alreadyTasked?: boolean;
}

/**
 * Refusals for a member task: the year, a description of at most 500 characters, assigned inside the year's window
 * and not in the future, to a member of the branch on that day, once a year per branch.
 */
export function checkMemberTaskAssignment(task: MemberTaskFacts, today: string): Violation[] {
  const out = checkPlanYear(task.year);
  if (!task.description?.trim() || task.description.length > 500) out.push(invalid('description', 'Cần nội dung nhiệm vụ (tối đa 500 ký tự).'));
  const window = memberTaskAssignmentWindow(task.year);
  if (!isIsoDate(task.assignedOn)) out.push(invalid('assignedOn', 'Ngày không hợp lệ (YYYY-MM-DD).'));
  else if (task.assignedOn < window.from || task.assignedOn >= window.to) {
    out.push(invalid('assignedOn', `Ngày phân công phải thuộc năm ${task.year} (hoặc tháng 12 năm trước).`));
  } else if (task.assignedOn > today) out.push(invalid('assignedOn', 'Ngày phân công không thể ở tương lai.'));
  else if (task.memberInBranch === false) out.push(invalid('assignedOn', 'Đảng viên không sinh hoạt tại chi bộ vào ngày phân công.'));
  if (out.length === 0 && task.alreadyTasked) out.push(conflict('year', `Đảng viên đã được phân công nhiệm vụ năm ${task.year} tại chi bộ này.`));
  return out;
}
