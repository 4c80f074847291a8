import { checkPlanYear, checkThematicPlanItem, todayInVietnam } from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import { branchCondition, deleteBranchRow, writableBranch, writableBranchRow } from '../../shared/branch-rows';
import { and, checkVersion, listPage, write } from '../../shared/crud';
import { assertValid, parseId } from '../../shared/errors';
import { scoped } from '../../shared/scope';
import { ThematicPlanItem } from './thematic-plan.entity';
import type { CreateThematicPlanItemInput, ThematicPlanFields, ThematicPlanFilter, UpdateThematicPlanItemInput } from './thematic-plan.input';

/** Refuses a year outside 2000–2100, naming the field. */
export function checkYear(year: number, field = 'year'): void {
  assertValid(checkPlanYear(year, field));
}

async function applyPlanItem(tem: EntityManager, row: ThematicPlanItem, input: ThematicPlanFields) {
  for (const key of ['year', 'quarter', 'topicArea', 'title', 'reportedOn'] as const) if (input[key] !== undefined) (row as unknown as Record<string, unknown>)[key] = input[key];
  const quarterTaken = (await tem.count(ThematicPlanItem, { branch: row.branch.id, year: row.year, quarter: row.quarter, id: { $ne: row.id ?? 0 } })) > 0;
  assertValid(checkThematicPlanItem({ ...row, quarterTaken }, todayInVietnam()));
}

/** Quarters of branches' thematic plans in the request's scope. */
export async function listThematicPlanItems(em: EntityManager, scopePath: string, filter: ThematicPlanFilter | undefined, offset?: number, limit?: number) {
  const where = and(
    await branchCondition(em, filter?.organizationId, filter?.descendants, 'filter.organizationId'),
    filter?.ids?.length && { id: { $in: filter.ids.map((v, i) => parseId(v, `filter.ids.${i}`)) } },
    filter?.year != null && { year: filter.year },
    scoped('branch', scopePath),
  );
  return listPage(em, ThematicPlanItem, where, [{ year: 'desc' }, { branch: 'asc' }, { quarter: 'asc' }] as never, offset, limit);
}

/** Plans a quarter's thematic topic for a branch. */
export function createThematicPlanItem(em: EntityManager, input: CreateThematicPlanItemInput): Promise<ThematicPlanItem> {
  return write(em, async (tem) => {
    const branch = await writableBranch(tem, input.branchId, 'branchId');
    const row = tem.create(ThematicPlanItem, { branch } as never, { persist: false });
    await applyPlanItem(tem, row, input);
    tem.persist(row);
    await tem.flush();
    return row;
  });
}

/** Changes a thematic plan item (e.g. records the day it was reported). */
export function updateThematicPlanItem(em: EntityManager, id: string, input: UpdateThematicPlanItemInput): Promise<ThematicPlanItem> {
  return write(em, async (tem) => {
    const row = await writableBranchRow(tem, ThematicPlanItem, id, 'chủ đề');
    await checkVersion(tem, row, input.version);
    await applyPlanItem(tem, row, input);
    await tem.flush();
    return row;
  });
}

/** Deletes a thematic plan item. */
export function deleteThematicPlanItem(em: EntityManager, id: string): Promise<ThematicPlanItem> {
  return deleteBranchRow(em, ThematicPlanItem, id, 'chủ đề');
}
