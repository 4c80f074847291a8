import {
  AttendanceExclusion, type AttendanceStatus, invalid, judgeMeeting, type MeetingRules, meetingLength, OrganizationKind, personSortKey, type RuleSet,
  tallyAttendance,
} from '@chibo/domain';
import type { EntityManager, EntityName } from '@mikro-orm/core';
import { activeOn, findOr404, write } from '../../shared/crud';
import { assertValid, parseId } from '../../shared/errors';
import { actorOf } from '../../shared/request-scope';
import { assertWritable } from '../../shared/scope';
import { Exemption } from '../exemption/exemption.entity';
import type { Member } from '../member/member.entity';
import { Membership } from '../membership/membership.entity';
import { Organization } from '../organization/organization.entity';
import { SpecialDuty } from '../special-duty/special-duty.entity';
import { MeetingRuleSet, toRuleSet } from './meeting-rule-set.entity';
import { Attendance, type Meeting } from './meeting.entity';

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

/** Every stored meeting rule set, as the domain reads them. */
export async function storedRuleSets(em: EntityManager) {
  const rows = await em.find(MeetingRuleSet, {}, { orderBy: { validFrom: 'asc', id: 'asc' } });
  return rows.map(toRuleSet);
}

/**
 * Recomputes a meeting's attendance counts and its findings from the stored attendance, the roster on the day
 * and the rule sets in force on that day. Called inside every write that touches the meeting or its sheet.
 */
export async function refreshMeeting(tem: EntityManager, meeting: Meeting): Promise<void> {
  const rows = await tem.find(Attendance, { meeting: meeting.id ?? 0 });
  const recorded = rows.length > 0;
  let counts = { expected: 0, presentAmongExpected: 0, excused: 0, unexcused: 0 };
  if (meeting.heldOn && recorded) {
    const organization = await tem.findOneOrFail(Organization, meeting.organization.id);
    const roster = await rosterOn(tem, organization, meeting.heldOn);
    const byMember = new Map(rows.map((r) => [r.member.id, r]));
    counts = tallyAttendance(roster.map((r) => ({ exclusion: r.exclusion, status: (byMember.get(r.member.id)?.status ?? null) as AttendanceStatus | null })));
  }
  meeting.expectedCount = counts.expected;
  meeting.presentCount = counts.presentAmongExpected;
  meeting.excusedCount = counts.excused;
  meeting.unexcusedCount = counts.unexcused;
  meeting.attendanceRecorded = recorded;
  judgeStored(meeting, await storedRuleSets(tem));
}

/**
 * Judges a meeting from its stored facts and counts by the rule sets in force on its day (none while only planned),
 * and keeps the findings on it; the row is left untouched when they have not changed.
 */
export function judgeStored(meeting: Meeting, sets: RuleSet<MeetingRules>[]): void {
  const findings = meeting.heldOn
    ? judgeMeeting(
        {
          kind: meeting.kind, heldOn: meeting.heldOn, minutes: meetingLength(meeting.startTime, meeting.endTime),
          documentsSentOn: meeting.documentsSentOn, stepsDone: meeting.stepsDone ?? [],
          expected: meeting.expectedCount, presentAmongExpected: meeting.presentCount, unexcusedAbsent: meeting.unexcusedCount,
        },
        sets,
      )
    : [];
  if (JSON.stringify(findings) !== JSON.stringify(meeting.findings)) meeting.findings = findings;
  meeting.findingCount = findings.length;
}

/** The branch a meeting belongs to: the organization itself, or a party group's branch. Refuses other kinds. */
export async function meetingBranch(tem: EntityManager, organization: Organization, field: string): Promise<Organization> {
  if (organization.kind === OrganizationKind.BRANCH) return organization;
  if (organization.kind === OrganizationKind.PARTY_GROUP && organization.parent) return tem.findOneOrFail(Organization, organization.parent.id);
  assertValid([invalid(field, 'Chỉ chi bộ hoặc tổ đảng tổ chức sinh hoạt.')]);
  throw new Error('unreachable');
}

/** Refuses a write to a branch outside the acting user's subtree. */
export function assertBranchWritable(tem: EntityManager, branch: Organization, field: string, what?: string): void {
  assertWritable(actorOf(tem).viewer?.scopePath ?? '/', branch.path, field, what);
}

/** Whether a member belongs to a branch on a day. */
export async function inBranchOn(tem: EntityManager, memberId: number, branchId: number, day: string): Promise<boolean> {
  return (await tem.count(Membership, { member: memberId, branch: branchId, ...activeOn(day) })) > 0;
}

/** Rows that hang off a branch (resolutions, tasks, reviews, plan items, member tasks). */
type BranchRow = { id: number; version: number; branch: { id: number } };

/** Loads such a row for a write: NOT_FOUND naming `id` when it is missing or its branch is outside the user's subtree. */
export async function writableBranchRow<T extends BranchRow>(tem: EntityManager, entity: EntityName<T>, id: string, what: string): Promise<T> {
  const row = await findOr404(tem, entity, parseId(id, 'id'), 'id', what);
  assertBranchWritable(tem, await tem.findOneOrFail(Organization, row.branch.id), 'id', what);
  return row;
}

/** Deletes such a row entered by mistake, in one transaction, and returns it as it was. */
export function deleteBranchRow<T extends BranchRow>(em: EntityManager, entity: EntityName<T>, id: string, what: string): Promise<T> {
  return write(em, async (tem) => {
    const row = await writableBranchRow(tem, entity, id, what);
    const snapshot = { ...row } as T;
    tem.remove(row);
    await tem.flush();
    return snapshot;
  });
}

/** A list filter on the branch column: the organization itself, or (with descendants) every branch below it. */
export async function branchCondition(em: EntityManager, id: string | undefined, descendants: boolean | undefined, field: string) {
  if (id == null) return undefined;
  const orgId = parseId(id, field);
  if (!descendants) return { branch: orgId };
  const org = await em.findOne(Organization, { id: orgId }, { fields: ['path'] });
  return { branch: { path: { $like: `${org?.path ?? '/none/'}%` } } };
}
