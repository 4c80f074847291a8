import { AssignmentKind, quarterPeriod } from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import { parseId } from '../../shared/errors';
import { AppError, ErrorCode } from '../../shared/errors';
import type { Meeting } from '../meeting/meeting.entity';
import type { Member } from '../member/member.entity';
import { Organization } from '../organization/organization.entity';
import { checkQuarterKey } from './supervision.service';
import { SupervisorAssignment } from './supervisor-assignment.entity';

/** One line of the standing committee's attendance schedule (lịch dự sinh hoạt chi bộ) for a quarter. */
export interface ScheduleLine {
  member: string;
  branch: string;
  kind: AssignmentKind;
  /** The planned meeting's day (held, else planned), or null when no meeting is named yet. */
  day: string | null;
  note: string | null;
}

/**
 * The schedule of a quarter under a committee: its rotation visits and the members in charge during the quarter,
 * by day then name. NOT_FOUND (as a missing id) for an organization outside the reader's subtree.
 */
export async function quarterSchedule(em: EntityManager, scopePath: string, organizationId: string, quarter: string): Promise<{ committee: Organization; lines: ScheduleLine[] }> {
  checkQuarterKey(quarter, 'quarter');
  const committee = await em.findOne(Organization, { id: parseId(organizationId, 'organizationId') });
  if (!committee?.path.startsWith(scopePath)) throw new AppError(ErrorCode.NOT_FOUND, 'organizationId: không tìm thấy tổ chức.', 'organizationId');
  const { from, to } = quarterPeriod(quarter) as { from: string; to: string };
  const rows = await em.find(SupervisorAssignment, {
    branch: { path: { $like: `${committee.path}%` } }, from: { $lt: to }, $or: [{ to: null }, { to: { $gt: from } }],
  }, { populate: ['member', 'branch', 'plannedMeeting'] });
  const lines = rows.map((a) => {
    const meeting = a.plannedMeeting as Meeting | null;
    return {
      member: (a.member as Member).fullName, branch: (a.branch as Organization).name, kind: a.kind,
      day: meeting ? (meeting.heldOn ?? meeting.plannedOn ?? null) : null, note: a.note ?? null,
    };
  });
  const key = (l: ScheduleLine) => `${l.kind === AssignmentKind.ROTATION ? 0 : 1}|${l.day ?? '9999'}|${l.member}|${l.branch}`;
  return { committee, lines: lines.sort((a, b) => key(a).localeCompare(key(b), 'vi')) };
}
