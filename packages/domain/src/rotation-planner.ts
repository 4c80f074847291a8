import { rotationRespected } from './branch-findings';
import { isIsoDate, isQuarterKey, quarterPeriod } from './dates';
import { conflict, invalid, type Violation } from './violation';

/**
 * The standing committee's attendance schedule for a quarter (lịch dự sinh hoạt chi bộ của Ban Thường vụ): each
 * standing committee member attends, on rotation, one branch meeting of the quarter.
 *
 * What the plan honours, strongest first:
 * - hard: a visit is at a planned meeting of its branch, inside the quarter, never on one of the member's unavailable
 *   days; at most one visit per member; `fixed` visits are kept as given (their members get no other visit); the
 *   planner puts at most one member at a meeting;
 * - as many members as possible get a visit that respects rotation (`rotationRespected` with `rotationQuarters`);
 * - as many distinct branches as possible: two members at one branch (at different meetings) only when members
 *   outnumber the branches they may attend; then the visits carry SHARED_BRANCH and the explanation says so;
 * - members left without a rotation-respecting visit attend a branch they visited within `rotationQuarters` rather
 *   than none (the quarterly visit is the duty, rotation its manner): ROTATION_NOT_RESPECTED, and the plan is not
 *   complete; a member no meeting is left for is unplaced;
 * - the branches visited are chosen pilots first, then those unvisited longest by any standing member, then by id
 *   (a matroid greedy over augmenting paths, so a preferred branch never costs a visit);
 * - branches with a fixed visit come last;
 * - each visit's day is moved among its branch's meetings so that the weeks (Monday to Sunday) of the quarter carry
 *   even loads (fixed visits count).
 * Deterministic: arrays are sorted by id first, ties broken by ids, no clock and no randomness.
 */

/** Ids as stored: numbers (database rows) or strings. Numbers sort before strings. */
export type RotationId = number | string;

/** A standing committee member (ủy viên Ban Thường vụ) of the ward party committee. */
export interface RotationMember {
  id: RotationId;
  /** For people reading the input; the plan does not use it. */
  name?: string;
  /** Days ("YYYY-MM-DD") the member cannot attend; days outside the quarter are ignored. */
  unavailable: string[];
}

/** A branch that exists for the whole quarter. */
export interface RotationBranch {
  id: RotationId;
  name?: string;
  /** A pilot branch (chi bộ điểm) of the year: visited first. */
  pilot: boolean;
}

/** A planned meeting of a branch in the quarter; a branch may have several. */
export interface RotationMeeting {
  /** The stored meeting's id, echoed in the visit; may be absent for a meeting not yet stored. */
  id?: RotationId;
  branchId: RotationId;
  /** "YYYY-MM-DD", inside the quarter. */
  day: string;
}

/** A standing committee member's visit in an earlier quarter. */
export interface RotationPastVisit {
  memberId: RotationId;
  /** May name a branch no longer listed (dissolved, merged): it then only counts for rotation. */
  branchId: RotationId;
  /** "YYYY-Qn", before the planned quarter. */
  quarter: string;
}

/** A visit of the planned quarter already decided, kept by the plan. */
export interface RotationFixedVisit {
  memberId: RotationId;
  branchId: RotationId;
  /** The day of one of the branch's planned meetings. */
  day: string;
}

export interface RotationPlanInput {
  /** The quarter planned, "YYYY-Qn". */
  quarter: string;
  /** `rotationQuarters` of the rule set in force (11-ĐA/TU: 1); null or 0 when no rule set asks for rotation. */
  rotationQuarters: number | null;
  /** Standing committee members to plan, each listed once. */
  members: RotationMember[];
  /** Branches existing for the whole quarter, each listed once. */
  branches: RotationBranch[];
  /** The listed branches' planned meetings in the quarter. */
  meetings: RotationMeeting[];
  /** Visits of earlier quarters (any number of quarters; those beyond `rotationQuarters` only date branches). */
  pastVisits: RotationPastVisit[];
  /** Visits of this quarter already decided: at most one per member. */
  fixed?: RotationFixedVisit[];
}

/** Why a visit was proposed, as stable codes for the panel (the Vietnamese `reasons` say the same). */
export type RotationVisitCode =
  /** Kept from `fixed`. */
  | 'FIXED'
  /** A pilot branch of the year. */
  | 'PILOT'
  /** No standing committee member visited the branch in the quarters on record. */
  | 'NEVER_VISITED'
  /** The branch's last visit by a standing committee member was in the quarter the reason names. */
  | 'LAST_VISITED'
  /** The member did not visit the branch within the previous `rotationQuarters` quarters. */
  | 'ROTATION_RESPECTED'
  /** The member visited the branch within the previous `rotationQuarters` quarters: no other meeting was left. */
  | 'ROTATION_NOT_RESPECTED'
  /** Another standing committee member attends the same branch this quarter. */
  | 'SHARED_BRANCH';

