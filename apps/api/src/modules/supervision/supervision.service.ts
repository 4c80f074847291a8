import {
  AssignmentKind, assignmentPeriod, checkSupervisorAssignment, COMMITTEE_ROLES, invalid, isQuarterKey, overlaps, pathIds, STANDING_ROLES,
} from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import { assertBranchWritable, branchCondition, writableBranch, writableBranchRow } from '../../shared/branch-rows';
import { and, checkVersion, findOr404, listPage, write } from '../../shared/crud';
import { AppError, assertValid, type ErrorCode, parseId, parseOptionalId } from '../../shared/errors';
import { scoped } from '../../shared/scope';
import { assertMemberWritable } from '../../shared/write-scope';
import { Meeting } from '../meeting/meeting.entity';
import { Member } from '../member/member.entity';
import { Organization } from '../organization/organization.entity';
import { Position } from '../position/position.entity';
import type { AcceptRotationInput, AssignmentFields, CreateSupervisorAssignmentInput, SupervisorAssignmentFilter, UpdateSupervisorAssignmentInput } from './supervision.input';
import { SupervisorAssignment } from './supervisor-assignment.entity';

/** A quarter as "YYYY-Qn", refused naming the field otherwise. */
export function checkQuarterKey(quarter: string | null | undefined, field: string): void {
  if (!quarter || !isQuarterKey(quarter)) assertValid([invalid(field, 'Quý phải có dạng YYYY-Qn, ví dụ 2026-Q3.')]);
}

/** Assignments to branches in the request's scope, newest first. */
export async function listAssignments(em: EntityManager, scopePath: string, filter: SupervisorAssignmentFilter | undefined, offset?: number, limit?: number) {
  if (filter?.quarter != null) checkQuarterKey(filter.quarter, 'filter.quarter');
  const period = filter?.quarter ? assignmentPeriod({ kind: AssignmentKind.ROTATION, quarter: filter.quarter }) : null;
  const where = and(
    await branchCondition(em, filter?.organizationId, true, 'filter.organizationId'),
    filter?.memberId != null && { member: parseId(filter.memberId, 'filter.memberId') },
    filter?.kind?.length && { kind: { $in: filter.kind } },
    period && { from: { $lt: period.to }, $or: [{ to: null }, { to: { $gt: period.from } }] },
    scoped('branch', scopePath),
  );
  return listPage(em, SupervisorAssignment, where, [{ from: 'desc' }, { id: 'desc' }] as never, offset, limit);
}

/** Whether a member holds one of the roles in an organization above (or at) the branch during a period. */
async function holdsRole(tem: EntityManager, memberId: number, branch: Organization, roles: readonly string[], period: { from: string; to?: string | null }) {
  const positions = await tem.find(Position, { member: memberId, role: { $in: [...roles] as never }, organization: { $in: pathIds(branch.path) } }, { fields: ['from', 'to'] });
  return positions.some((p) => overlaps({ from: p.from, to: p.to ?? null }, period));
}

/** Applies and checks an assignment's fields: the domain's rules, with the facts they need looked up. */
async function applyAssignment(tem: EntityManager, row: SupervisorAssignment, input: AssignmentFields, branch: Organization) {
  if (input.note !== undefined) row.note = input.note?.trim() || null;
  if ((row.note?.length ?? 0) > 500) assertValid([invalid('note', 'Ghi chú tối đa 500 ký tự.')]);
  const rotation = row.kind === AssignmentKind.ROTATION;
  const facts = {
    kind: row.kind,
    quarter: rotation ? (input.quarter !== undefined ? input.quarter : row.quarter) : null,
    from: rotation ? null : (input.from !== undefined ? input.from : row.from),
    to: rotation ? null : (input.to !== undefined ? input.to : row.to ?? null),
  };
  const period = assignmentPeriod(facts);
  const plannedId = input.plannedMeetingId !== undefined ? parseOptionalId(input.plannedMeetingId, 'plannedMeetingId') : (row.plannedMeeting?.id ?? null);
  const planned = plannedId ? await tem.findOne(Meeting, { id: plannedId }) : null;
  const plannedDay = planned ? (planned.heldOn ?? planned.plannedOn) : null;
  const others = period
    ? await tem.count(SupervisorAssignment, {
        member: row.member.id, branch: branch.id, kind: row.kind, id: { $ne: row.id ?? 0 }, from: period.to ? { $lt: period.to } : { $ne: null },
        $or: [{ to: null }, { to: { $gt: period.from } }],
      })
    : 0;
  assertValid(checkSupervisorAssignment({
    ...facts,
    memberQualifies: period ? await holdsRole(tem, row.member.id, branch, rotation ? STANDING_ROLES : COMMITTEE_ROLES, period) : false,
    branchExists: period ? overlaps({ from: branch.foundedOn, to: branch.dissolvedOn ?? null }, period) : false,
    plannedMeetingFits: plannedId == null ? null : !!planned && planned.branch.id === branch.id && !!plannedDay && !!period && plannedDay >= period.from && (!period.to || plannedDay < period.to),
    overlaps: others > 0,
  }));
  Object.assign(row, { quarter: facts.quarter, from: period?.from, to: period?.to ?? null, plannedMeeting: planned });
}

