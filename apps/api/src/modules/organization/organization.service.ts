import {
  checkPeriod, checkPlacement, checkRequiredText, conflict, invalid, searchText, vietnameseSortKey, type Violation,
} from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import { and, checkVersion, dateRangeConditionFor, existingOn, findOr404, searchCondition, write } from '../../shared/crud';
import { assertValid, parseId, parseOptionalId } from '../../shared/errors';
import { actorOf } from '../../shared/request-scope';
import { assertWritable } from '../../shared/scope';
import { Membership } from '../membership/membership.entity';
import { Position } from '../position/position.entity';
import { Ward } from '../ward/ward.entity';
import { Organization } from './organization.entity';
import type { CreateOrganizationInput, OrganizationFilter, UpdateOrganizationInput } from './organization.input';

/** Turns a filter into a MikroORM condition (one extra lookup for the parent's path when descendants are asked). */
export async function organizationWhere(em: EntityManager, filter: OrganizationFilter | undefined): Promise<object> {
  if (!filter) return {};
  let under: object | undefined;
  if (filter.parentId != null) {
    const parentId = parseId(filter.parentId, 'filter.parentId');
    if (filter.descendants) {
      const parent = await em.findOne(Organization, { id: parentId }, { fields: ['path'] });
      under = { path: { $like: `${parent?.path ?? '/none/'}%` }, id: { $ne: parentId } };
    } else {
      under = { parent: parentId };
    }
  }
  return and(
    filter.ids && { id: { $in: filter.ids.map((id) => parseId(id, 'filter.ids')) } },
    filter.kind?.length && { kind: { $in: filter.kind } },
    filter.branchKind?.length && { branchKind: { $in: filter.branchKind } },
    filter.wardId != null && { ward: parseId(filter.wardId, 'filter.wardId') },
    under,
    filter.asOf && existingOn(filter.asOf),
    searchCondition(filter.search),
    dateRangeConditionFor('foundedOn', filter.foundedOn),
    dateRangeConditionFor('dissolvedOn', filter.dissolvedOn),
    filter.dissolved === true && { dissolvedOn: { $ne: null } },
    filter.dissolved === false && { dissolvedOn: null },
  );
}

function derived(org: Organization): void {
  org.searchText = searchText(org.code, org.name);
  org.sortKey = vietnameseSortKey(org.name);
}

function checkTexts(input: { code?: string; name?: string; address?: string | null; note?: string | null }): Violation[] {
  const out: Violation[] = [];
  if (input.code !== undefined) {
    out.push(...checkRequiredText(input.code, 'code', 40));
    if (input.code && !/^[\p{L}\p{N}._-]+$/u.test(input.code.trim())) out.push(invalid('code', 'Mã chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới.'));
  }
  if (input.name !== undefined) out.push(...checkRequiredText(input.name, 'name', 200));
  if (input.address && input.address.length > 300) out.push(invalid('address', 'Tối đa 300 ký tự.'));
  if (input.note && input.note.length > 5000) out.push(invalid('note', 'Tối đa 5000 ký tự.'));
  return out;
}

async function checkCodeFree(em: EntityManager, org: { ward: number; parent: number | null; code: string; id?: number }): Promise<Violation[]> {
  const clash = await em.findOne(Organization, { ward: org.ward, parent: org.parent, code: org.code, ...(org.id ? { id: { $ne: org.id } } : {}) });
  return clash ? [conflict('code', 'Mã này đã được dùng cho một tổ chức cùng cấp trên.')] : [];
}

async function loadPredecessors(em: EntityManager, ids: string[] | undefined, selfId?: number): Promise<Organization[] | undefined> {
  if (!ids) return undefined;
  const keys = ids.map((id) => parseId(id, 'predecessorIds'));
  if (selfId && keys.includes(selfId)) assertValid([invalid('predecessorIds', 'Một tổ chức không thể là tiền thân của chính nó.')]);
  const rows = await em.find(Organization, { id: { $in: keys } });
  if (rows.length !== new Set(keys).size) assertValid([invalid('predecessorIds', 'Có tổ chức tiền thân không tồn tại.')]);
  return rows;
}

/** Facts that a dissolution or a later founding date must respect: live children and memberships. */
async function checkDependants(em: EntityManager, org: Organization): Promise<Violation[]> {
  const out: Violation[] = [];
  if (org.dissolvedOn) {
    const liveChild = await em.count(Organization, { parent: org.id, $or: [{ dissolvedOn: null }, { dissolvedOn: { $gt: org.dissolvedOn } }] });
    if (liveChild) out.push(conflict('dissolvedOn', 'Còn tổ chức trực thuộc hoạt động sau ngày giải thể; hãy giải thể hoặc chuyển chúng trước.'));
    const liveMembers = await em.count(Membership, { $and: [{ $or: [{ branch: org.id }, { partyGroup: org.id }] }, { $or: [{ to: null }, { to: { $gt: org.dissolvedOn } }] }] });
    if (liveMembers) out.push(conflict('dissolvedOn', 'Còn đảng viên sinh hoạt sau ngày giải thể; hãy chuyển sinh hoạt trước.'));
  }
  const earlyChild = await em.count(Organization, { parent: org.id, foundedOn: { $lt: org.foundedOn } });
  if (earlyChild) out.push(invalid('foundedOn', 'Có tổ chức trực thuộc được thành lập trước ngày này.'));
  const earlyMember = await em.count(Membership, { $or: [{ branch: org.id }, { partyGroup: org.id }], from: { $lt: org.foundedOn } });
  if (earlyMember) out.push(invalid('foundedOn', 'Có đảng viên sinh hoạt từ trước ngày này.'));
  return out;
}