/** One proposed (or kept) visit. */
export interface RotationVisit {
  memberId: RotationId;
  branchId: RotationId;
  day: string;
  /** The id of the meeting attended, when the input gave one. */
  meetingId?: RotationId;
  /** Vietnamese, for the panel, in the order of `reasonCodes`. */
  reasons: string[];
  reasonCodes: RotationVisitCode[];
}

/** Why a member has no visit. */
export type RotationUnplacedCode =
  /** No meeting is planned in the quarter. */
  | 'NO_MEETINGS'
  /** Every planned meeting falls on one of the member's unavailable days. */
  | 'ALL_DAYS_UNAVAILABLE'
  /** The meetings the member could attend all go to other members (one member per meeting). */
  | 'MEETINGS_TAKEN';

export interface RotationUnplaced {
  memberId: RotationId;
  /** Vietnamese, for the panel. */
  reason: string;
  code: RotationUnplacedCode;
}

/** The constraints that bind a plan, named in its explanation. */
export type RotationConstraintCode =
  /** The input breaks a rule (see `violations`); nothing is planned. */
  | 'INVALID_INPUT'
  | 'NO_MEETINGS'
  | 'ALL_DAYS_UNAVAILABLE'
  /** More members than the meetings they could attend. */
  | 'MORE_MEMBERS_THAN_MEETINGS'
  /** Some visit repeats a branch the member visited within `rotationQuarters`. */
  | 'ROTATION'
  /** More members than the branches they could attend alone: some branch gets two members. */
  | 'MORE_MEMBERS_THAN_BRANCHES';

export interface RotationPlan {
  quarter: string;
  /** At most one per member, sorted by member id; fixed visits included. */
  visits: RotationVisit[];
  /** Every member has a visit and every visit respects rotation. Otherwise the visits are the best partial plan. */
  complete: boolean;
  /** Members without a visit, by member id; empty when every member has one. */
  unplaced: RotationUnplaced[];
  /** Vietnamese: the binding constraints, when the plan is partial or a branch is shared; null otherwise. */
  explanation: string | null;
  /** The binding constraints as codes, in the explanation's order. */
  constraints: RotationConstraintCode[];
  /** Input errors (see `checkRotationPlanInput`); when any, nothing is planned. */
  violations: Violation[];
}

const NONE = -1;
/** A meeting taken by a fixed visit: never given to another member. */
const FIXED = -2;
const DAY_MS = 86_400_000;

function compareIds(a: RotationId, b: RotationId): number {
  if (typeof a !== typeof b) return typeof a === 'number' ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
}

function quarterIndex(key: string): number {
  return Number(key.slice(0, 4)) * 4 + Number(key.slice(6)) - 1;
}

function quarterLabel(index: number): string {
  return `${(index % 4) + 1}/${Math.floor(index / 4)}`;
}

/** Branch ids to the days of their meetings. */
function meetingDaysByBranch(meetings: RotationMeeting[]): Map<RotationId, Set<string>> {
  const days = new Map<RotationId, Set<string>>();
  for (const m of meetings) {
    const set = days.get(m.branchId) ?? new Set<string>();
    set.add(m.day);
    days.set(m.branchId, set);
  }
  return days;
}

/**
 * Refusals for a plan's input, each naming its field: the quarter, the rotation depth, members and branches listed
 * once with valid days, meetings of listed branches inside the quarter (meeting ids unique), past visits before the
 * quarter, and fixed visits of listed members at a planned meeting of a listed branch, on a day the member is
 * available, at most one per member.
 */