/** Assigns a committee member to a branch: in charge for a term, or a rotation visit in a quarter. */
export function createAssignment(em: EntityManager, input: CreateSupervisorAssignmentInput): Promise<SupervisorAssignment> {
  return write(em, async (tem) => {
    const branch = await writableBranch(tem, input.branchId, 'branchId');
    const member = await findOr404(tem, Member, parseId(input.memberId, 'memberId'), 'memberId', 'đảng viên');
    await assertMemberWritable(tem, member.id, 'memberId');
    const row = tem.create(SupervisorAssignment, { member, branch, kind: input.kind } as never, { persist: false });
    await applyAssignment(tem, row, input, branch);
    tem.persist(row);
    await tem.flush();
    return row;
  });
}

/** Changes an assignment's period, planned meeting or note. */
export function updateAssignment(em: EntityManager, id: string, input: UpdateSupervisorAssignmentInput): Promise<SupervisorAssignment> {
  return write(em, async (tem) => {
    const row = await writableBranchRow(tem, SupervisorAssignment, id, 'phân công');
    await checkVersion(tem, row, input.version);
    await applyAssignment(tem, row, input, await tem.findOneOrFail(Organization, row.branch.id));
    await tem.flush();
    return row;
  });
}

/** Deletes an assignment entered by mistake. */
export function deleteAssignment(em: EntityManager, id: string): Promise<SupervisorAssignment> {
  return write(em, async (tem) => {
    const row = await writableBranchRow(tem, SupervisorAssignment, id, 'phân công');
    const snapshot = { ...row } as SupervisorAssignment;
    tem.remove(row);
    await tem.flush();
    return snapshot;
  });
}

/**
 * Keeps a quarter's rotation visits as accepted from the planner (or edited): the quarter's rotation assignments to
 * branches under the organization become exactly these, in one transaction, each checked like a single assignment.
 */
export function acceptRotation(em: EntityManager, input: AcceptRotationInput): Promise<SupervisorAssignment[]> {
  return write(em, async (tem) => {
    checkQuarterKey(input.quarter, 'quarter');
    const committee = await findOr404(tem, Organization, parseId(input.organizationId, 'organizationId'), 'organizationId', 'tổ chức');
    assertBranchInScope(tem, committee);
    if (input.visits.length > 500) assertValid([invalid('visits', 'Tối đa 500 lượt dự.')]);
    const existing = await tem.find(SupervisorAssignment, { kind: AssignmentKind.ROTATION, quarter: input.quarter, branch: { path: { $like: `${committee.path}%` } } });
    for (const row of existing) tem.remove(row);
    await tem.flush();
    const out: SupervisorAssignment[] = [];
    for (const [i, visit] of input.visits.entries()) {
      const at = (field: string) => `visits.${i}.${field}`;
      const branch = await writableBranch(tem, visit.branchId, at('branchId'));
      if (!branch.path.startsWith(committee.path)) assertValid([invalid(at('branchId'), 'Chi bộ không thuộc tổ chức này.')]);
      const memberId = parseId(visit.memberId, at('memberId'));
      await findOr404(tem, Member, memberId, at('memberId'), 'đảng viên');
      const row = tem.create(SupervisorAssignment, { member: tem.getReference(Member, memberId), branch, kind: AssignmentKind.ROTATION } as never, { persist: false });
      try {
        await applyAssignment(tem, row, { quarter: input.quarter, plannedMeetingId: visit.meetingId ?? null }, branch);
      } catch (error) {
        throw renamed(error, `visits.${i}.`);
      }
      tem.persist(row);
      out.push(row);
    }
    await tem.flush();
    return out;
  });
}

/** The organization a plan is made under must be in the writer's subtree (NOT_FOUND like a missing id otherwise). */
function assertBranchInScope(tem: EntityManager, organization: Organization): void {
  assertBranchWritable(tem, organization, 'organizationId', 'tổ chức');
}

/** An error of one line of a list, its field named with the line's prefix. */
function renamed(error: unknown, prefix: string): unknown {
  if (!(error instanceof AppError)) return error;
  const field = `${prefix}${error.extensions.field as string}`;
  return new AppError(error.extensions.code as ErrorCode, `${field}: ${error.message.replace(/^[^:]*: /, '')}`, field);
}
