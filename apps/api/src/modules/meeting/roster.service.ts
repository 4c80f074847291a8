import {
  AttendanceExclusion, covers, AttendanceStatus, JUDGING_REVISION, judgeMeeting, meetingQuality, type LengthDecision, lengthDecisionFor, maxConsecutiveExcusedOn,
  type MeetingRules, meetingLength, OrganizationKind, pathIds, personSortKey, type RuleSet, tallyAttendance, trailingExcusedRun,
} from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { activeOn } from '../../shared/crud';
import { Exemption } from '../exemption/exemption.entity';
import type { Member } from '../member/member.entity';
import { Membership } from '../membership/membership.entity';
import { MeetingLengthDecision } from '../meeting-rule-set/length-decision.entity';
import { storedRuleSets } from '../meeting-rule-set/meeting-rule-set.queries';
import { Organization } from '../organization/organization.entity';
import { SpecialDuty } from '../special-duty/special-duty.entity';
import { Attendance } from './attendance.entity';
import { Meeting } from './meeting.entity';

/** A member expected on a meeting's roster: who belonged to the organization on the day, and any exclusion. */
export interface RosterMember {
  member: Member;
  exclusion: AttendanceExclusion | null;
  partyGroupId: number | null;
}

/** The day a meeting's roster is taken on: the held day, else the planned day. */
export function meetingDay(m: Pick<Meeting, 'heldOn' | 'plannedOn'>): string | null {
  return m.heldOn ?? m.plannedOn ?? null;
}

/**
 * The roster of an organization on a day, from membership history: members of the branch (or of the party group)
 * on that day, in Vietnamese roll order, each marked when exempt or on special duty that day.
 */
export async function rosterOn(em: EntityManager, organization: Organization, day: string): Promise<RosterMember[]> {
  const where = organization.kind === OrganizationKind.PARTY_GROUP ? { partyGroup: organization.id } : { branch: organization.id };
  const memberships = await em.find(Membership, { ...where, ...activeOn(day) }, { populate: ['member'] });
  const ids = memberships.map((m) => m.member.id);
  if (ids.length === 0) return [];
  const [exempt, duty] = await Promise.all([
    em.find(Exemption, { member: { $in: ids }, ...activeOn(day) }, { fields: ['member'] }),
    em.find(SpecialDuty, { member: { $in: ids }, ...activeOn(day) }, { fields: ['member'] }),
  ]);
  const exemptIds = new Set(exempt.map((e) => e.member.id));
  const dutyIds = new Set(duty.map((e) => e.member.id));
  return memberships
    .map((ms) => ({
      member: ms.member as Member,
      exclusion: exemptIds.has(ms.member.id) ? AttendanceExclusion.EXEMPT : dutyIds.has(ms.member.id) ? AttendanceExclusion.SPECIAL_DUTY : null,
      partyGroupId: ms.partyGroup?.id ?? null,
    }))
    .sort((a, b) => (personSortKey(a.member.fullName) < personSortKey(b.member.fullName) ? -1 : 1));
}

/** The members' runs of excused absences in the year that end at this meeting, for those excused at it. */
async function excusedRunsAt(tem: EntityManager, meeting: Meeting, excusedIds: number[]): Promise<number[]> {
  if (!meeting.heldOn || excusedIds.length === 0) return [];
  const query = (tem as SqlEntityManager).getKnex()('attendance as a')
    .join('meeting as m', 'm.id', 'a.meeting_id')
    .select('a.member_id', 'a.status')
    .whereIn('a.member_id', excusedIds).whereNull('a.exclusion')
    .andWhere('m.held_on', '>=', `${meeting.heldOn.slice(0, 4)}-01-01`).andWhere((q) => q.where('m.held_on', '<', meeting.heldOn as string).orWhere('m.id', meeting.id))
    .orderBy([{ column: 'a.member_id' }, { column: 'm.held_on' }, { column: 'm.id' }]);
  // Inside the caller's transaction (SQLite has one connection; it also sees the sheet just flushed).
  const trx = tem.getTransactionContext();
  const rows: Array<{ member_id: number; status: AttendanceStatus }> = await (trx ? query.transacting(trx) : query);
  const byMember = new Map<number, AttendanceStatus[]>();
  for (const r of rows) byMember.set(Number(r.member_id), [...(byMember.get(Number(r.member_id)) ?? []), r.status]);
  return [...byMember.values()].map(trailingExcusedRun).sort((x, y) => y - x);
}

/** A stored length decision as the domain reads it. */
export function toLengthDecision(row: MeetingLengthDecision): LengthDecision {
  return {
    id: row.id, organizationId: row.organization.id, branchKind: row.branchKind ?? null, minutes: row.minutes, decisionReference: row.decisionReference,
    validFrom: row.validFrom, validTo: row.validTo ?? null,
  };
}

