import { checkPeriod, checkRequiredText, conflict, invalid, searchText, vietnameseSortKey } from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import { and, checkVersion, dateRangeConditionFor, existingOn, findOr404, listPage, orderBy, searchCondition, write } from '../../shared/crud';
import { assertValid, notFound, parseId } from '../../shared/errors';
import { actorOf } from '../../shared/request-scope';
import { Organization } from '../organization/organization.entity';
import { Ward } from './ward.entity';
import { type CreateWardInput, type UpdateWardInput, WARD_SORT_COLUMNS, type WardFilter, type WardSort } from './ward.input';

async function mergedFrom(em: EntityManager, ids: string[] | undefined, selfId?: number): Promise<Ward[] | undefined> {
  if (!ids) return undefined;
  const keys = ids.map((id) => parseId(id, 'mergedFromIds'));
  if (selfId && keys.includes(selfId)) assertValid([invalid('mergedFromIds', 'Một phường không thể sáp nhập từ chính nó.')]);
  const rows = await em.find(Ward, { id: { $in: keys } });
  if (rows.length !== new Set(keys).size) assertValid([invalid('mergedFromIds', 'Có phường không tồn tại.')]);
  return rows;
}

async function codeFree(em: EntityManager, code: string, id?: number) {
  const clash = await em.findOne(Ward, { code, ...(id ? { id: { $ne: id } } : {}) });
  return clash ? [conflict('code', 'Mã phường đã được dùng.')] : [];
}

/**
 * Wards are above the organization tree: one may be changed by the whole-tree roles, by users whose subtree lies in
 * it, and, while it has no organization yet, by any structure editor. Another ward answers as a missing id does.
 */
async function assertWardWritable(tem: EntityManager, ward: Ward): Promise<void> {
  const scope = actorOf(tem).viewer?.scopePath ?? '/';
  if (scope === '/') return;
  const own = await tem.findOne(Organization, { path: scope }, { fields: ['ward'] });
  if (own?.ward.id === ward.id) return;
  if ((await tem.count(Organization, { ward: ward.id })) === 0) return;
  throw notFound('id', 'phường');
}

/** Replaces the wards a ward was merged from, when the input gives them. */
async function setMergedFrom(ward: Ward, sources: Ward[] | undefined): Promise<void> {
  if (!sources) return;
  // set() on a collection never loaded would not remove the links it does not know about.
  if (!ward.mergedFrom.isInitialized()) await ward.mergedFrom.init();
  ward.mergedFrom.set(sources);
}

/** Wards matching a filter, sorted and paged. */
export function listWards(em: EntityManager, filter: WardFilter | undefined, sort: InstanceType<typeof WardSort>[] | undefined, offset?: number, limit?: number) {
  const where = and(
    filter?.ids && { id: { $in: filter.ids.map((id) => parseId(id, 'filter.ids')) } },
    searchCondition(filter?.search),
    filter?.asOf && existingOn(filter.asOf),
    dateRangeConditionFor('foundedOn', filter?.foundedOn),
  );
  return listPage(em, Ward, where, orderBy(sort as never, WARD_SORT_COLUMNS, { sortKey: 'asc' }), offset, limit);
}

/** Creates a ward, optionally formed by merging others. */
export function createWard(em: EntityManager, input: CreateWardInput): Promise<Ward> {
  return write(em, async (tem) => {
    assertValid([
      ...checkRequiredText(input.code, 'code', 40),
      ...checkRequiredText(input.name, 'name', 200),
      ...checkPeriod({ from: input.foundedOn, to: input.dissolvedOn }, 'foundedOn', 'dissolvedOn'),
    ]);
    assertValid(await codeFree(tem, input.code.trim()));
    const sources = await mergedFrom(tem, input.mergedFromIds);
    const ward = tem.create(Ward, {
      code: input.code.trim(), name: input.name.trim(), foundedOn: input.foundedOn, dissolvedOn: input.dissolvedOn ?? null,
      searchText: searchText(input.code, input.name), sortKey: vietnameseSortKey(input.name),
    } as never);
    await setMergedFrom(ward, sources);
    await tem.flush();
    return ward;
  });
}

/** Updates a ward. */
export function updateWard(em: EntityManager, id: string, input: UpdateWardInput): Promise<Ward> {
  return write(em, async (tem) => {
    const ward = await findOr404(tem, Ward, parseId(id, 'id'), 'id', 'phường');
    await assertWardWritable(tem, ward);
    await checkVersion(tem, ward, input.version);
    const next = {
      code: input.code?.trim() ?? ward.code,
      name: input.name?.trim() ?? ward.name,
      foundedOn: input.foundedOn ?? ward.foundedOn,
      dissolvedOn: input.dissolvedOn !== undefined ? input.dissolvedOn : ward.dissolvedOn,
    };
    assertValid([
      ...(input.code !== undefined ? checkRequiredText(input.code, 'code', 40) : []),
      ...(input.name !== undefined ? checkRequiredText(input.name, 'name', 200) : []),
      ...checkPeriod({ from: next.foundedOn, to: next.dissolvedOn }, 'foundedOn', 'dissolvedOn'),
    ]);
    assertValid(await codeFree(tem, next.code, ward.id));
    const sources = await mergedFrom(tem, input.mergedFromIds, ward.id);
    Object.assign(ward, next, { searchText: searchText(next.code, next.name), sortKey: vietnameseSortKey(next.name) });
    await setMergedFrom(ward, sources);
    await tem.flush();
    return ward;
  });
}

/** Deletes a ward entered by mistake; one with organizations is refused with CONFLICT. */
export function deleteWard(em: EntityManager, id: string): Promise<Ward> {
  return write(em, async (tem) => {
    const ward = await findOr404(tem, Ward, parseId(id, 'id'), 'id', 'phường');
    await assertWardWritable(tem, ward);
    if (await tem.count(Organization, { ward: ward.id })) assertValid([conflict('id', 'Phường đã có tổ chức đảng; hãy ghi ngày giải thể thay vì xóa.')]);
    const snapshot = { ...ward } as Ward;
    tem.remove(ward);
    await tem.flush();
    return snapshot;
  });
}
