import {
  AssignmentKind, addDays, judgingRuleSetsOn, type MeetingRules, planRotation, quarterPeriod, type RuleSet, rotationRespected,
} from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import { dayOrToday } from '../../shared/crud';
import { parseId } from '../../shared/errors';
import { Meeting } from '../meeting/meeting.entity';
import { storedRuleSets } from '../meeting-rule-set/meeting-rule-set.queries';
import { Organization } from '../organization/organization.entity';
import { Pilot } from '../pilot/pilot.entity';
import { branchesWithoutVisit, inChargeDuring, previousQuarters, standingMembers, type VisitRow, visitsBetween } from './supervision.queries';
import { checkQuarterKey } from './supervision.service';
import type { RotationProposal, SupervisionCompliance } from './supervision.type';
import { SupervisorAssignment } from './supervisor-assignment.entity';

/** The rotation depth of the rule sets in force on a day (the strictest), or null. */
function rotationDepth(sets: RuleSet<MeetingRules>[], day: string): number | null {
  const depths = judgingRuleSetsOn(sets, day).map((s) => s.rules.rotationQuarters).filter((d): d is number => d != null && d > 0);
  return depths.length ? Math.max(...depths) : null;
}

/** The committee in the request's scope, or null. */
async function committeeInScope(em: EntityManager, scopePath: string, organizationId: string): Promise<Organization | null> {
  const org = await em.findOne(Organization, { id: parseId(organizationId, 'organizationId') });
  return org?.path.startsWith(scopePath) ? org : null;
}

/** Each member's branches visited in each of the quarters before, most recent first. */
function pastByQuarter(past: VisitRow[], quarters: string[]): Map<number, number[][]> {
  const out = new Map<number, number[][]>();
  for (const v of past) {
    const index = quarters.findIndex((q) => { const p = quarterPeriod(q); return v.day >= p.from && v.day < (p.to as string); });
    if (index < 0) continue;
    const rows = out.get(v.memberId) ?? quarters.map(() => []);
    rows[index].push(v.branchId);
    out.set(v.memberId, rows);
  }
  return out;
}

const figure = (numerator: number, denominator: number) => ({ numerator, denominator, rate: denominator ? numerator / denominator : null });

/**
 * The two supervision figures of a quarter under a committee, counted up to a day, with the rows behind them: standing
 * members who attended at least one branch meeting at a branch outside their last `rotationQuarters` quarters' visits,
 * and committee members in charge who attended their branch. A committee member recorded as a guest counts whether or
 * not a visit was assigned. Used by the compliance view and by the indicators.
 */
export async function complianceFigures(em: EntityManager, committee: Organization, quarter: string, day: string, sets: RuleSet<MeetingRules>[]) {
  const { from, to } = quarterPeriod(quarter) as { from: string; to: string };
  // Visits up to the day asked, inside the quarter (ISO days compare as strings).
  const until = [addDays(day, 1), to].sort()[0];
  const depth = rotationDepth(sets, from);
  const standing = await standingMembers(em, committee, quarter);
  const earlier = depth ? previousQuarters(quarter, depth) : [];
  const [visits, past, inCharge] = await Promise.all([
    visitsBetween(em, committee, from, until),
    earlier.length ? visitsBetween(em, committee, quarterPeriod(earlier[earlier.length - 1]).from, from, standing) : Promise.resolve([]),
    inChargeDuring(em, committee, from, to),
  ]);
  const previous = pastByQuarter(past, earlier);
  const standingMembersRows = standing.map((memberId) => {
    const branchIds = [...new Set(visits.filter((v) => v.memberId === memberId).map((v) => v.branchId))].sort((a, b) => a - b);
    const history = previous.get(memberId) ?? earlier.map(() => []);
    const repeated = branchIds.filter((b) => !rotationRespected(b, history, depth));
    return {
      memberId: String(memberId), visits: visits.filter((v) => v.memberId === memberId).length, branchIds: branchIds.map(String),
      attended: branchIds.length > 0, rotationRespected: branchIds.some((b) => rotationRespected(b, history, depth)), repeatedBranchIds: repeated.map(String),
    };
  });
  const inChargeRows = inCharge.map((a) => {
    const count = visits.filter((v) => v.memberId === a.memberId && v.branchId === a.branchId).length;
    return { assignmentId: String(a.id), memberId: String(a.memberId), branchId: String(a.branchId), visits: count, attended: count > 0 };
  });
  return {
    rotationQuarters: depth, visits,
    standing: figure(standingMembersRows.filter((r) => r.attended && r.rotationRespected).length, standingMembersRows.length),
    inCharge: figure(inChargeRows.filter((r) => r.attended).length, inChargeRows.length),
    standingMembers: standingMembersRows, inChargeAssignments: inChargeRows,
  };
}

/**
 * Supervision from above in a quarter under a committee, counted up to a day: the two figures (complianceFigures),
 * planned visits missed, and branches no committee member visited this year. Null outside the request's scope.
 */