export function checkRotationPlanInput(input: RotationPlanInput): Violation[] {
  if (!isQuarterKey(input.quarter)) return [invalid('quarter', 'Quý không hợp lệ (YYYY-Qn).')];
  const out: Violation[] = [];
  const rq = input.rotationQuarters;
  if (rq != null && (!Number.isInteger(rq) || rq < 0)) out.push(invalid('rotationQuarters', 'Số quý luân phiên phải là số nguyên không âm.'));
  const { from, to } = quarterPeriod(input.quarter);
  const members = new Map<RotationId, RotationMember>();
  input.members.forEach((m, i) => {
    if (members.has(m.id)) out.push(conflict(`members[${i}].id`, 'Thành viên Ban Thường vụ được liệt kê hai lần.'));
    else members.set(m.id, m);
    m.unavailable.forEach((d, j) => {
      if (!isIsoDate(d)) out.push(invalid(`members[${i}].unavailable[${j}]`, 'Ngày không hợp lệ (YYYY-MM-DD).'));
    });
  });
  const branches = new Set<RotationId>();
  input.branches.forEach((b, i) => {
    if (branches.has(b.id)) out.push(conflict(`branches[${i}].id`, 'Chi bộ được liệt kê hai lần.'));
    branches.add(b.id);
  });
  const meetingIds = new Set<RotationId>();
  input.meetings.forEach((m, i) => {
    if (!branches.has(m.branchId)) out.push(invalid(`meetings[${i}].branchId`, 'Buổi sinh hoạt của chi bộ không có trong danh sách.'));
    if (!isIsoDate(m.day)) out.push(invalid(`meetings[${i}].day`, 'Ngày không hợp lệ (YYYY-MM-DD).'));
    else if (m.day < from || m.day >= to) out.push(invalid(`meetings[${i}].day`, `Buổi sinh hoạt không thuộc quý ${input.quarter}.`));
    if (m.id != null) {
      if (meetingIds.has(m.id)) out.push(conflict(`meetings[${i}].id`, 'Buổi sinh hoạt được liệt kê hai lần.'));
      meetingIds.add(m.id);
    }
  });
  input.pastVisits.forEach((v, i) => {
    if (!isQuarterKey(v.quarter) || v.quarter >= input.quarter) {
      out.push(invalid(`pastVisits[${i}].quarter`, `Lượt dự phải thuộc một quý trước quý ${input.quarter} (YYYY-Qn).`));
    }
  });
  const days = meetingDaysByBranch(input.meetings);
  const fixedMembers = new Set<RotationId>();
  (input.fixed ?? []).forEach((f, i) => {
    const member = members.get(f.memberId);
    if (!member) out.push(invalid(`fixed[${i}].memberId`, 'Thành viên Ban Thường vụ không có trong danh sách.'));
    else if (fixedMembers.has(f.memberId)) out.push(conflict(`fixed[${i}].memberId`, 'Thành viên đã có một lượt dự được phân công trong quý.'));
    fixedMembers.add(f.memberId);
    if (!branches.has(f.branchId)) out.push(invalid(`fixed[${i}].branchId`, 'Chi bộ không có trong danh sách.'));
    else if (!days.get(f.branchId)?.has(f.day)) out.push(invalid(`fixed[${i}].day`, 'Chi bộ không có buổi sinh hoạt vào ngày này.'));
    else if (member?.unavailable.includes(f.day)) out.push(conflict(`fixed[${i}].day`, 'Thành viên bận vào ngày này.'));
  });
  return out;
}

/** A bipartite matching of seekers to slots, with the epoch of the slots seen by the current search. */
interface Matching {
  seekerSlot: Int32Array;
  slotOwner: Int32Array;
  seen: Int32Array;
  epoch: number;
}

function newMatching(seekers: number, slots: number): Matching {
  return { seekerSlot: new Int32Array(seekers).fill(NONE), slotOwner: new Int32Array(slots).fill(NONE), seen: new Int32Array(slots), epoch: 1 };
}

function assign(m: Matching, seeker: number, slot: number): void {
  m.seekerSlot[seeker] = slot;
  m.slotOwner[slot] = seeker;
}

/**
 * Kuhn's augmenting path from an unmatched seeker, depth first (iterative), slots tried in index order. Slots seen
 * by a failed search stay seen until the next success: the matching is unchanged, so they would fail again.
 * Returns the free slot the path ends at (now taken), or NONE.
 */
function augment(m: Matching, start: number, edge: (seeker: number, slot: number) => boolean): number {
  const slotCount = m.slotOwner.length;
  const seekers = [start];
  const positions = [0];
  const chosen: number[] = [];
  while (seekers.length > 0) {
    const top = seekers.length - 1;
    const seeker = seekers[top];
    let next = NONE;
    let i = positions[top];
    for (; i < slotCount; i++) {
      if (m.seen[i] === m.epoch || m.slotOwner[i] === FIXED || !edge(seeker, i)) continue;
      m.seen[i] = m.epoch;
      next = i++;
      break;
    }
    positions[top] = i;
    if (next === NONE) {
      seekers.pop();
      positions.pop();
      chosen.pop();
    } else if (m.slotOwner[next] === NONE) {
      chosen.push(next);
      for (let k = 0; k < seekers.length; k++) assign(m, seekers[k], chosen[k]);
      m.epoch++;
      return next;
    } else {
      chosen.push(next);
      seekers.push(m.slotOwner[next]);
      positions.push(0);
    }
  }
  return NONE;
}