/**
 * The rosters of several held meetings at once, from membership history: one query for the memberships of their
 * organizations over the span of their days, one each for exemptions and special duty; then each meeting's day.
 */
async function rostersOf(tem: EntityManager, meetings: Meeting[]): Promise<Map<number, RosterMember[]>> {
  const out = new Map<number, RosterMember[]>();
  const held = meetings.filter((m) => m.heldOn);
  if (held.length === 0) return out;
  const days = held.map((m) => m.heldOn as string).sort();
  const span = { from: { $lte: days[days.length - 1] }, $or: [{ to: null }, { to: { $gt: days[0] } }] };
  const orgIds = [...new Set(held.map((m) => m.organization.id))];
  const memberships = await tem.find(Membership, { $and: [{ $or: [{ branch: { $in: orgIds } }, { partyGroup: { $in: orgIds } }] }, span] }, { populate: ['member'] });
  const ids = [...new Set(memberships.map((m) => m.member.id))];
  const [exempt, duty] = ids.length
    ? await Promise.all([
        tem.find(Exemption, { member: { $in: ids }, ...span }, { fields: ['member', 'from', 'to'] }),
        tem.find(SpecialDuty, { member: { $in: ids }, ...span }, { fields: ['member', 'from', 'to'] }),
      ])
    : [[], []];
  const on = (p: { from: string; to?: string | null }, day: string) => covers({ from: p.from, to: p.to ?? null }, day);
  for (const m of held) {
    const day = m.heldOn as string;
    const ofGroup = m.organization.id !== m.branch.id;
    const members = memberships.filter((ms) => (ofGroup ? ms.partyGroup?.id === m.organization.id : ms.branch.id === m.organization.id) && on(ms, day));
    out.set(m.id, members.map((ms) => {
      const who = ms.member.id;
      const exclusion = exempt.some((e) => e.member.id === who && on(e, day)) ? AttendanceExclusion.EXEMPT
        : duty.some((d) => d.member.id === who && on(d, day)) ? AttendanceExclusion.SPECIAL_DUTY : null;
      return { member: ms.member as Member, exclusion, partyGroupId: ms.partyGroup?.id ?? null };
    }));
  }
  return out;
}

/** What judging needs beyond the meeting: the stored rule sets and the length decision of each meeting's branch. */
async function judgingContext(tem: EntityManager, meetings: Meeting[]) {
  const sets = await storedRuleSets(tem);
  const branches = new Map((await tem.find(Organization, { id: { $in: [...new Set(meetings.map((m) => m.branch.id))] } })).map((b) => [b.id, b]));
  const orgIds = [...new Set([...branches.values()].flatMap((b) => pathIds(b.path)))];
  const decisions = orgIds.length ? (await tem.find(MeetingLengthDecision, { organization: { $in: orgIds } })).map(toLengthDecision) : [];
  const decisionFor = (m: Meeting): LengthDecision | null => {
    const branch = branches.get(m.branch.id);
    return m.heldOn && branch ? lengthDecisionFor(decisions, { organizationPathIds: pathIds(branch.path), branchKind: branch.branchKind, day: m.heldOn }) : null;
  };
  return { sets, decisionFor };
}

/**
 * Recomputes meetings' attendance counts, the exclusions on their sheets, their members' excused-absence runs and
 * their findings, from the stored sheets, the rosters on their days, the rule sets and length decisions in force.
 * Called inside every write that touches a meeting, its sheet or a member's history on its day. Reads in batches
 * (the sheets, the rosters, the rule sets and decisions: a few statements whatever the number of meetings); a caller
 * that has just read one meeting's roster and written its sheet passes both, so neither is read again.
 */
