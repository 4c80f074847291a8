import {
  AssignmentKind, addDays, COMMITTEE_ROLES, covers, GuestRole, judgingRuleSetsOn, MEETING_RULE_SETS, MeetingKind, OrganizationKind, overlaps, PilotKind,
  PositionRole, planRotation, quarterKeyOf, quarterPeriod, STANDING_ROLES,
} from '@chibo/domain';
import type { Random, SeedRows } from './generator';

/** Supervision rows for the demo: assignments, the year's pilots and their working groups (guests go with the meetings). */
export interface SupervisionSeedRows {
  guests: Record<string, unknown>[];
  assignments: Record<string, unknown>[];
  pilots: Record<string, unknown>[];
  pilotGuides: Record<string, unknown>[];
}

/** The last id given in each supervision table. */
export interface SupervisionIds {
  guest: number;
  assignment: number;
  pilot: number;
  guide: number;
}

/** Shares of the branches chosen as pilots (117-KH/ĐU asks 5–10% and 3–5%). */
const REGULAR_PILOT_SHARE = 0.07;
const THEMATIC_PILOT_SHARE = 0.04;
/** Branches one committee member is in charge of at most, before deputy secretaries take the rest. */
const MAX_IN_CHARGE = 8;

interface SeedMeeting {
  id: number;
  branch: number;
  kind: MeetingKind;
  day: string;
  held: boolean;
}
interface Post {
  member: number;
  role: PositionRole;
  from: string;
  to: string | null;
}
interface Visit {
  member: number;
  branch: number;
  quarter: string;
}

/** The rotation depth of the rule sets judging meetings on a day (the strictest), or null. */
export function rotationQuartersOn(day: string): number | null {
  return Math.max(0, ...judgingRuleSetsOn(MEETING_RULE_SETS, day).map((s) => s.rules.rotationQuarters ?? 0)) || null;
}

/** The latest of ISO days. */
const later = (...days: string[]) => [...days].sort()[days.length - 1];

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Supervision from above in the generated wards, read from the meetings as the API reads it (a committee member
 * recorded as a guest at a held meeting is a visit):
 * - each ward committee member (then deputy secretaries, when branches remain) is in charge of a run of branches from
 *   the start of the term, so every branch has someone in charge, and attends one of its meetings each quarter;
 * - each quarter, each standing committee member has a rotation visit planned by the domain's planner (distinct
 *   branches, not last quarter's, pilots first) at a meeting of the quarter, recorded as a guest once held;
 * - the current year's pilots: about 7% of the branches for regular meetings, 4% for thematic ones and one large
 *   branch for meetings by party group, each with a working group of two committee members, and secretaries of
 *   other branches observing some of their meetings.
 * Shortfalls in the current quarter: one branch its member in charge has not attended, one standing member whose
 * planned meeting passed without them (behind), and one standing member back at last quarter's branch unassigned.
 */