/** The first free slot (by index) the seeker has an edge to, taken; NONE when there is none. */
function takeFree(m: Matching, seeker: number, edge: (seeker: number, slot: number) => boolean): number {
  for (let i = 0; i < m.slotOwner.length; i++) {
    if (m.slotOwner[i] === NONE && edge(seeker, i)) {
      assign(m, seeker, i);
      return i;
    }
  }
  return NONE;
}

/** The input as indexes: members by id, branches by priority, meetings by branch priority, day and id. */
interface Setup {
  quarter: string;
  rotation: number;
  members: RotationMember[];
  /** Member index to its fixed visit. */
  fixed: Map<number, RotationFixedVisit>;
  /** Members without a fixed visit, by id: the planner's members ("planned"), indexed 0..n-1. */
  planned: number[];
  /**
   * Branches in priority order (those without a fixed visit first, then pilots, then by last visit, never visited
   * first, then by id), and branch ids to that order.
   */
  branches: RotationBranch[];
  branchIndex: Map<RotationId, number>;
  branchFixed: boolean[];
  branchLastVisit: number[];
  meetings: RotationMeeting[];
  meetingBranch: Int32Array;
  meetingDay: Int32Array;
  meetingWeek: Int32Array;
  /** Meetings of branch b are firstMeeting[b] to firstMeeting[b + 1]. */
  firstMeeting: Int32Array;
  weekCount: number;
  /** Per planned member: 1 on the days (from the quarter's start) the member is unavailable. */
  unavailable: Uint8Array[];
  /** Per planned member: branches (priority indexes) visited within the rotation's quarters; null when none. */
  recent: Array<Set<number> | null>;
  /** Per member index: branch ids visited in the previous quarters, the quarter before first (`rotationRespected`). */
  pastByQuarter: RotationId[][][];
}

function prepare(input: RotationPlanInput): Setup {
  const rotation = input.rotationQuarters != null && input.rotationQuarters > 0 ? input.rotationQuarters : 0;
  const current = quarterIndex(input.quarter);
  const { from, to } = quarterPeriod(input.quarter);
  const start = dayNumber(from);
  const monday = start - ((start + 3) % 7);
  const members = [...input.members].sort((a, b) => compareIds(a.id, b.id));
  const memberIndex = new Map(members.map((m, i) => [m.id, i]));
  const fixed = new Map<number, RotationFixedVisit>();
  for (const f of input.fixed ?? []) fixed.set(memberIndex.get(f.memberId)!, f);
  const fixedBranchIds = new Set((input.fixed ?? []).map((f) => f.branchId));
  const lastVisit = new Map<RotationId, number>();
  const pastByQuarter: RotationId[][][] = members.map(() => Array.from({ length: rotation }, () => []));
  for (const v of input.pastVisits) {
    const q = quarterIndex(v.quarter);
    if (q > (lastVisit.get(v.branchId) ?? -1)) lastVisit.set(v.branchId, q);
    const i = memberIndex.get(v.memberId);
    const distance = current - q;
    if (i !== undefined && distance <= rotation) pastByQuarter[i][distance - 1].push(v.branchId);
  }
  const branches = [...input.branches].sort(
    (a, b) =>
      Number(fixedBranchIds.has(a.id)) - Number(fixedBranchIds.has(b.id)) ||
      Number(b.pilot) - Number(a.pilot) ||
      (lastVisit.get(a.id) ?? -1) - (lastVisit.get(b.id) ?? -1) ||
      compareIds(a.id, b.id),
  );
  const branchIndex = new Map(branches.map((b, i) => [b.id, i]));
  // The same meeting listed twice (same branch, day and id) counts once.
  const unique = new Map(input.meetings.map((m) => [`${typeof m.branchId}:${m.branchId}|${m.day}|${typeof m.id}:${m.id}`, m]));
  const meetings = [...unique.values()]
    .sort(
      (a, b) =>
        branchIndex.get(a.branchId)! - branchIndex.get(b.branchId)! ||
        (a.day < b.day ? -1 : a.day > b.day ? 1 : 0) ||
        (a.id == null ? (b.id == null ? 0 : -1) : b.id == null ? 1 : compareIds(a.id, b.id)),
    );
  const meetingBranch = Int32Array.from(meetings, (m) => branchIndex.get(m.branchId)!);
  const meetingDay = Int32Array.from(meetings, (m) => dayNumber(m.day) - start);
  const meetingWeek = Int32Array.from(meetingDay, (d) => Math.floor((d + start - monday) / 7));
  const firstMeeting = new Int32Array(branches.length + 1);
  for (const b of meetingBranch) firstMeeting[b + 1]++;
  for (let b = 0; b < branches.length; b++) firstMeeting[b + 1] += firstMeeting[b];
  const length = dayNumber(to) - start;
  const planned = members.map((_, i) => i).filter((i) => !fixed.has(i));
  const unavailable = planned.map((i) => {
    const days = new Uint8Array(length);
    for (const d of members[i].unavailable) {
      const n = dayNumber(d) - start;
      if (n >= 0 && n < length) days[n] = 1;
    }
    return days;
  });
  const recent = planned.map((i) => {
    const ids = pastByQuarter[i].flat().filter((id) => branchIndex.has(id));
    return ids.length > 0 ? new Set(ids.map((id) => branchIndex.get(id)!)) : null;
  });
  return {
    quarter: input.quarter, rotation, members, fixed, planned, branches, branchIndex,
    branchFixed: branches.map((b) => fixedBranchIds.has(b.id)),
    branchLastVisit: branches.map((b) => lastVisit.get(b.id) ?? -1),
    meetings, meetingBranch, meetingDay, meetingWeek, firstMeeting,
    weekCount: Math.floor((length - 1 + start - monday) / 7) + 1,
    unavailable, recent, pastByQuarter,
  };
}

