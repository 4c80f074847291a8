import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildSchema, type DocumentNode, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AUTH_DOCUMENTS } from '../authProvider';
import { RECORD_ATTENDANCE } from './attendance';
import { buildQuery } from './buildQuery';
import { ACCEPT_ROTATION } from '../resources/supervision/proposal';
import { ASSIGN_MEMBER_TASKS } from './memberTasks';
import { RESOURCES } from './resources';

/** Every document the dialect can build must be valid against the schema the API emits (the committed SDL). */
const schema = buildSchema(
  readFileSync(createRequire(import.meta.url).resolve('@chibo/graphql-types/schema.graphql'), 'utf8'),
);

const errorsOf = (doc: DocumentNode) => validate(schema, doc).map((e) => e.message);

const listParams = { pagination: { page: 2, perPage: 150 }, sort: { field: 'id', order: 'DESC' }, filter: { q: 'x' } };

describe.each(Object.entries(RESOURCES))('%s documents', (resource, spec) => {
  const calls: Array<[string, object]> = [];
  if (spec.list) {
    calls.push(['GET_LIST', listParams]);
    calls.push(['GET_MANY_REFERENCE', { ...listParams, target: 'memberId', id: '1' }]);
  }
  if (spec.one) calls.push(['GET_ONE', { id: '1' }]);
  // getMany reads by the ids filter, else one record per id: a list without either (or a record read by
  // other arguments, the alerts) is never asked for by ids.
  if ((spec.list && spec.idsFilter) || (spec.one && !spec.oneArguments)) {
    calls.push(['GET_MANY', { ids: Array.from({ length: 120 }, (_, i) => String(i + 1)) }]);
  }
  if (spec.create) calls.push(['CREATE', { data: {} }]);
  if (spec.update) {
    calls.push(['UPDATE', { id: '1', data: {}, previousData: { id: '1', version: 1 } }]);
    calls.push(['UPDATE_MANY', { ids: ['1', '2'], data: {} }]);
  }
  if (spec.remove) {
    calls.push(['DELETE', { id: '1' }]);
    calls.push(['DELETE_MANY', { ids: ['1', '2'] }]);
  }

  it.each(calls)('%s is valid', (method, params) => {
    expect(errorsOf(buildQuery(method, resource, params as never).query)).toEqual([]);
  });

  it('names only input fields the API has', () => {
    const inputFields = (typeName: string | undefined) => {
      const type = typeName ? schema.getType(typeName) : undefined;
      return type && 'getFields' in type ? Object.keys(type.getFields()) : [];
    };
    const create = inputFields(spec.createInputType);
    const update = inputFields(spec.updateInputType);
    expect(spec.createFields.filter((f) => !create.includes(f))).toEqual([]);
    expect(spec.updateFields.filter((f) => !update.includes(f))).toEqual([]);
    const filter = inputFields(spec.filterType);
    const { scalars = [], lists = [], ranges = [], search } = spec.filterShape;
    const named = [...scalars, ...lists, ...ranges, ...(search ? ['search'] : [])];
    expect(named.filter((f) => !filter.includes(f))).toEqual([]);
  });
});

describe('session documents', () => {
  it.each(Object.entries(AUTH_DOCUMENTS))('%s is valid', (_name, text) => {
    expect(errorsOf(parse(text))).toEqual([]);
  });
});

describe('the attendance sheet', () => {
  it('saves through a valid recordAttendance document', () => {
    expect(errorsOf(parse(RECORD_ATTENDANCE))).toEqual([]);
  });
});

describe('the sheet of the year’s tasks', () => {
  it('saves through a valid assignMemberTasks document', () => {
    expect(errorsOf(parse(ASSIGN_MEMBER_TASKS))).toEqual([]);
  });
});

describe('the quarter’s rotation visits', () => {
  it('are accepted through a valid acceptRotation document', () => {
    expect(errorsOf(parse(ACCEPT_ROTATION))).toEqual([]);
  });
});
