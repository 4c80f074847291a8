import {
  checkMember, checkMembership, MemberStatus, OrganizationKind, overlaps, ruleSetInForce, STRUCTURE_RULE_SETS,
} from '@chibo/domain';
import { describe, expect, it } from 'vitest';
import { generate } from './generator';
import { generateMeetings, UNMET_BRANCH } from './meetings';

const rows = generate({ seed: 42, wards: 1, today: '2026-11-01' });
const rules = ruleSetInForce(STRUCTURE_RULE_SETS, '2026-11-01').rules;
type Row = Record<string, any>;

describe('the demo ward generator', () => {
  it('builds a ward of the size of the new Long Biên ward', () => {
    const live = rows.organizations.filter((o) => o.dissolvedOn === null);
    const branches = live.filter((o) => o.kind === OrganizationKind.BRANCH);
    expect(branches.length).toBeGreaterThanOrEqual(65);
    expect(branches.length).toBeLessThanOrEqual(75);
    expect(rows.members.length).toBeGreaterThan(2300);
    expect(rows.members.length).toBeLessThan(3200);
    expect(live.filter((o) => o.kind === OrganizationKind.PARTY_GROUP).length).toBeGreaterThanOrEqual(9);
    expect(rows.members.some((m) => m.status === MemberStatus.PROBATIONARY)).toBe(true);
    expect(rows.exemptions.length).toBeGreaterThan(0);
    expect(rows.specialDuties.length).toBeGreaterThan(0);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(generate({ seed: 42, wards: 1, today: '2026-11-01' }))).toBe(JSON.stringify(rows));
  });

  it('writes only data the API itself would accept', () => {
    const orgs = new Map<number, Row>(rows.organizations.map((o) => [o.id as number, o]));
    const byMember = new Map<number, Row[]>();
    for (const m of rows.memberships) byMember.set(m.member as number, [...(byMember.get(m.member as number) ?? []), m]);
    for (const member of rows.members) {
      expect(checkMember(member as never, rules), String(member.fullName)).toEqual([]);
      const own = byMember.get(member.id as number) ?? [];
      expect(own.length).toBeGreaterThan(0);
      for (const ms of own) {
        const branch = orgs.get(ms.branch)!;
        const group = ms.partyGroup ? orgs.get(ms.partyGroup)! : null;
        const violations = checkMembership(
          { id: ms.id, memberId: member.id as number, from: ms.from, to: ms.to },
          { id: branch.id, kind: branch.kind, foundedOn: branch.foundedOn, dissolvedOn: branch.dissolvedOn },
          group ? { kind: group.kind, foundedOn: group.foundedOn, dissolvedOn: group.dissolvedOn, parentId: group.parent } : null,
          own.map((o) => ({ id: o.id, memberId: member.id as number, from: o.from, to: o.to })),
          member as never,
        );
        expect(violations, `${member.fullName} in ${branch.name}`).toEqual([]);
      }
    }
  });

  it('gives each branch one secretary at a time and a committee only where 9 official members allow one', () => {
    for (const branch of rows.organizations.filter((o) => o.kind === OrganizationKind.BRANCH && o.dissolvedOn === null)) {
      const terms = rows.positions.filter((p) => p.organization === branch.id);
      const secretaries = terms.filter((p) => p.role === 'BRANCH_SECRETARY');
      expect(secretaries.length, branch.name as string).toBe(1);
      const members = rows.memberships.filter((m) => m.branch === branch.id && m.to === null).map((m) => m.member);
      const officials = rows.members.filter((m) => members.includes(m.id) && m.officialOn && m.officialOn <= '2025-07-01').length;
      if (terms.some((p) => p.role === 'BRANCH_COMMITTEE_MEMBER')) expect(officials).toBeGreaterThanOrEqual(rules.minOfficialMembersForCommittee);
      expect(terms.length).toBeLessThanOrEqual(rules.maxCommitteeSeats);
      for (const a of terms) for (const b of terms) if (a !== b && a.member === b.member && a.role === b.role) expect(overlaps(a as never, b as never)).toBe(false);
    }
  });
});

describe('the demo year of meetings', () => {
  const today = '2026-11-25';
  const meetings = generateMeetings(rows, { seed: 42, today });
  const held = meetings.meetings.filter((m) => m.heldOn != null);

  it('is deterministic and has a year of meetings with their attendance, resolutions and tasks', () => {
    expect(JSON.stringify(generateMeetings(rows, { seed: 42, today }))).toBe(JSON.stringify(meetings));
    expect(new Set(held.map((m) => m.month)).size).toBe(12);
    expect(meetings.attendance.length).toBeGreaterThan(held.length * 20);
    expect(meetings.resolutions.length).toBeGreaterThan(500);
    expect(meetings.tasks.length).toBeGreaterThanOrEqual(meetings.resolutions.length * 2);
  });

  it('never holds a meeting after today, and holds at most one regular meeting per branch and month', () => {
    expect(held.every((m) => (m.heldOn as string) <= today)).toBe(true);
    const keys = meetings.meetings.filter((m) => m.regularMonth).map((m) => `${m.organization}|${m.regularMonth}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('records attendance only for members of the branch on the day, and counts by the convention', () => {
    const byId = new Map(meetings.meetings.map((m) => [m.id, m]));
    for (const a of meetings.attendance.slice(0, 3000)) {
      const m = byId.get(a.meeting) as Row;
      const day = m.heldOn as string;
      expect(rows.memberships.some((ms: Row) => ms.member === a.member && ms.branch === m.branch && ms.from <= day && (ms.to == null || ms.to > day))).toBe(true);
    }
    const first = held[0];
    const lines = meetings.attendance.filter((a) => a.meeting === first.id);
    expect(first.expectedCount).toBe(lines.filter((l) => !l.exclusion).length);
    expect(first.presentCount).toBe(lines.filter((l) => !l.exclusion && l.status === 'PRESENT').length);
  });

  it('keeps shortfalls the alerts and findings must show', () => {
    const unmet = rows.organizations.find((o) => o.name === UNMET_BRANCH) as Row;
    expect(meetings.meetings.some((m) => m.organization === unmet.id && m.regularMonth === '2026-11' && m.heldOn)).toBe(false);
    const codes = new Set(held.flatMap((m) => (m.findings as Array<{ code: string }>).map((f) => f.code)));
    expect([...codes].sort()).toEqual(['ATTENDANCE_BELOW_THRESHOLD', 'DOCUMENTS_LATE', 'EXCUSED_RUN', 'HELD_AFTER_FIRST_WEEK', 'PROCEDURE_INCOMPLETE', 'TOO_SHORT', 'UNEXCUSED_ABSENCE']);
    expect(meetings.tasks.some((t) => t.status !== 'DONE' && (t.deadline as string) < today)).toBe(true);
  });
});