/** The assignment the phases build: planned members to meetings (FIXED for meetings taken by fixed visits). */
interface Assignment {
  meetings: Matching;
  weekLoad: Int32Array;
  /** Per branch: the visits at its meetings, fixed ones included. */
  branchVisits: Int32Array;
  /** When the first phase left members without a branch of their own: the Hall set it found. */
  branchHall: HallSet | null;
}

/** Members reached by alternating paths from unmatched members, and the slots they could take. */
interface HallSet {
  members: number;
  slots: number;
}

/**
 * From the unmatched members, the members reached by alternating paths and the slots they have edges to: those
 * slots are all taken by members of the set (or the matching would grow), so the set outnumbers them.
 */
function hallSet(unmatched: number[], memberCount: number, slotCount: number, owner: (slot: number) => number, edge: (p: number, slot: number) => boolean): HallSet {
  const seenMember = new Uint8Array(memberCount);
  const seenSlot = new Uint8Array(slotCount);
  const queue = [...unmatched];
  for (const p of queue) seenMember[p] = 1;
  let slots = 0;
  for (let k = 0; k < queue.length; k++) {
    for (let y = 0; y < slotCount; y++) {
      if (seenSlot[y] || !edge(queue[k], y)) continue;
      seenSlot[y] = 1;
      slots++;
      const q = owner(y);
      if (q >= 0 && !seenMember[q]) {
        seenMember[q] = 1;
        queue.push(q);
      }
    }
  }
  return { members: queue.length, slots };
}

function occupy(s: Setup, a: Assignment, j: number): void {
  a.weekLoad[s.meetingWeek[j]]++;
  a.branchVisits[s.meetingBranch[j]]++;
}

/**
 * Phase 1, distinct branches: branches in priority order seek a planned member who may attend one of their meetings
 * with rotation respected, by augmenting paths (a matroid greedy): as many branches as possible are covered and,
 * among such sets, the best by priority. Branches with a fixed visit are left to the later phases. Each member's day
 * is then the branch's meeting in the least loaded week.
 */
function distinctBranches(s: Setup, a: Assignment): void {
  const n = s.planned.length;
  const availableAt = (p: number, b: number) => {
    for (let j = s.firstMeeting[b]; j < s.firstMeeting[b + 1]; j++) if (!s.unavailable[p][s.meetingDay[j]]) return true;
    return false;
  };
  const edge = (b: number, p: number) => !s.branchFixed[b] && !s.recent[p]?.has(b) && availableAt(p, b);
  const m = newMatching(s.branches.length, n);
  let matched = 0;
  for (let b = 0; b < s.branches.length && matched < n; b++) {
    if (s.branchFixed[b] || s.firstMeeting[b] === s.firstMeeting[b + 1]) continue;
    if (takeFree(m, b, edge) !== NONE || augment(m, b, edge) !== NONE) matched++;
  }
  if (matched < n) {
    const unmatched = s.planned.map((_, p) => p).filter((p) => m.slotOwner[p] === NONE);
    a.branchHall = hallSet(unmatched, n, s.branches.length, (b) => m.seekerSlot[b], (p, b) => edge(b, p));
  }
  for (let b = 0; b < s.branches.length; b++) {
    const p = m.seekerSlot[b];
    if (p === NONE) continue;
    let best = NONE;
    for (let j = s.firstMeeting[b]; j < s.firstMeeting[b + 1]; j++) {
      if (!s.unavailable[p][s.meetingDay[j]] && (best === NONE || a.weekLoad[s.meetingWeek[j]] < a.weekLoad[s.meetingWeek[best]])) best = j;
    }
    assign(a.meetings, p, best);
    occupy(s, a, best);
  }
}