/** Creates an organization under its parent, checking placement, dates and the code. */
export async function createOrganization(em: EntityManager, input: CreateOrganizationInput): Promise<Organization> {
  return write(em, async (tem) => {
    const wardId = parseId(input.wardId, 'wardId');
    const parentId = parseOptionalId(input.parentId, 'parentId');
    const violations = [...checkTexts(input), ...checkPeriod({ from: input.foundedOn, to: input.dissolvedOn }, 'foundedOn', 'dissolvedOn')];
    assertValid(violations);
    const ward = await findOr404(tem, Ward, wardId, 'wardId', 'phường');
    const parent = parentId ? await findOr404(tem, Organization, parentId, 'parentId', 'tổ chức cấp trên') : null;
    assertWritable(actorOf(tem).viewer?.scopePath ?? '/', parent?.path ?? '/', 'parentId', 'tổ chức cấp trên');
    if (parent && parent.ward.id !== ward.id) assertValid([invalid('parentId', 'Tổ chức cấp trên thuộc phường khác.')]);
    assertValid(checkPlacement({ ...input, branchKind: input.branchKind ?? null }, parent));
    assertValid(await checkCodeFree(tem, { ward: ward.id, parent: parentId, code: input.code.trim() }));
    const predecessors = await loadPredecessors(tem, input.predecessorIds);
    const org = tem.create(Organization, {
      ward, parent, kind: input.kind, branchKind: input.branchKind ?? null, code: input.code.trim(), name: input.name.trim(),
      foundedOn: input.foundedOn, dissolvedOn: input.dissolvedOn ?? null, address: input.address ?? null, note: input.note ?? null,
      path: '', searchText: '', sortKey: '',
    } as never);
    derived(org);
    if (predecessors) {
      // set() on a collection never loaded would not remove the links it does not know about.
      if (!org.predecessors.isInitialized()) await org.predecessors.init();
      org.predecessors.set(predecessors);
    }
    await tem.flush();
    org.path = `${parent?.path ?? '/'}${org.id}/`;
    await tem.flush();
    return org;
  });
}

/** Updates an organization's own fields; its place in the tree is fixed (see UpdateOrganizationInput). */
export async function updateOrganization(em: EntityManager, id: string, input: UpdateOrganizationInput): Promise<Organization> {
  return write(em, async (tem) => {
    const org = await findOr404(tem, Organization, parseId(id, 'id'), 'id', 'tổ chức');
    assertWritable(actorOf(tem).viewer?.scopePath ?? '/', org.path, 'id');
    await checkVersion(tem, org, input.version);
    assertValid(checkTexts(input));
    const next = {
      foundedOn: input.foundedOn ?? org.foundedOn,
      dissolvedOn: input.dissolvedOn !== undefined ? input.dissolvedOn : org.dissolvedOn,
      branchKind: input.branchKind !== undefined ? input.branchKind : org.branchKind,
    };
    assertValid(checkPeriod({ from: next.foundedOn, to: next.dissolvedOn }, 'foundedOn', 'dissolvedOn'));
    const parent = org.parent ? await tem.findOneOrFail(Organization, org.parent.id) : null;
    assertValid(checkPlacement({ kind: org.kind, ...next }, parent));
    if (input.code !== undefined) {
      assertValid(await checkCodeFree(tem, { ward: org.ward.id, parent: parent?.id ?? null, code: input.code.trim(), id: org.id }));
      org.code = input.code.trim();
    }
    if (input.name !== undefined) org.name = input.name.trim();
    if (input.address !== undefined) org.address = input.address;
    if (input.note !== undefined) org.note = input.note;
    Object.assign(org, next);
    assertValid(await checkDependants(tem, org));
    const predecessors = await loadPredecessors(tem, input.predecessorIds, org.id);
    if (predecessors) {
      // set() on a collection never loaded would not remove the links it does not know about.
      if (!org.predecessors.isInitialized()) await org.predecessors.init();
      org.predecessors.set(predecessors);
    }
    derived(org);
    await tem.flush();
    return org;
  });
}

/** Deletes an organization entered by mistake; one with children, members or positions is kept (dissolve it instead). */
export async function deleteOrganization(em: EntityManager, id: string): Promise<Organization> {
  return write(em, async (tem) => {
    const org = await findOr404(tem, Organization, parseId(id, 'id'), 'id', 'tổ chức');
    assertWritable(actorOf(tem).viewer?.scopePath ?? '/', org.path, 'id');
    const children = await tem.count(Organization, { parent: org.id });
    const memberships = await tem.count(Membership, { $or: [{ branch: org.id }, { partyGroup: org.id }] });
    const positions = await tem.count(Position, { organization: org.id });
    if (children || memberships || positions) {
      assertValid([conflict('id', 'Tổ chức đã có tổ chức trực thuộc, đảng viên hoặc chức vụ; hãy ghi ngày giải thể thay vì xóa.')]);
    }
    const snapshot = { ...org } as Organization;
    tem.remove(org);
    await tem.flush();
    return snapshot;
  });
}
