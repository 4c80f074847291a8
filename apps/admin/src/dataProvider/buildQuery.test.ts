import { print } from 'graphql';
import { HttpError } from 'ra-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildQuery, clean, pageWindows } from './buildQuery';

const text = (name: string, resource: string, params: object) => print(buildQuery(name, resource, params as never).query);
const squash = (value: string) => value.replace(/\s+/g, ' ');

describe('getList', () => {
  it('turns page and perPage into offset and limit, and sorts by the API enum', () => {
    const { variables } = buildQuery('GET_LIST', 'organizations', {
      pagination: { page: 3, perPage: 25 },
      sort: { field: 'foundedOn', order: 'DESC' },
      filter: {},
    });
    expect(variables.offset).toBe(50);
    expect(variables.limit).toBe(25);
    expect(variables.sort).toEqual([{ field: 'FOUNDED_ON', direction: 'DESC' }]);
  });

  it('maps member sorts: name is the roll order, fullName the name as written', () => {
    const byName = buildQuery('GET_LIST', 'members', { pagination: { page: 1, perPage: 10 }, sort: { field: 'name', order: 'ASC' }, filter: {} });
    const byFullName = buildQuery('GET_LIST', 'members', { pagination: { page: 1, perPage: 10 }, sort: { field: 'fullName', order: 'ASC' }, filter: {} });
    expect(byName.variables.sort).toEqual([{ field: 'NAME', direction: 'ASC' }]);
    expect(byFullName.variables.sort).toEqual([{ field: 'FULL_NAME', direction: 'ASC' }]);
  });

  it('falls back to the default order for a column without a sort enum', () => {
    const { variables } = buildQuery('GET_LIST', 'organizations', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'memberCount', order: 'DESC' },
      filter: {},
    });
    expect(variables).not.toHaveProperty('sort');
  });

  it('maps filters: q to search, single values to lists, unknown keys dropped, dissolved hidden by default', () => {
    const { variables } = buildQuery('GET_LIST', 'organizations', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'name', order: 'ASC' },
      filter: { q: '  duc giang ', kind: 'BRANCH', branchKind: ['RESIDENTIAL', 'SCHOOL'], parentId: '2', bogus: 1, wardId: '' },
    });
    expect(variables.filter).toEqual({
      search: 'duc giang',
      kind: ['BRANCH'],
      branchKind: ['RESIDENTIAL', 'SCHOOL'],
      parentId: '2',
      dissolved: false,
    });
    expect(variables.asOf).toBeNull();
  });

  it('shows dissolved organizations when asked, and reads the tree and its counts as of a date', () => {
    const all = buildQuery('GET_LIST', 'organizations', { pagination: { page: 1, perPage: 25 }, sort: { field: 'name', order: 'ASC' }, filter: { includeDissolved: true } });
    expect(all.variables.filter).toEqual({});
    const past = buildQuery('GET_LIST', 'organizations', { pagination: { page: 1, perPage: 25 }, sort: { field: 'name', order: 'ASC' }, filter: { asOf: '2025-06-30' } });
    expect(past.variables.filter).toEqual({ asOf: '2025-06-30' });
    expect(past.variables.asOf).toBe('2025-06-30');
    expect(squash(print(past.query))).toContain('memberCount(asOf: $asOf)');
    // A branch's shortfall of official members, under the structure rule set in force on that day.
    expect(squash(print(past.query))).toContain('officialShortfall(asOf: $asOf) { minimum actual shortfall documentNumber documentDate }');
  });

  it('maps date ranges and boolean member filters', () => {
    const { variables } = buildQuery('GET_LIST', 'members', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'name', order: 'ASC' },
      filter: { admittedOn_gte: '2020-01-01', birthDate_lte: '1960-12-31', exempt: false, onSpecialDuty: null, status: 'PROBATIONARY', organizationId: '25' },
    });
    expect(variables.filter).toEqual({
      admittedOn: { from: '2020-01-01' },
      birthDate: { to: '1960-12-31' },
      exempt: false,
      status: ['PROBATIONARY'],
      organizationId: '25',
    });
  });

  it('always restricts party groups to their kind', () => {
    const { variables } = buildQuery('GET_LIST', 'partyGroups', { pagination: { page: 1, perPage: 25 }, sort: { field: 'name', order: 'ASC' }, filter: { kind: 'BRANCH', parentId: '6' } });
    expect(variables.filter).toEqual({ kind: ['PARTY_GROUP'], parentId: '6', dissolved: false });
  });

  describe('positions serving today', () => {
    afterEach(() => vi.useRealTimers());
    it('asks for terms active on the day in Vietnam', () => {
      vi.useFakeTimers();
      // 20:00 UTC on 31 Dec is already 1 January in Hanoi (UTC+7).
      vi.setSystemTime(new Date('2025-12-31T20:00:00Z'));
      const { variables } = buildQuery('GET_LIST', 'positions', { pagination: { page: 1, perPage: 25 }, sort: { field: 'from', order: 'ASC' }, filter: { active: true, role: 'BRANCH_SECRETARY' } });
      expect(variables.filter).toEqual({ activeOn: '2026-01-01', role: ['BRANCH_SECRETARY'] });
    });
  });

  it('fetches pages larger than the API limit in windows of 100 and joins them', () => {
    expect(pageWindows(1, 250)).toEqual([
      { offset: 0, limit: 100 },
      { offset: 100, limit: 100 },
      { offset: 200, limit: 50 },
    ]);
    const built = buildQuery('GET_LIST', 'members', { pagination: { page: 1, perPage: 250 }, sort: { field: 'name', order: 'ASC' }, filter: {} });
    expect(built.variables).toMatchObject({ offset: 0, limit: 100, offset1: 100, limit1: 100, offset2: 200, limit2: 50 });
    const result = built.parseResponse({
      data: {
        page: { total: 251, items: [{ id: '1', __typename: 'Member' }] },
        page1: { total: 251, items: [{ id: '2' }] },
        page2: { total: 251, items: [{ id: '3' }] },
      },
    });
    expect(result).toEqual({ data: [{ id: '1' }, { id: '2' }, { id: '3' }], total: 251 });
  });

  it('sends no sort to lists the API cannot sort', () => {
    const built = buildQuery('GET_LIST', 'exemptions', { pagination: { page: 1, perPage: 25 }, sort: { field: 'from', order: 'ASC' }, filter: { memberId: '7' } });
    expect(built.variables).not.toHaveProperty('sort');
    expect(print(built.query)).not.toContain('$sort');
  });
});