/**
 * Phase 2: members left without a branch of their own share a branch or, failing that, attend one they visited
 * within the rotation; a visit repeating a branch costs 1, any other 0. Primal-dual successive shortest paths:
 * Dijkstra (with potentials) from all members without a visit finds the cost of the cheapest augmenting path; then
 * augmenting paths of that cost (edges of reduced cost 0) are taken as in Kuhn's algorithm, each member first trying
 * a free meeting at a branch nobody attends. Repeated until no path is left: the most members placed and, among such
 * plans, the fewest repeats. Meetings taken stay taken, so the branches of phase 1 stay covered. `cost` is NONE
 * where the member cannot attend the meeting.
 */
function placeTheRest(s: Setup, a: Assignment, cost: (p: number, j: number) => number): void {
  const m = a.meetings;
  const n = s.planned.length;
  const slots = s.meetings.length;
  const INF = 0x3fffffff;
  const potentialMember = new Int32Array(n);
  const potentialSlot = new Int32Array(slots);
  const distMember = new Int32Array(n);
  const distSlot = new Int32Array(slots);
  const reduced = (p: number, j: number) => {
    const c = m.slotOwner[j] === FIXED ? NONE : cost(p, j);
    return c === NONE ? NONE : c + potentialMember[p] - potentialSlot[j];
  };
  const admissible = (p: number, j: number) => reduced(p, j) === 0;
  const alone = (p: number, j: number) => a.branchVisits[s.meetingBranch[j]] === 0 && admissible(p, j);
  // Potentials start at 0, valid while every visit costs 0: the first round skips Dijkstra and tries paths of cost 0.
  for (let round = 0; ; round++) {
    if (round > 0 && !cheapestPaths()) return;
    m.epoch++;
    let placed = false;
    for (let p = 0; p < n; p++) {
      if (m.seekerSlot[p] !== NONE) continue;
      let j = takeFree(m, p, alone);
      if (j === NONE) j = takeFree(m, p, admissible);
      if (j !== NONE) m.epoch++;
      else j = augment(m, p, admissible);
      if (j === NONE) continue;
      occupy(s, a, j);
      placed = true;
    }
    if (!placed && round > 0) return;
  }

  /** Dijkstra from every member without a visit; moves the potentials. False when no free meeting is reachable. */
  function cheapestPaths(): boolean {
    distMember.fill(INF);
    distSlot.fill(INF);
    const buckets: number[][] = [];
    const push = (d: number, node: number) => {
      if (buckets[d]) buckets[d].push(node);
      else buckets[d] = [node];
    };
    for (let p = 0; p < n; p++) {
      if (m.seekerSlot[p] !== NONE) continue;
      distMember[p] = 0;
      push(0, p);
    }
    let reach = INF;
    for (let d = 0; d < buckets.length && d <= reach; d++) {
      const bucket = buckets[d] ?? [];
      for (let k = 0; k < bucket.length; k++) {
        const node = bucket[k];
        if (node < n) {
          if (distMember[node] !== d) continue;
          for (let j = 0; j < slots; j++) {
            const r = m.seekerSlot[node] === j ? NONE : reduced(node, j);
            if (r === NONE || d + r >= distSlot[j]) continue;
            distSlot[j] = d + r;
            push(d + r, n + j);
          }
        } else {
          const j = node - n;
          if (distSlot[j] !== d) continue;
          const q = m.slotOwner[j];
          if (q === NONE) reach = Math.min(reach, d);
          else if (d < distMember[q]) {
            // A taken meeting's edge has reduced cost 0: its member is as far as the meeting.
            distMember[q] = d;
            push(d, q);
          }
        }
      }
    }
    if (reach === INF) return false;
    for (let p = 0; p < n; p++) potentialMember[p] += Math.min(distMember[p], reach);
    for (let j = 0; j < slots; j++) potentialSlot[j] += Math.min(distSlot[j], reach);
    return true;
  }
}

/**
 * Moves visits to another free meeting of the same branch while that lowers the load of the heavier week (a move
 * from a week of load w to one of load w' < w - 1): the sum of squared loads falls, so it ends.
 */
function balanceWeeks(s: Setup, a: Assignment): void {
  const m = a.meetings;
  const load = a.weekLoad;
  for (let moved = true; moved; ) {
    moved = false;
    for (let p = 0; p < s.planned.length; p++) {
      const j = m.seekerSlot[p];
      if (j === NONE) continue;
      const b = s.meetingBranch[j];
      let best = NONE;
      for (let k = s.firstMeeting[b]; k < s.firstMeeting[b + 1]; k++) {
        if (m.slotOwner[k] !== NONE || s.unavailable[p][s.meetingDay[k]]) continue;
        const l = load[s.meetingWeek[k]];
        if (l + 1 < load[s.meetingWeek[j]] && (best === NONE || l < load[s.meetingWeek[best]])) best = k;
      }
      if (best === NONE) continue;
      m.slotOwner[j] = NONE;
      load[s.meetingWeek[j]]--;
      assign(m, p, best);
      load[s.meetingWeek[best]]++;
      moved = true;
    }
  }
}

