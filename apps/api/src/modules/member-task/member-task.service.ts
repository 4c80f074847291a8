import { checkMemberTaskAssignment, invalid, todayInVietnam, WorkStatus } from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { branchCondition, deleteBranchRow, inBranchOn, writableBranch, writableBranchRow } from '../../shared/branch-rows';
import { and, checkVersion, dayOrToday, findOr404, listPage, write } from '../../shared/crud';
import { AppError, assertValid, ErrorCode, parseId } from '../../shared/errors';
import { pageWindow } from '../../shared/pagination';
import { scoped } from '../../shared/scope';
import { assertMemberWritable } from '../../shared/write-scope';
import { Member } from '../member/member.entity';
import { workStatusOn } from '../member/work-status';
import { Organization } from '../organization/organization.entity';
import { checkYear } from '../thematic-plan/thematic-plan.service';
import { MemberTask } from './member-task.entity';
import type { AssignMemberTasksInput, CreateMemberTaskInput, MemberTaskFields, MemberTaskFilter, MembersWithoutTaskFilter, UpdateMemberTaskInput } from './member-task.input';

async function applyMemberTask(tem: EntityManager, row: MemberTask, input: MemberTaskFields) {
  if (input.description !== undefined) row.description = input.description;
  if (input.assignedOn !== undefined) row.assignedOn = input.assignedOn;
  const [memberInBranch, tasked] = await Promise.all([
    inBranchOn(tem, row.member.id, row.branch.id, row.assignedOn),
    tem.count(MemberTask, { member: row.member.id, branch: row.branch.id, year: row.year, id: { $ne: row.id ?? 0 } }),
  ]);
  assertValid(checkMemberTaskAssignment({ ...row, memberInBranch, alreadyTasked: tasked > 0 }, todayInVietnam()));
}

/** Members' yearly tasks in the request's scope. */
export async function listMemberTasks(em: EntityManager, scopePath: string, filter: MemberTaskFilter | undefined, offset?: number, limit?: number) {
  const where = and(
    await branchCondition(em, filter?.organizationId, filter?.descendants, 'filter.organizationId'),
    filter?.ids?.length && { id: { $in: filter.ids.map((v, i) => parseId(v, `filter.ids.${i}`)) } },
    filter?.year != null && { year: filter.year },
    filter?.memberId != null && { member: parseId(filter.memberId, 'filter.memberId') },
    scoped('branch', scopePath),
  );
  return listPage(em, MemberTask, where, [{ year: 'desc' }, { member: { sortKey: 'asc' } }] as never, offset, limit);
}

/**
 * Working members without a task for the year (DOMAIN convention 7): members of branches under the organization
 * on the day, working that day (not yet retired) and not exempt, holding no task for that year from any branch.
 */
export function membersWithoutTaskQuery(em: EntityManager, path: string, year: number, day: string) {
  return (em as SqlEntityManager).createQueryBuilder(Member, 'm')
    .where(workStatusOn(WorkStatus.WORKING, day))
    .andWhere('exists (select 1 from membership ms join organization o on o.id = ms.branch_id where ms.member_id = m.id and ms.from_date <= ? and (ms.to_date is null or ms.to_date > ?) and o.path like ?)', [day, day, `${path}%`])
    .andWhere('not exists (select 1 from exemption e where e.member_id = m.id and e.from_date <= ? and (e.to_date is null or e.to_date > ?))', [day, day])
    .andWhere('not exists (select 1 from member_task t where t.member_id = m.id and t.year = ?)', [year]);
}

/** Working members without a task for the year under an organization in the request's scope (empty outside it). */
export async function listMembersWithoutTask(em: EntityManager, scopePath: string, filter: MembersWithoutTaskFilter, offset?: number, limit?: number) {
  checkYear(filter.year, 'filter.year');
  const window = pageWindow(offset, limit);
  const org = await em.findOne(Organization, { id: parseId(filter.organizationId, 'filter.organizationId') });
  if (!org?.path.startsWith(scopePath)) return { items: [], total: 0, ...window };
  const day = dayOrToday(filter.asOf);
  const total = await membersWithoutTaskQuery(em, org.path, filter.year, day).getCount();
  const items = await membersWithoutTaskQuery(em, org.path, filter.year, day).orderBy({ sortKey: 'asc', id: 'asc' }).offset(window.offset).limit(window.limit).getResultList();
  return { items, total, ...window };
}

/** Assigns a member's task for a year. */
export function createMemberTask(em: EntityManager, input: CreateMemberTaskInput): Promise<MemberTask> {
  return write(em, async (tem) => {
    const branch = await writableBranch(tem, input.branchId, 'branchId');
    const member = await findOr404(tem, Member, parseId(input.memberId, 'memberId'), 'memberId', 'đảng viên');
    await assertMemberWritable(tem, member.id, 'memberId');
    checkYear(input.year);
    const row = tem.create(MemberTask, { member, branch, year: input.year } as never, { persist: false });
    await applyMemberTask(tem, row, input);
    tem.persist(row);
    await tem.flush();
    return row;
  });
}

/** Assigns several members' tasks for a year in one transaction (all or none), naming the line at fault. */
export function assignMemberTasks(em: EntityManager, input: AssignMemberTasksInput): Promise<MemberTask[]> {
  return write(em, async (tem) => {
    const branch = await writableBranch(tem, input.branchId, 'branchId');
    checkYear(input.year);
    if (input.tasks.length === 0 || input.tasks.length > 500) assertValid([invalid('tasks', 'Từ 1 đến 500 dòng.')]);
    const out: MemberTask[] = [];
    const seen = new Set<number>();
    for (const [i, line] of input.tasks.entries()) {
      const memberId = parseId(line.memberId, `tasks.${i}.memberId`);
      if (seen.has(memberId)) assertValid([invalid(`tasks.${i}.memberId`, 'Đảng viên được ghi hai lần.')]);
      seen.add(memberId);
      const member = await findOr404(tem, Member, memberId, `tasks.${i}.memberId`, 'đảng viên');
      await assertMemberWritable(tem, member.id, `tasks.${i}.memberId`);
      const row = tem.create(MemberTask, { member, branch, year: input.year } as never, { persist: false });
      try {
        await applyMemberTask(tem, row, { description: line.description, assignedOn: input.assignedOn });
      } catch (error) {
        // Name the line at fault, so the sheet can mark it.
        if (error instanceof AppError) {
          const field = `tasks.${i}.${error.extensions.field === 'assignedOn' ? 'memberId' : error.extensions.field}`;
          throw new AppError(error.extensions.code as ErrorCode, `${field}: ${error.message.replace(/^[^:]*: /, '')}`, field);
        }
        throw error;
      }
      tem.persist(row);
      out.push(row);
    }
    await tem.flush();
    return out;
  });
}

/** Changes a member task. */
export function updateMemberTask(em: EntityManager, id: string, input: UpdateMemberTaskInput): Promise<MemberTask> {
  return write(em, async (tem) => {
    const row = await writableBranchRow(tem, MemberTask, id, 'nhiệm vụ');
    await checkVersion(tem, row, input.version);
    await applyMemberTask(tem, row, input);
    await tem.flush();
    return row;
  });
}

/** Deletes a member task entered by mistake. */
export function deleteMemberTask(em: EntityManager, id: string): Promise<MemberTask> {
  return deleteBranchRow(em, MemberTask, id, 'nhiệm vụ');
}
