import { invalid, todayInVietnam } from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import { branchCondition, deleteBranchRow, writableBranch, writableBranchRow } from '../../shared/branch-rows';
import { and, checkVersion, listPage, write } from '../../shared/crud';
import { AppError, assertValid, ErrorCode, parseId } from '../../shared/errors';
import { scoped } from '../../shared/scope';
import { ThematicPlanItem } from './thematic-plan.entity';
import type { CreateThematicPlanItemInput, ThematicPlanFields, ThematicPlanFilter, UpdateThematicPlanItemInput } from './thematic-plan.input';

/** Refuses a year outside 2000–2100, naming the field. */
export function checkYear(year: number, field = 'year'): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) assertValid([invalid(field, 'Năm từ 2000 đến 2100.')]);
}

async function applyPlanItem(tem: EntityManager, row: ThematicPlanItem, input: ThematicPlanFields) {
  for (const key of ['year', 'quarter', 'topicArea', 'title', 'reportedOn'] as const) if (input[key] !== undefined) (row as unknown as Record<string, unknown>)[key] = input[key];
  checkYear(row.year);
  if (!Number.isInteger(row.quarter) || row.quarter < 1 || row.quarter > 4) assertValid([invalid('quarter', 'Quý từ 1 đến 4.')]);
  if (!row.title?.trim() || row.title.length > 300) assertValid([invalid('title', 'Cần tên chủ đề (tối đa 300 ký tự).')]);
  if (row.reportedOn && row.reportedOn > todayInVietnam()) assertValid([invalid('reportedOn', 'Ngày báo cáo không thể ở tương lai.')]);
  const clash = await tem.findOne(ThematicPlanItem, { branch: row.branch.id, year: row.year, quarter: row.quarter, id: { $ne: row.id ?? 0 } });
  if (clash) throw new AppError(ErrorCode.CONFLICT, `quarter: chi bộ đã có chủ đề quý ${row.quarter}/${row.year}.`, 'quarter');
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