const PARTIAL = 'Phương án tốt nhất có thể, chưa đầy đủ.';

/**
 * Proposes the standing committee's attendance schedule for a quarter (see the rules at the top of this file).
 * Invalid input (`checkRotationPlanInput`) plans nothing and returns the violations.
 */
export function planRotation(input: RotationPlanInput): RotationPlan {
  const violations = checkRotationPlanInput(input);
  if (violations.length > 0) {
    return {
      quarter: input.quarter, visits: [], complete: false, unplaced: [], constraints: ['INVALID_INPUT'], violations,
      explanation: `Dữ liệu lập kế hoạch không hợp lệ: ${violations.map((v) => v.message).join(' ')}`,
    };
  }
  const s = prepare(input);
  const n = s.planned.length;
  const a: Assignment = {
    meetings: newMatching(n, s.meetings.length),
    weekLoad: new Int32Array(s.weekCount),
    branchVisits: new Int32Array(s.branches.length),
    branchHall: null,
  };
  const fixedMeeting = new Map<number, number>();
  for (const [i, f] of s.fixed) {
    const b = s.branchIndex.get(f.branchId)!;
    let j = s.firstMeeting[b];
    while (s.meetings[j].day !== f.day) j++;
    a.meetings.slotOwner[j] = FIXED;
    occupy(s, a, j);
    fixedMeeting.set(i, j);
  }
  distinctBranches(s, a);
  const m = a.meetings;
  const available = (p: number, j: number) => !s.unavailable[p][s.meetingDay[j]];
  const respectsRotation = (p: number, j: number) => available(p, j) && !s.recent[p]?.has(s.meetingBranch[j]);
  if (m.seekerSlot.includes(NONE)) placeTheRest(s, a, (p, j) => (!available(p, j) ? NONE : respectsRotation(p, j) ? 0 : 1));
  balanceWeeks(s, a);
  return describe(s, a, fixedMeeting, available, respectsRotation);
}

