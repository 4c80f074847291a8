import {
  AssignmentKind, addDays, assignmentPeriod, checkMember, checkMembership, checkSupervisorAssignment, COMMITTEE_ROLES, covers, GuestRole, MEETING_RULE_SETS, MemberStatus,
  OrganizationKind, overlaps, PilotKind, PositionRole, pilotRangesOn, quarterKeyOf, quarterPeriod, rotationRespected, ruleSetInForce, STANDING_ROLES, STRUCTURE_RULE_SETS,
} from '@chibo/domain';
import { describe, expect, it } from 'vitest';
import { generate } from './generator';
import { generateMeetings, meetingInputs, meetingsByWard, type MeetingSeedRows, UNMET_BRANCH, wardSlices } from './meetings';
import { rotationQuartersOn } from './supervision';

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

/** A year of meetings up to a day late in a quarter, with their supervision. */
const meetingsToday = '2026-11-25';
const yearOfMeetings = generateMeetings(rows, { seed: 42, today: meetingsToday });

describe('the demo year of meetings', () => {
  const today = meetingsToday;
  const meetings = yearOfMeetings;
  const held = meetings.meetings.filter((m) => m.heldOn != null);

  it('is deterministic, supervision included, and has a year of meetings with their attendance, resolutions and tasks', () => {
    const again = generateMeetings(rows, { seed: 42, today });
    expect(JSON.stringify(again)).toBe(JSON.stringify(meetings));
    expect(again.assignments.length * again.pilots.length * again.pilotGuides.length * again.guests.length).toBeGreaterThan(0);
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

describe('the demo supervision and pilots', () => {
  const today = meetingsToday;
  const meetings = yearOfMeetings;
  const committee = rows.organizations.find((o) => o.kind === OrganizationKind.WARD_COMMITTEE && o.dissolvedOn === null) as Row;
  const meetingById = new Map<number, Row>(meetings.meetings.map((m) => [m.id as number, m]));
  const orgById = new Map<number, Row>(rows.organizations.map((o) => [o.id as number, o]));
  const existingOn = (day: string) => (rows.organizations as Row[]).filter((o) => o.kind === OrganizationKind.BRANCH && (o.path as string).startsWith(committee.path)
    && o.foundedOn <= day && (o.dissolvedOn == null || o.dissolvedOn > day));
  const posts = (roles: readonly string[], period: { from: string; to: string | null }) =>
    rows.positions.filter((p) => p.organization === committee.id && roles.includes(p.role as string) && overlaps(p as never, period));
  /** Visits as the API reads them: a committee member recorded as a guest at a held meeting. */
  const visits = meetings.guests.filter((g) => g.member != null && meetingById.get(g.meeting as number)?.heldOn != null)
    .map((g) => { const m = meetingById.get(g.meeting as number)!; return { member: g.member as number, branch: m.branch as number, meeting: m.id as number, day: m.heldOn as string, role: g.role }; });
  const visitsIn = (quarter: string) => { const p = quarterPeriod(quarter); return visits.filter((v) => v.day >= p.from && v.day < p.to && v.role === GuestRole.COMMITTEE_MEMBER); };
  const current = quarterKeyOf(today);
  const previous = quarterKeyOf(addDays(quarterPeriod(current).from, -1));
  const rotations = meetings.assignments.filter((a) => a.kind === AssignmentKind.ROTATION);
  const inCharge = meetings.assignments.filter((a) => a.kind === AssignmentKind.IN_CHARGE);
  const heldIn = (branch: number, quarter: string, from = '0000') => {
    const p = quarterPeriod(quarter);
    return meetings.meetings.filter((m) => m.branch === branch && m.heldOn != null && (m.heldOn as string) >= p.from && (m.heldOn as string) >= from && (m.heldOn as string) < p.to);
  };

  it('writes only assignments the API would accept, and each guest once per meeting at a held meeting', () => {
    for (const a of meetings.assignments) {
      const branch = orgById.get(a.branch as number)!;
      const period = assignmentPeriod(a as never)!;
      const roles = a.kind === AssignmentKind.ROTATION ? STANDING_ROLES : COMMITTEE_ROLES;
      const planned = a.plannedMeeting == null ? null : meetingById.get(a.plannedMeeting as number)!;
      const plannedDay = planned ? ((planned.heldOn ?? planned.plannedOn) as string) : null;
      expect(checkSupervisorAssignment({
        kind: a.kind as AssignmentKind, quarter: a.quarter as string | null, from: a.kind === AssignmentKind.ROTATION ? null : (a.from as string), to: a.to as string | null,
        memberQualifies: rows.positions.some((p) => p.member === a.member && p.organization === committee.id && roles.includes(p.role as PositionRole) && overlaps(p as never, period)),
        branchExists: overlaps({ from: branch.foundedOn, to: branch.dissolvedOn }, period),
        plannedMeetingFits: planned ? planned.branch === a.branch && covers(period, plannedDay as string) : null,
        overlaps: meetings.assignments.some((b) => b !== a && b.member === a.member && b.branch === a.branch && b.kind === a.kind && overlaps(b as never, a as never)),
      }), JSON.stringify(a)).toEqual([]);
    }
    const keys = meetings.guests.map((g) => `${g.meeting}|${g.member}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(meetings.guests.every((g) => meetingById.get(g.meeting as number)?.heldOn != null)).toBe(true);
  });

  it('puts a committee member in charge of every branch from the start of the term, attending it every quarter but once this quarter', () => {
    const live = existingOn(today);
    for (const branch of live) {
      const own = inCharge.filter((a) => a.branch === branch.id && a.to == null && (a.from as string) <= today);
      expect(own.length, branch.name as string).toBe(1);
      const post = posts([PositionRole.WARD_COMMITTEE_MEMBER, PositionRole.WARD_DEPUTY_SECRETARY], { from: own[0].from as string, to: null }).find((p) => p.member === own[0].member);
      expect(post, branch.name as string).toBeDefined();
      expect(own[0].from).toBe([post!.from as string, branch.foundedOn as string].sort().at(-1));
    }
    // Every committee member is in charge of some branch when there are branches enough.
    expect(new Set(inCharge.map((a) => a.member)).size).toBe(posts([PositionRole.WARD_COMMITTEE_MEMBER], { from: today, to: null }).length);
    const quarters = [...new Set(meetings.meetings.filter((m) => m.heldOn).map((m) => quarterKeyOf(m.heldOn as string)))].sort();
    expect(quarters.at(-1)).toBe(current);
    const unattended = (quarter: string) => inCharge.filter((a) => heldIn(a.branch as number, quarter, a.from as string).length > 0
      && !visitsIn(quarter).some((v) => v.member === a.member && v.branch === a.branch));
    for (const quarter of quarters.slice(0, -1)) expect(unattended(quarter), quarter).toEqual([]);
    expect(unattended(current)).toHaveLength(1);
  });

  it('gives each standing member one rotation visit a quarter, at a meeting of the quarter, on distinct branches away from last quarter’s', () => {
    const quarters = [...new Set(rotations.map((a) => a.quarter as string))].sort();
    expect(quarters.length).toBeGreaterThanOrEqual(4);
    for (const [i, quarter] of quarters.entries()) {
      const period = quarterPeriod(quarter);
      const standing = new Set(posts(STANDING_ROLES, period).map((p) => p.member));
      const own = rotations.filter((a) => a.quarter === quarter);
      expect(own.map((a) => a.member).sort(), quarter).toEqual([...standing].sort());
      expect(new Set(own.map((a) => a.branch)).size, quarter).toBe(own.length);
      for (const a of own) {
        const planned = meetingById.get(a.plannedMeeting as number)!;
        expect(planned.branch).toBe(a.branch);
        expect(covers(period, (planned.heldOn ?? planned.plannedOn) as string)).toBe(true);
        if (i > 0) expect(visitsIn(quarters[i - 1]).some((v) => v.member === a.member && v.branch === a.branch), `${quarter} ${a.member}`).toBe(false);
      }
    }
  });

  it('keeps the supervision shortfalls: a missed planned visit, the member behind, and a branch visited two quarters running', () => {
    const now = visitsIn(current);
    const missed = rotations.filter((a) => a.quarter === current && meetingById.get(a.plannedMeeting as number)!.heldOn != null
      && !now.some((v) => v.member === a.member && v.meeting === a.plannedMeeting));
    expect(missed).toHaveLength(1);
    // Behind: no visit at all this quarter.
    expect(now.filter((v) => v.member === missed[0].member)).toEqual([]);
    const standing = posts(STANDING_ROLES, quarterPeriod(current)).map((p) => p.member as number);
    const depth = rotationQuartersOn(quarterPeriod(current).from);
    expect(depth).toBeGreaterThan(0);
    const before = visitsIn(previous);
    const repeated = now.filter((v) => standing.includes(v.member)
      && !rotationRespected(v.branch, [before.filter((b) => b.member === v.member).map((b) => b.branch)], depth));
    expect(repeated).toHaveLength(1);
    expect(rotations.some((a) => a.quarter === current && a.member === repeated[0].member && a.branch === repeated[0].branch)).toBe(false);
  });

  it('chooses the year’s pilots inside the plan’s shares, each guided by two committee members and observed by other branches’ secretaries', () => {
    const year = Number(today.slice(0, 4));
    const branches = existingOn(today).length;
    const ranges = pilotRangesOn(MEETING_RULE_SETS, today)!;
    const count = (kind: PilotKind) => meetings.pilots.filter((p) => p.year === year && p.kind === kind).length;
    for (const [kind, range] of [[PilotKind.REGULAR_MEETING, ranges.regular!], [PilotKind.THEMATIC_MEETING, ranges.thematic!]] as const) {
      expect(count(kind), kind).toBeGreaterThanOrEqual(1);
      expect(count(kind) / branches, kind).toBeGreaterThanOrEqual(range.min);
      expect(count(kind) / branches, kind).toBeLessThanOrEqual(range.max);
    }
    const groupPilots = meetings.pilots.filter((p) => p.kind === PilotKind.PARTY_GROUP_MEETING);
    expect(groupPilots).toHaveLength(1);
    expect(rows.organizations.some((o) => o.kind === OrganizationKind.PARTY_GROUP && o.parent === groupPilots[0].branch)).toBe(true);
    const committeeMembers = new Set(posts(COMMITTEE_ROLES, { from: `${year}-01-01`, to: `${year + 1}-01-01` }).map((p) => p.member));
    for (const pilot of meetings.pilots) {
      const guides = meetings.pilotGuides.filter((g) => g.pilot === pilot.id).map((g) => g.member);
      expect(new Set(guides).size, String(pilot.id)).toBe(2);
      expect(guides.every((m) => committeeMembers.has(m))).toBe(true);
    }
    const pilotBranches = new Set(meetings.pilots.map((p) => p.branch));
    const observers = visits.filter((v) => v.role === GuestRole.OBSERVING_SECRETARY);
    expect(observers.length).toBeGreaterThan(0);
    for (const o of observers) {
      expect(pilotBranches.has(o.branch)).toBe(true);
      expect(committeeMembers.has(o.member)).toBe(false);
      expect(rows.positions.some((p) => p.member === o.member && p.role === PositionRole.BRANCH_SECRETARY && p.organization !== o.branch && covers(p as never, o.day))).toBe(true);
    }
  });
});

describe('a city year of meetings, made ward by ward', () => {
  const options = { seed: 42, today: '2026-11-01' };
  const city = generate({ seed: 42, wards: 2, today: '2026-11-01' });
  const wards = [...meetingsByWard(city, options)];
  const tables = Object.keys(wards[0]) as Array<keyof MeetingSeedRows>;
  type Row = Record<string, any>;

  it('cuts the structure into wards: one ward is the whole demo, two share only a member who moved', () => {
    const one = wardSlices(rows);
    expect(one.slices).toHaveLength(1);
    expect(JSON.stringify(one.slices[0])).toBe(JSON.stringify(rows));
    expect(one.crossWard.size).toBe(0);
    const two = wardSlices(city);
    expect(two.slices).toHaveLength(2);
    expect(two.slices[0].organizations.length + two.slices[1].organizations.length).toBe(city.organizations.length);
    expect(two.slices[0].memberships.length + two.slices[1].memberships.length).toBe(city.memberships.length);
    // The generator's one move between the two wards: from the first ward's last residential branch to the next ward.
    expect(two.crossWard.size).toBe(1);
    const [moved] = two.crossWard;
    const wardOf = new Map<number, number>(city.organizations.map((o) => [o.id as number, o.ward as number]));
    const own = city.memberships.filter((m) => m.member === moved).sort((a, b) => String(a.from).localeCompare(String(b.from)));
    expect(own).toHaveLength(2);
    expect(wardOf.get(own[0].branch as number)).toBeLessThan(wardOf.get(own[1].branch as number) as number);
    for (const slice of two.slices) expect(slice.members.some((m) => m.id === moved)).toBe(true);
  });

  it('gives the same rows on every run, and the rows generateMeetings gives at once', () => {
    const again = [...meetingsByWard(generate({ seed: 42, wards: 2, today: '2026-11-01' }), options)];
    expect(JSON.stringify(again) === JSON.stringify(wards)).toBe(true);
    const together = generateMeetings(city, options);
    for (const table of tables) expect(JSON.stringify(together[table]) === JSON.stringify(wards.flatMap((w) => w[table])), table).toBe(true);
    // The first ward of a city is made as a database of that one ward would be; the structure's lean part makes the same rows.
    const alone = generateMeetings(wardSlices(city).slices[0], options);
    for (const table of tables) expect(JSON.stringify(wards[0][table]) === JSON.stringify(alone[table]), table).toBe(true);
    expect(JSON.stringify([...meetingsByWard(meetingInputs(city), options)]) === JSON.stringify(wards)).toBe(true);
  });

  it('numbers each table on from the previous ward, so ids never collide, and keeps references inside the ward', () => {
    for (const table of tables) {
      const ids = wards.flatMap((w) => w[table].map((r) => r.id as number));
      expect(ids, table).toEqual(ids.map((_, i) => i + 1));
      expect(wards[1][table].length, table).toBeGreaterThan(0);
    }
    const orgWard = new Map<number, number>(city.organizations.map((o) => [o.id as number, o.ward as number]));
    wards.forEach((w, k) => {
      const meetingIds = new Set(w.meetings.map((m) => m.id as number));
      const resolutionIds = new Set(w.resolutions.map((r) => r.id as number));
      const branchWards = new Set(w.meetings.map((m) => orgWard.get(m.branch as number)));
      expect(branchWards.size, `ward ${k}`).toBe(1);
      expect(w.attendance.every((a) => meetingIds.has(a.meeting as number))).toBe(true);
      expect(w.guests.every((g) => meetingIds.has(g.meeting as number))).toBe(true);
      expect(w.tasks.every((t) => resolutionIds.has(t.resolution as number))).toBe(true);
      expect(w.reviews.every((r) => resolutionIds.has(r.resolution as number) && meetingIds.has(r.reviewMeeting as number))).toBe(true);
      expect(w.assignments.every((a) => a.plannedMeeting == null || meetingIds.has(a.plannedMeeting as number))).toBe(true);
    });
  });

  it('counts each member’s runs of excused absences across wards and days, as the API does over all their sheets', () => {
    const meetings = wards.flatMap((w) => w.meetings) as Row[];
    const attendance = wards.flatMap((w) => w.attendance) as Row[];
    const byId = new Map(meetings.map((m) => [m.id as number, m]));
    const held = meetings.filter((m) => m.heldOn).sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.id - b.id);
    const order = new Map(held.map((m, i) => [m.id as number, i]));
    // Each member's counted lines (not exempt or on duty) in the order of the meetings.
    const lines = new Map<number, Row[]>();
    for (const a of attendance) if (!a.exclusion && order.has(a.meeting)) lines.set(a.member, [...(lines.get(a.member) ?? []), a]);
    const expected = new Map<number, number[]>();
    for (const list of lines.values()) {
      list.sort((a, b) => (order.get(a.meeting) as number) - (order.get(b.meeting) as number));
      list.forEach((a, i) => {
        if (a.status !== 'EXCUSED') return;
        // Its lines on earlier days of the year, as the API reads them (another meeting the same day does not count).
        const day = byId.get(a.meeting)!.heldOn as string;
        const earlier = list.slice(0, i).filter((b) => byId.get(b.meeting)!.heldOn < day && byId.get(b.meeting)!.heldOn.startsWith(day.slice(0, 4)));
        let run = 1;
        for (let j = earlier.length - 1; j >= 0 && earlier[j].status === 'EXCUSED'; j--) run++;
        expected.set(a.meeting, [...(expected.get(a.meeting) ?? []), run]);
      });
    }
    let checked = 0;
    for (const m of held) {
      expect(m.excusedRuns, String(m.id)).toEqual((expected.get(m.id) ?? []).sort((x, y) => y - x));
      expect(m.judgingRevision).toBeGreaterThan(0);
      checked++;
    }
    expect(checked).toBeGreaterThan(1700);
  });
});
