import type { Period } from '@chibo/domain';
import { type EntityManager, LockMode } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { Meeting } from './meeting.entity';
import { refreshLaterRuns, refreshMeetings } from './roster.service';

/** Where a member belonged over a period before a correction: a branch and, maybe, one of its party groups. */
export interface FormerPlacement extends Period {
  branchId: number;
  partyGroupId?: number | null;
}

/** `column` within a half-open period, as SQL and its parameters. */
function within(column: string, period: Period): [string, string[]] {
  return period.to ? [`(${column} >= ? and ${column} < ?)`, [period.from, period.to]] : [`${column} >= ?`, [period.from]];
}

/**
 * Held meetings on a day within one of the periods that concern the member: they have an attendance line of the
 * member, or they are a meeting of the branch or party group the member belongs to on that day, or belonged to
 * before the correction (`former`). One query, by the held day, the organization and the member's rows.
 */
export function meetingsTouching(tem: EntityManager, memberId: number, periods: Period[], former: FormerPlacement[] = []): Promise<Meeting[]> {
  const days = periods.map((p) => within('mt.held_on', p));
  const formerly = former.map((p): [string, unknown[]] => {
    const orgs = [p.branchId, ...(p.partyGroupId ? [p.partyGroupId] : [])];
    const [day, params] = within('mt.held_on', p);
    return [`(mt.organization_id in (${orgs.map(() => '?').join(', ')}) and ${day})`, [...orgs, ...params]];
  });
  const sql = [
    'mt.held_on is not null',
    `(${days.map(([s]) => s).join(' or ')})`,
    `(${[
      'exists (select 1 from attendance a where a.meeting_id = mt.id and a.member_id = ?)',
      'exists (select 1 from membership ms where ms.member_id = ? and ms.from_date <= mt.held_on and (ms.to_date is null or ms.to_date > mt.held_on)'
        + ' and (ms.branch_id = mt.organization_id or ms.party_group_id = mt.organization_id))',
      ...formerly.map(([s]) => s),
    ].join(' or ')})`,
  ].join(' and ');
  const params = [...days.flatMap(([, p]) => p), memberId, memberId, ...formerly.flatMap(([, p]) => p)];
  const qb = (tem as SqlEntityManager).createQueryBuilder(Meeting, 'mt').where(sql, params).orderBy({ heldOn: 'asc', id: 'asc' });
  // On PostgreSQL two corrections touching one meeting take turns (rows locked in one order): the second reads the
  // first's committed history and the meeting's new version, instead of failing on it. SQLite has one writer anyway.
  if (tem.config.get('driver')?.name === 'PostgreSqlDriver') qb.setLockMode(LockMode.PESSIMISTIC_WRITE);
  return qb.getResultList();
}

/**
 * After a correction of a member's memberships, exemptions or special duty over some periods, brings the held meetings
 * it touches up to date in the same transaction: refreshMeeting sets the exclusion of each attendance line from the
 * roster of the day, then the counts, runs and findings. `former` lists where the member belonged before a membership
 * correction. Pending changes are flushed first, so the roster is read as corrected.
 */
export async function refreshMeetingsTouching(tem: EntityManager, memberId: number, periods: Period[], former: FormerPlacement[] = []): Promise<Meeting[]> {
  if (periods.length === 0) return [];
  await tem.flush();
  const meetings = await meetingsTouching(tem, memberId, periods, former);
  await refreshMeetings(tem, meetings);
  // The member's runs of excused absences on later meetings of the year may change with an exclusion.
  const lastOfYear = new Map(meetings.map((m) => [(m.heldOn as string).slice(0, 4), m]));
  for (const last of lastOfYear.values()) await refreshLaterRuns(tem, last, [memberId]);
  await tem.flush();
  return meetings;
}