/** The plan as the panel reads it: visits with reasons, unplaced members, binding constraints. */
function describe(
  s: Setup,
  a: Assignment,
  fixedMeeting: Map<number, number>,
  available: (p: number, j: number) => boolean,
  respectsRotation: (p: number, j: number) => boolean,
): RotationPlan {
  const m = a.meetings;
  const n = s.planned.length;
  const rotation = s.rotation;
  const plannedIndex = new Map(s.planned.map((i, p) => [i, p]));
  const visits: RotationVisit[] = [];
  const unplaced: RotationUnplaced[] = [];
  const breaks = { fixed: 0, onlyVisited: 0, othersTaken: 0 };
  let sharedBranches = 0;
  const sharedByPlan = new Set<number>();
  const takenUnplaced: number[] = [];
  let unavailableEverywhere = 0;
  s.members.forEach((member, i) => {
    const p = plannedIndex.get(i);
    const j = p === undefined ? fixedMeeting.get(i)! : m.seekerSlot[p];
    if (j === NONE) {
      const pp = p as number;
      if (s.meetings.length === 0) unplaced.push({ memberId: member.id, code: 'NO_MEETINGS', reason: 'Không có buổi sinh hoạt chi bộ nào được lên lịch trong quý.' });
      else if (!s.meetings.some((_, k) => available(pp, k))) {
        unavailableEverywhere++;
        unplaced.push({ memberId: member.id, code: 'ALL_DAYS_UNAVAILABLE', reason: 'Mọi buổi sinh hoạt chi bộ trong quý đều rơi vào ngày đồng chí bận.' });
      } else {
        takenUnplaced.push(pp);
        unplaced.push({ memberId: member.id, code: 'MEETINGS_TAKEN', reason: 'Các buổi sinh hoạt đồng chí dự được đều đã có thành viên Ban Thường vụ khác dự.' });
      }
      return;
    }
    const b = s.meetingBranch[j];
    const branch = s.branches[b];
    const meeting = s.meetings[j];
    const reasons: string[] = [];
    const reasonCodes: RotationVisitCode[] = [];
    const add = (code: RotationVisitCode, reason: string) => {
      reasonCodes.push(code);
      reasons.push(reason);
    };
    if (p === undefined) add('FIXED', 'Đã được phân công trước');
    if (branch.pilot) add('PILOT', 'Chi bộ điểm');
    const last = s.branchLastVisit[b];
    if (last < 0) add('NEVER_VISITED', 'Chưa có thành viên Ban Thường vụ dự trong các quý đã ghi nhận');
    else add('LAST_VISITED', `Chưa có thành viên Ban Thường vụ dự từ quý ${quarterLabel(last)}`);
    if (rotation > 0) {
      if (rotationRespected(branch.id, s.pastByQuarter[i], rotation)) add('ROTATION_RESPECTED', `Không trùng chi bộ đã dự trong ${rotation} quý trước`);
      else if (p === undefined) {
        breaks.fixed++;
        add('ROTATION_NOT_RESPECTED', `Trùng chi bộ đã dự trong ${rotation} quý trước`);
      } else if (s.meetings.some((_, k) => respectsRotation(p, k))) {
        breaks.othersTaken++;
        add('ROTATION_NOT_RESPECTED', `Trùng chi bộ đã dự trong ${rotation} quý trước (các buổi sinh hoạt phù hợp ở chi bộ khác đã có thành viên khác dự)`);
      } else {
        breaks.onlyVisited++;
        add('ROTATION_NOT_RESPECTED', `Trùng chi bộ đã dự trong ${rotation} quý trước (mọi buổi sinh hoạt đồng chí dự được đều ở chi bộ đã dự)`);
      }
    }
    const together = a.branchVisits[b];
    if (together > 1) {
      add('SHARED_BRANCH', `Chi bộ có ${together} thành viên Ban Thường vụ cùng dự trong quý`);
      if (p !== undefined && !sharedByPlan.has(b)) {
        sharedByPlan.add(b);
        sharedBranches++;
      }
    }
    visits.push({ memberId: member.id, branchId: branch.id, day: meeting.day, ...(meeting.id != null ? { meetingId: meeting.id } : {}), reasons, reasonCodes });
  });

  const constraints: RotationConstraintCode[] = [];
  const sentences: string[] = [];
  const bind = (code: RotationConstraintCode, sentence: string) => {
    constraints.push(code);
    sentences.push(sentence);
  };
  if (unplaced.some((u) => u.code === 'NO_MEETINGS')) bind('NO_MEETINGS', 'Không có buổi sinh hoạt chi bộ nào được lên lịch trong quý.');
  if (unavailableEverywhere > 0) bind('ALL_DAYS_UNAVAILABLE', `${unavailableEverywhere} thành viên bận vào mọi ngày có buổi sinh hoạt chi bộ trong quý.`);
  if (takenUnplaced.length > 0) {
    const h = hallSet(takenUnplaced, n, s.meetings.length, (j) => m.slotOwner[j], (p, j) => m.slotOwner[j] !== FIXED && available(p, j));
    bind('MORE_MEMBERS_THAN_MEETINGS',
      `${h.members} thành viên Ban Thường vụ chỉ còn ${h.slots} buổi sinh hoạt có thể dự (mỗi buổi một thành viên): số thành viên nhiều hơn số buổi sinh hoạt phù hợp.`);
  }
  if (breaks.fixed + breaks.onlyVisited + breaks.othersTaken > 0) {
    const parts = [
      breaks.onlyVisited > 0 ? `${breaks.onlyVisited} thành viên chỉ dự được các chi bộ đã dự trong ${rotation} quý trước` : '',
      breaks.othersTaken > 0 ? `${breaks.othersTaken} thành viên có các buổi sinh hoạt ở chi bộ khác đều đã có thành viên khác dự nên phải dự lại chi bộ đã dự trong ${rotation} quý trước` : '',
      breaks.fixed > 0 ? `${breaks.fixed} lượt dự đã phân công trước trùng chi bộ đã dự trong ${rotation} quý trước` : '',
    ];
    bind('ROTATION', `${parts.filter(Boolean).join('; ')}.`);
  }
  if (sharedBranches > 0 && a.branchHall) {
    const h = a.branchHall;
    const rule = rotation > 0 ? ` (không trùng chi bộ đã dự trong ${rotation} quý trước)` : '';
    bind('MORE_MEMBERS_THAN_BRANCHES',
      `${h.members} thành viên Ban Thường vụ chỉ có ${h.slots} chi bộ phù hợp để dự riêng${rule}: ${sharedBranches} chi bộ có từ hai thành viên cùng dự.`);
  }
  const complete = unplaced.length === 0 && breaks.fixed + breaks.onlyVisited + breaks.othersTaken === 0;
  const explanation = sentences.length === 0 ? null : [...(complete ? [] : [PARTIAL]), ...sentences].join(' ');
  return { quarter: s.quarter, visits, complete, unplaced, explanation, constraints, violations: [] };
}