describe('getManyReference', () => {
  it('filters by the target and keeps dissolved children visible', () => {
    const { variables } = buildQuery('GET_MANY_REFERENCE', 'organizations', {
      target: 'parentId',
      id: 6,
      pagination: { page: 2, perPage: 10 },
      sort: { field: 'name', order: 'ASC' },
      filter: {},
    });
    expect(variables.filter).toEqual({ parentId: 6 });
    expect(variables.offset).toBe(10);
  });

  it('lists the members of a branch with a search', () => {
    const { variables } = buildQuery('GET_MANY_REFERENCE', 'members', {
      target: 'organizationId',
      id: '25',
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'name', order: 'ASC' },
      filter: { q: 'Hoa' },
    });
    expect(variables.filter).toEqual({ search: 'Hoa', organizationId: '25' });
  });
});

describe('getOne and getMany', () => {
  it('reads one record, derives id lists and strips __typename', () => {
    const built = buildQuery('GET_ONE', 'organizations', { id: 25 });
    expect(built.variables).toEqual({ id: '25' });
    const parsed = built.parseResponse({
      data: { data: { __typename: 'Organization', id: '25', predecessors: [{ __typename: 'Organization', id: '26', name: 'Cũ' }] } },
    });
    expect(parsed).toEqual({ data: { id: '25', predecessors: [{ id: '26', name: 'Cũ' }], predecessorIds: ['26'] } });
  });

  it('answers a missing record with a 404 react-admin understands', () => {
    const built = buildQuery('GET_ONE', 'members', { id: '999' });
    expect(() => built.parseResponse({ data: { data: null } })).toThrow(HttpError);
    expect(() => built.parseResponse({ data: { data: null } })).toThrow('ra.notification.item_doesnt_exist');
  });

  it('uses the ids filter where the API has one', () => {
    const built = buildQuery('GET_MANY', 'members', { ids: [1, '2'] });
    expect(built.variables).toEqual({ ids: ['1', '2'] });
    expect(squash(print(built.query))).toContain('members(filter: {ids: $ids}, limit: 100)');
  });

  it('asks for each record by id where the API has no ids filter', () => {
    const built = buildQuery('GET_MANY', 'positions', { ids: ['4', '9'] });
    expect(built.variables).toEqual({ id0: '4', id1: '9' });
    expect(squash(print(built.query))).toMatch(/r0: position\(id: \$id0\).*r1: position\(id: \$id1\)/);
    expect(built.parseResponse({ data: { r0: { id: '4' }, r1: null } })).toEqual({ data: [{ id: '4' }] });
  });
});