export async function supervisionCompliance(em: EntityManager, scopePath: string, organizationId: string, quarter: string, asOf?: string): Promise<SupervisionCompliance | null> {
  checkQuarterKey(quarter, 'quarter');
  const committee = await committeeInScope(em, scopePath, organizationId);
  if (!committee) return null;
  const { to } = quarterPeriod(quarter) as { from: string; to: string };
  const day = dayOrToday(asOf);
  const [figures, missedCandidates, unvisited] = await Promise.all([
    complianceFigures(em, committee, quarter, day, await storedRuleSets(em)),
    em.find(SupervisorAssignment, { kind: AssignmentKind.ROTATION, quarter, plannedMeeting: { $ne: null }, branch: { path: { $like: `${committee.path}%` } } }, { populate: ['plannedMeeting'] }),
    branchesWithoutVisit(em, committee, day < to ? day : addDays(to, -1)),
  ]);
  const { visits, ...shown } = figures;
  const visited = new Set(visits.map((v) => `${v.memberId}|${v.meetingId}`));
  const missedPlannedVisits = missedCandidates.filter((a) => {
    const meeting = a.plannedMeeting as Meeting;
    const plannedDay = meeting.heldOn ?? meeting.plannedOn;
    return !!plannedDay && plannedDay <= day && !visited.has(`${a.member.id}|${meeting.id}`);
  });
  const branchesWithoutVisitThisYear = unvisited.length ? await em.find(Organization, { id: { $in: unvisited } }, { orderBy: { sortKey: 'asc' } }) : [];
  return { organizationId: String(committee.id), quarter, asOf: day, ...shown, missedPlannedVisits, branchesWithoutVisitThisYear };
}

/**
 * The planner's proposal for a quarter under a committee: the standing members, the branches existing throughout the
 * quarter with their meetings planned or held in it, the members' past visits, the year's pilots, and the rotation
 * visits already assigned with a planned meeting (kept). Only meetings from `asOf` (today when omitted) are proposed.
 * Null outside the request's scope.
 */
export async function rotationProposal(em: EntityManager, scopePath: string, organizationId: string, quarter: string, asOf?: string): Promise<RotationProposal | null> {
  checkQuarterKey(quarter, 'quarter');
  const committee = await committeeInScope(em, scopePath, organizationId);
  if (!committee) return null;
  const { from, to } = quarterPeriod(quarter) as { from: string; to: string };
  const depth = rotationDepth(await storedRuleSets(em), from);
  const earlier = previousQuarters(quarter, Math.max(depth ?? 0, 4));
  const standing = await standingMembers(em, committee, quarter);
  const like = `${committee.path}%`;
  const [branches, meetings, past, pilots, fixed] = await Promise.all([
    em.find(Organization, { kind: 'BRANCH' as never, path: { $like: like }, foundedOn: { $lte: from }, $or: [{ dissolvedOn: null }, { dissolvedOn: { $gte: to } }] }, { fields: ['id', 'name'] }),
    em.find(Meeting, { branch: { path: { $like: like } }, $or: [{ heldOn: { $gte: from, $lt: to } }, { heldOn: null, plannedOn: { $gte: from, $lt: to } }] }, { fields: ['id', 'branch', 'organization', 'heldOn', 'plannedOn'] }),
    visitsBetween(em, committee, quarterPeriod(earlier[earlier.length - 1]).from, from, standing),
    em.find(Pilot, { year: Number(quarter.slice(0, 4)), branch: { path: { $like: like } } }, { fields: ['branch'] }),
    em.find(SupervisorAssignment, { kind: AssignmentKind.ROTATION, quarter, plannedMeeting: { $ne: null }, branch: { path: { $like: like } } }, { populate: ['plannedMeeting'] }),
  ]);
  const branchIds = new Set(branches.map((b) => b.id));
  const pilotIds = new Set(pilots.map((p) => p.branch.id));
  const today = dayOrToday(asOf);
  const keptMeetings = new Set(fixed.map((a) => (a.plannedMeeting as Meeting).id));
  const quarterOf = (d: string) => `${d.slice(0, 4)}-Q${Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1}`;
  const plan = planRotation({
    quarter, rotationQuarters: depth,
    members: standing.map((id) => ({ id, unavailable: [] })),
    branches: branches.map((b) => ({ id: b.id, name: b.name, pilot: pilotIds.has(b.id) })),
    // Meetings still to come (a visit cannot be planned into the past), and those the kept visits name.
    meetings: meetings
      .filter((m) => m.organization.id === m.branch.id && branchIds.has(m.branch.id) && ((m.heldOn ?? m.plannedOn) as string) >= today || keptMeetings.has(m.id))
      .map((m) => ({ id: m.id, branchId: m.branch.id, day: (m.heldOn ?? m.plannedOn) as string })),
    pastVisits: past.map((v) => ({ memberId: v.memberId, branchId: v.branchId, quarter: quarterOf(v.day) })),
    fixed: fixed.filter((a) => standing.includes(a.member.id) && branchIds.has(a.branch.id)).map((a) => {
      const m = a.plannedMeeting as Meeting;
      return { memberId: a.member.id, branchId: a.branch.id, day: (m.heldOn ?? m.plannedOn) as string };
    }),
  });
  return {
    quarter, complete: plan.complete, explanation: plan.explanation, constraints: plan.constraints,
    visits: plan.visits.map((v) => ({ memberId: String(v.memberId), branchId: String(v.branchId), day: v.day, meetingId: v.meetingId == null ? null : String(v.meetingId), reasons: v.reasons, reasonCodes: v.reasonCodes })),
    unplaced: plan.unplaced.map((u) => ({ memberId: String(u.memberId), reason: u.reason, code: u.code })),
  };
}