export async function refreshMeetings(tem: EntityManager, meetings: Meeting[], known?: { roster: RosterMember[]; rows: Attendance[] }): Promise<void> {
  if (meetings.length === 0) return;
  const sheets = new Map<number, Attendance[]>();
  if (known && meetings.length === 1) sheets.set(meetings[0].id, known.rows);
  else {
    for (const row of await tem.find(Attendance, { meeting: { $in: meetings.map((m) => m.id ?? 0) } })) {
      const sheet = sheets.get(row.meeting.id);
      if (sheet) sheet.push(row);
      else sheets.set(row.meeting.id, [row]);
    }
  }
  const recorded = meetings.filter((m) => m.heldOn && (sheets.get(m.id)?.length ?? 0) > 0);
  const rosters = known && meetings.length === 1 ? new Map([[meetings[0].id, known.roster]]) : await rostersOf(tem, recorded);
  const excused = new Map<number, number[]>();
  for (const meeting of meetings) {
    const rows = sheets.get(meeting.id) ?? [];
    let counts = { expected: 0, presentAmongExpected: 0, excused: 0, unexcused: 0 };
    if (meeting.heldOn && rows.length) {
      const roster = rosters.get(meeting.id) ?? [];
      const exclusion = new Map(roster.map((r) => [r.member.id, r.exclusion]));
      for (const row of rows) if ((row.exclusion ?? null) !== (exclusion.get(row.member.id) ?? null)) row.exclusion = exclusion.get(row.member.id) ?? null;
      const byMember = new Map(rows.map((r) => [r.member.id, r]));
      counts = tallyAttendance(roster.map((r) => ({ exclusion: r.exclusion, status: (byMember.get(r.member.id)?.status ?? null) as AttendanceStatus | null })));
      excused.set(meeting.id, rows.filter((r) => r.status === AttendanceStatus.EXCUSED && !r.exclusion).map((r) => r.member.id));
    }
    meeting.expectedCount = counts.expected;
    meeting.presentCount = counts.presentAmongExpected;
    meeting.excusedCount = counts.excused;
    meeting.unexcusedCount = counts.unexcused;
    meeting.attendanceRecorded = rows.length > 0;
  }
  // Flushed first, so the runs read the sheets as saved.
  if ([...excused.values()].some((ids) => ids.length)) await tem.flush();
  const { sets, decisionFor } = await judgingContext(tem, meetings);
  for (const meeting of meetings) {
    const runs = await excusedRunsAt(tem, meeting, excused.get(meeting.id) ?? []);
    if (JSON.stringify(runs) !== JSON.stringify(meeting.excusedRuns ?? [])) meeting.excusedRuns = runs;
    judgeStored(meeting, sets, decisionFor(meeting));
  }
}

/** refreshMeetings for one meeting. */
export function refreshMeeting(tem: EntityManager, meeting: Meeting, known?: { roster: RosterMember[]; rows: Attendance[] }): Promise<void> {
  return refreshMeetings(tem, [meeting], known);
}

/**
 * After a sheet or an exclusion changes, the later held meetings of the same year where one of these members was
 * excused are refreshed too: their runs of excused absences may now start earlier, or be broken.
 */
export async function refreshLaterRuns(tem: EntityManager, meeting: Meeting, memberIds: number[]): Promise<void> {
  if (!meeting.heldOn || memberIds.length === 0) return;
  await tem.flush();
  const query = (tem as SqlEntityManager).getKnex()('attendance as a').join('meeting as m', 'm.id', 'a.meeting_id').distinct('a.meeting_id')
    .whereIn('a.member_id', memberIds).andWhere('a.status', AttendanceStatus.EXCUSED).whereNull('a.exclusion')
    .andWhere('m.held_on', '>', meeting.heldOn).andWhere('m.held_on', '<', `${Number(meeting.heldOn.slice(0, 4)) + 1}-01-01`);
  const trx = tem.getTransactionContext();
  const ids = ((await (trx ? query.transacting(trx) : query)) as Array<{ meeting_id: number }>).map((r) => Number(r.meeting_id));
  if (ids.length === 0) return;
  await refreshMeetings(tem, await tem.find(Meeting, { id: { $in: ids } }, { orderBy: { heldOn: 'asc', id: 'asc' } }));
}

/**
 * Judges a meeting from its stored facts and counts by the rule sets in force on its day (none while only planned)
 * and the length decision that applies, and keeps the findings on it; the row is left untouched when they have not
 * changed.
 */
export function judgeStored(meeting: Meeting, sets: RuleSet<MeetingRules>[], decision: LengthDecision | null): void {
  const limit = meeting.heldOn ? maxConsecutiveExcusedOn(sets, meeting.heldOn) : null;
  const minutes = meetingLength(meeting.startTime, meeting.endTime);
  const findings = meeting.heldOn
    ? judgeMeeting(
        {
          kind: meeting.kind, heldOn: meeting.heldOn, minutes,
          documentsSentOn: meeting.documentsSentOn, stepsDone: meeting.stepsDone ?? [],
          expected: meeting.expectedCount, presentAmongExpected: meeting.presentCount, unexcusedAbsent: meeting.unexcusedCount,
          attendanceRecorded: meeting.attendanceRecorded,
          membersOverExcusedRun: limit ? (meeting.excusedRuns ?? []).filter((run) => run > limit.max).length : 0,
        },
        sets,
        decision,
      )
    : [];
  if (JSON.stringify(findings) !== JSON.stringify(meeting.findings)) meeting.findings = findings;
  meeting.findingCount = findings.length;
  Object.assign(meeting, meetingQuality({ heldOn: meeting.heldOn ?? null, minutes }, findings, sets));
  meeting.judgingRevision = JUDGING_REVISION;
}

/**
 * Judges meetings again from their stored counts and runs, by the stored rule sets and the length decisions of their
 * branches (one query for the branches, one for the decisions): after a rule set changes.
 */
export async function judgeAgain(tem: EntityManager, meetings: Meeting[]): Promise<void> {
  if (meetings.length === 0) return;
  const { sets, decisionFor } = await judgingContext(tem, meetings);
  for (const m of meetings) judgeStored(m, sets, decisionFor(m));
}