describe('create', () => {
  it('places a new member in a branch in the same call, leaving empty fields out', () => {
    const { variables } = buildQuery('CREATE', 'members', {
      data: {
        fullName: 'Nguyễn Thị Hoa',
        status: 'PROBATIONARY',
        admittedOn: '2025-09-02',
        phone: '',
        officialOn: null,
        isExempt: false,
        membership: { branchId: '25', partyGroupId: '', from: '2025-09-02' },
      },
    });
    expect(variables.input).toEqual({
      fullName: 'Nguyễn Thị Hoa',
      status: 'PROBATIONARY',
      admittedOn: '2025-09-02',
      membership: { branchId: '25', partyGroupId: null, from: '2025-09-02' },
    });
  });

  it('creates a member without membership when no branch is chosen', () => {
    const { variables } = buildQuery('CREATE', 'members', { data: { fullName: 'A', membership: { from: '2025-01-01' } } });
    expect(variables.input).toEqual({ fullName: 'A' });
  });

  it('forces the kind of a party group', () => {
    const built = buildQuery('CREATE', 'partyGroups', { data: { name: 'Tổ đảng số 4', code: 'T4', kind: 'BRANCH', parentId: '6', wardId: '4', foundedOn: '2025-09-01' } });
    expect(built.variables.input).toEqual({ name: 'Tổ đảng số 4', code: 'T4', kind: 'PARTY_GROUP', parentId: '6', wardId: '4', foundedOn: '2025-09-01' });
    expect(squash(print(built.query))).toContain('createOrganization(input: $input)');
  });

  it('turns a transfer into transferMember', () => {
    const built = buildQuery('CREATE', 'memberTransfers', { data: { memberId: '7', branchId: '25', on: '2026-03-16', note: 'Chuyển nơi cư trú' } });
    expect(squash(print(built.query))).toContain('transferMember(input: $input)');
    expect(built.variables.input).toEqual({ memberId: '7', branchId: '25', on: '2026-03-16', note: 'Chuyển nơi cư trú' });
  });
});

describe('update', () => {
  it('sends the version the user edited and only what changed', () => {
    const previousData = { id: '25', version: 3, name: 'Chi bộ 5', code: 'TDP05', address: 'Ngõ 1', predecessorIds: ['1', '2'], memberCount: 54 };
    const { variables } = buildQuery('UPDATE', 'organizations', {
      id: '25',
      data: { ...previousData, name: 'Chi bộ Tổ dân phố số 5', address: '', predecessorIds: ['2', '1'], memberCount: 99 },
      previousData,
    });
    expect(variables).toEqual({ id: '25', input: { name: 'Chi bộ Tổ dân phố số 5', address: null, version: 3 } });
  });

  it('never sends fields the update input does not have', () => {
    const previousData = { id: '8', version: 1, kind: 'PARTY_GROUP', parentId: '6', name: 'Tổ 1' };
    const { variables } = buildQuery('UPDATE', 'partyGroups', { id: '8', data: { ...previousData, kind: 'BRANCH', parentId: '7' }, previousData });
    expect(variables.input).toEqual({ version: 1 });
  });

  it('updates many with one aliased mutation per id and no version', () => {
    const built = buildQuery('UPDATE_MANY', 'positions', { ids: ['1', '2'], data: { to: '2026-01-01' } });
    expect(built.variables).toEqual({ id0: '1', id1: '2', input: { to: '2026-01-01' } });
    expect(built.parseResponse({ data: { r0: { id: '1' }, r1: { id: '2' } } })).toEqual({ data: ['1', '2'] });
  });
});

describe('delete', () => {
  it('deletes one record and reads back only its own columns', () => {
    const source = squash(text('DELETE', 'organizations', { id: '97' }));
    expect(source).toContain('deleteOrganization(id: $id)');
    expect(source).not.toContain('memberCount');
  });

  it('deletes many records in one request, one aliased field each', () => {
    const built = buildQuery('DELETE_MANY', 'members', { ids: ['5', '6', '7'] });
    expect(built.variables).toEqual({ id0: '5', id1: '6', id2: '7' });
    expect(squash(print(built.query))).toMatch(/r0: deleteMember\(id: \$id0\).*r2: deleteMember\(id: \$id2\)/);
    expect(built.parseResponse({ data: { r0: { id: '5' }, r1: { id: '6' }, r2: null } })).toEqual({ data: ['5', '6'] });
  });
});

it('refuses resources it does not know', () => {
  expect(() => buildQuery('GET_LIST', 'congresses', { pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' }, filter: {} })).toThrow(/congresses/);
});

it('cleans nested arrays and leaves scalars alone', () => {
  expect(clean({ a: [{ __typename: 'X', b: 1 }], c: null, d: 'x' })).toEqual({ a: [{ b: 1 }], c: null, d: 'x' });
});
