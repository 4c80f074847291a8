import {
  AttendanceExclusion, type AttendanceStatus, invalid, judgeMeeting, type MeetingRules, meetingLength, OrganizationKind, personSortKey, type RuleSet,
  tallyAttendance,
} from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import { activeOn } from '../../shared/crud';
import { assertValid } from '../../shared/errors';
import { Exemption } from '../exemption/exemption.entity';
import type { Member } from '../member/member.entity';
import { Membership } from '../membership/membership.entity';
import { storedRuleSets } from '../meeting-rule-set/meeting-rule-set.service';
import { Organization } from '../organization/organization.entity';
import { SpecialDuty } from '../special-duty/special-duty.entity';
import { Attendance } from './attendance.entity';
import type { Meeting } from './meeting.entity';

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

/**
 * Recomputes a meeting's attendance counts and its findings from the stored attendance, the roster on the day
 * and the rule sets in force on that day. Called inside every write that touches the meeting or its sheet; a caller
 * that has just read the roster and written the sheet passes both, so neither is read again.
 */
export async function refreshMeeting(tem: EntityManager, meeting: Meeting, known?: { roster: RosterMember[]; rows: Array<Pick<Attendance, 'member' | 'status'>> }): Promise<void> {
  const rows = known?.rows ?? (await tem.find(Attendance, { meeting: meeting.id ?? 0 }));
  const recorded = rows.length > 0;
  let counts = { expected: 0, presentAmongExpected: 0, excused: 0, unexcused: 0 };
  if (meeting.heldOn && recorded) {
    const roster = known?.roster ?? (await rosterOn(tem, await tem.findOneOrFail(Organization, meeting.organization.id), meeting.heldOn));
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