export function generateSupervision(
  rows: SeedRows, meetingRows: Record<string, unknown>[], random: Random,
  options: { today: string; stamp: Record<string, unknown>; ids?: SupervisionIds },
): SupervisionSeedRows {
  const { today, stamp } = options;
  const out: SupervisionSeedRows = { guests: [], assignments: [], pilots: [], pilotGuides: [] };
  // The last ids given; a ward generated after others continues from theirs.
  const ids = options.ids ?? { guest: 0, assignment: 0, pilot: 0, guide: 0 };
  const currentQuarter = quarterKeyOf(today);
  const year = Number(today.slice(0, 4));
  const names = new Map(rows.members.map((m) => [m.id as number, m.fullName as string]));

  const meetings: SeedMeeting[] = meetingRows
    .filter((m) => m.organization === m.branch)
    .map((m) => ({ id: m.id as number, branch: m.branch as number, kind: m.kind as MeetingKind, day: (m.heldOn ?? m.plannedOn) as string, held: m.heldOn != null }))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.id - b.id));
  const byId = new Map(meetings.map((m) => [m.id, m]));
  const byBranch = new Map<number, SeedMeeting[]>();
  for (const m of meetings) {
    const list = byBranch.get(m.branch);
    if (list) list.push(m);
    else byBranch.set(m.branch, [m]);
  }
  const meetingsIn = (branch: number, period: { from: string; to: string }, held: boolean) =>
    (byBranch.get(branch) ?? []).filter((m) => m.day >= period.from && m.day < period.to && (!held || m.held));
  const quarters = [...new Set(meetings.map((m) => quarterKeyOf(m.day)))].filter((q) => q <= currentQuarter).sort();

  const posts = new Map<number, Post[]>();
  for (const p of rows.positions) {
    const list = posts.get(p.organization as number) ?? [];
    list.push({ member: p.member as number, role: p.role as PositionRole, from: p.from as string, to: (p.to as string | null) ?? null });
    posts.set(p.organization as number, list);
  }
  const holders = (organization: number, roles: readonly PositionRole[], period: { from: string; to: string | null }) =>
    [...new Set((posts.get(organization) ?? []).filter((p) => roles.includes(p.role) && overlaps(p, period)).map((p) => p.member))];

  const guestKeys = new Set<string>();
  /** The current committee's visits so far. */
  let visits: Visit[] = [];
  /** Records a guest once per meeting; a committee member's presence is a visit. */
  const guest = (meeting: SeedMeeting, member: number, role: GuestRole) => {
    const key = `${meeting.id}|${member}`;
    if (guestKeys.has(key)) return;
    guestKeys.add(key);
    out.guests.push({ id: ++ids.guest, ...stamp, meeting: meeting.id, member, name: names.get(member), role });
    if (role === GuestRole.COMMITTEE_MEMBER) visits.push({ member, branch: meeting.branch, quarter: quarterKeyOf(meeting.day) });
  };
  const assign = (a: { member: number; branch: number; kind: AssignmentKind; quarter?: string; from: string; to?: string | null; plannedMeeting?: number | null }) => {
    out.assignments.push({ id: ++ids.assignment, ...stamp, quarter: null, to: null, plannedMeeting: null, note: null, ...a });
  };
  const withGroups = new Set(rows.organizations.filter((o) => o.kind === OrganizationKind.PARTY_GROUP && o.dissolvedOn == null).map((o) => o.parent as number));

  for (const committee of rows.organizations.filter((o) => o.kind === OrganizationKind.WARD_COMMITTEE && o.dissolvedOn == null)) {
    const committeeId = committee.id as number;
    visits = [];
    const branches = rows.organizations.filter((o) => o.kind === OrganizationKind.BRANCH && (o.path as string).startsWith(committee.path as string));
    const existing = (period: { from: string; to: string }) => branches.filter((b) => (b.foundedOn as string) <= period.from && (b.dissolvedOn == null || (b.dissolvedOn as string) >= period.to));
    const live = existing({ from: today, to: addDays(today, 1) }).map((b) => b.id as number);
    const committeeMembers = new Set(holders(committeeId, COMMITTEE_ROLES, { from: '1900-01-01', to: null }));

    // The year's pilots, on distinct branches: the party group pilot on a branch with party groups.
    const order = shuffled(random, live);
    const groupPilot = order.find((b) => withGroups.has(b));
    const rest = order.filter((b) => b !== groupPilot);
    const regularCount = Math.max(1, Math.round(live.length * REGULAR_PILOT_SHARE));
    const thematicCount = Math.max(1, Math.round(live.length * THEMATIC_PILOT_SHARE));
    const pilots: Array<{ id: number; branch: number; kind: PilotKind }> = [
      ...rest.slice(0, regularCount).map((branch) => ({ branch, kind: PilotKind.REGULAR_MEETING })),
      ...rest.slice(regularCount, regularCount + thematicCount).map((branch) => ({ branch, kind: PilotKind.THEMATIC_MEETING })),
      ...(groupPilot == null ? [] : [{ branch: groupPilot, kind: PilotKind.PARTY_GROUP_MEETING }]),
    ].sort((a, b) => a.branch - b.branch).map((p) => ({ id: ++ids.pilot, ...p }));
    for (const p of pilots) out.pilots.push({ id: p.id, ...stamp, year, branch: p.branch, kind: p.kind, note: `Chỉ đạo điểm năm ${year}` });
    const pilotBranches = new Set(pilots.map((p) => p.branch));

    // In charge from the start of the term: runs of branches in tree order, committee members first, then deputy
    // secretaries, then round again.
    const now = { from: today, to: addDays(today, 1) };
    const inChargePosts = (posts.get(committeeId) ?? []).filter((p) => p.role === PositionRole.WARD_COMMITTEE_MEMBER && overlaps(p, now));
    const deputyPosts = (posts.get(committeeId) ?? []).filter((p) => p.role === PositionRole.WARD_DEPUTY_SECRETARY && overlaps(p, now));
    const inCharge: Array<{ member: number; branch: number; from: string }> = [];
    if (inChargePosts.length + deputyPosts.length > 0) {
      const run = Math.min(MAX_IN_CHARGE, Math.ceil(live.length / Math.max(1, inChargePosts.length)));
      const supervisors = [...inChargePosts, ...deputyPosts];
      live.forEach((branch, i) => {
        const k = Math.floor(i / run);
        const post = k < supervisors.length ? supervisors[k] : supervisors[i % supervisors.length];
        const founded = branches.find((b) => b.id === branch)?.foundedOn as string;
        inCharge.push({ member: post.member, branch, from: later(post.from, founded) });
      });
    }
    for (const a of inCharge) assign({ member: a.member, branch: a.branch, kind: AssignmentKind.IN_CHARGE, from: a.from });
    // A pilot's working group: the member in charge of it and a standing member, in turn.
    const standingNow = holders(committeeId, STANDING_ROLES, now);
    pilots.forEach((p, i) => {
      const group = [inCharge.find((a) => a.branch === p.branch)?.member, ...standingNow.slice(i % Math.max(1, standingNow.length)), ...standingNow]
        .filter((m, j, all): m is number => m != null && all.indexOf(m) === j).slice(0, 2);
      for (const member of group) out.pilotGuides.push({ id: ++ids.guide, ...stamp, pilot: p.id, member });
    });

    // The one miss in charge this quarter: a branch that has met, its member absent.
    const current = quarterPeriod(currentQuarter);
    const missable = inCharge.filter((a) => meetingsIn(a.branch, { from: later(current.from, a.from), to: current.to }, true).length > 0);
    const missed = missable.length ? random.pick(missable) : null;

    for (const quarter of quarters) {
      const period = quarterPeriod(quarter);
      for (const a of inCharge) {
        if (a === missed && quarter === currentQuarter) continue;
        const held = shuffled(random, meetingsIn(a.branch, { from: later(period.from, a.from), to: period.to }, true));
        for (const m of held.slice(0, random.chance(0.1) ? 2 : 1)) guest(m, a.member, GuestRole.COMMITTEE_MEMBER);
      }

      const standing = holders(committeeId, STANDING_ROLES, period).sort((a, b) => a - b);
      const open = existing(period).map((b) => b.id as number);
      const plan = planRotation({
        quarter, rotationQuarters: rotationQuartersOn(period.from),
        members: standing.map((id) => ({ id, unavailable: [] })),
        branches: open.map((id) => ({ id, pilot: Number(quarter.slice(0, 4)) === year && pilotBranches.has(id) })),
        meetings: open.flatMap((b) => meetingsIn(b, period, false)).map((m) => ({ id: m.id, branchId: m.branch, day: m.day })),
        pastVisits: visits.filter((v) => v.quarter < quarter && standing.includes(v.member)).map((v) => ({ memberId: v.member, branchId: v.branch, quarter: v.quarter })),
      });
      const planned = plan.visits.map((v) => ({ member: v.memberId as number, meeting: byId.get(v.meetingId as number) as SeedMeeting }));
      let behind: number | null = null;
      if (quarter === currentQuarter) {
        // Behind: a planned meeting already held without the member, who has no other visit this quarter.
        const visitedNow = new Set(visits.filter((v) => v.quarter === quarter).map((v) => v.member));
        const candidates = planned.filter((p) => p.meeting.held && !visitedNow.has(p.member));
        behind = candidates.length ? random.pick(candidates).member : null;
      }
      for (const p of planned) {
        assign({ member: p.member, branch: p.meeting.branch, kind: AssignmentKind.ROTATION, quarter, from: period.from, to: period.to, plannedMeeting: p.meeting.id });
        if (p.meeting.held && p.member !== behind) guest(p.meeting, p.member, GuestRole.COMMITTEE_MEMBER);
      }
      if (quarter === currentQuarter) {
        // Back at last quarter's branch, without an assignment: the rotation rule flags it.
        const previous = quarterKeyOf(addDays(period.from, -1));
        const repeats = standing.filter((m) => m !== behind).flatMap((member) => visits
          .filter((v) => v.member === member && v.quarter === previous)
          .flatMap((v) => meetingsIn(v.branch, period, true).filter((m) => !guestKeys.has(`${m.id}|${member}`)).map((meeting) => ({ member, meeting }))));
        if (repeats.length) {
          const r = random.pick(repeats);
          guest(r.meeting, r.member, GuestRole.COMMITTEE_MEMBER);
        }
      }
    }

    // Secretaries of other branches observe some meetings of each pilot this year.
    const secretaries = branches.flatMap((b) => (posts.get(b.id as number) ?? [])
      .filter((p) => p.role === PositionRole.BRANCH_SECRETARY && !committeeMembers.has(p.member))
      .map((p) => ({ ...p, branch: b.id as number, kind: b.branchKind })));
    for (const p of pilots) {
      const kinds = p.kind === PilotKind.THEMATIC_MEETING ? [MeetingKind.THEMATIC, MeetingKind.COMBINED] : [MeetingKind.REGULAR, MeetingKind.COMBINED];
      const ofYear = meetingsIn(p.branch, { from: `${year}-01-01`, to: addDays(today, 1) }, true).filter((m) => kinds.includes(m.kind));
      // Pilots are chosen in January: their meetings are observed from February, when there are some.
      const afterChoice = ofYear.filter((m) => m.day >= `${year}-02-01`);
      const held = afterChoice.length ? afterChoice : ofYear;
      const branchKind = branches.find((b) => b.id === p.branch)?.branchKind;
      for (const m of shuffled(random, held).slice(0, random.int(1, 2))) {
        const present = secretaries.filter((s) => s.branch !== p.branch && covers(s, m.day));
        const alike = present.filter((s) => s.kind === branchKind);
        for (const s of shuffled(random, alike.length >= 2 ? alike : present).slice(0, random.int(2, 3))) guest(m, s.member, GuestRole.OBSERVING_SECRETARY);
      }
    }
  }
  return out;
}
