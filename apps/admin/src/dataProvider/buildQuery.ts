import { type DocumentNode, parse } from 'graphql';
import {
  CREATE,
  type CreateParams,
  DELETE,
  DELETE_MANY,
  type DeleteManyParams,
  type DeleteParams,
  GET_LIST,
  GET_MANY,
  GET_MANY_REFERENCE,
  GET_ONE,
  type GetListParams,
  type GetManyParams,
  type GetManyReferenceParams,
  type GetOneParams,
  HttpError,
  UPDATE,
  UPDATE_MANY,
  type UpdateManyParams,
  type UpdateParams,
} from 'ra-core';
import type { Values } from './filters';
import { createInput, updateInput } from './inputs';
import { apiFilter, resourceSpec } from './resources';
import type { ResourceSpec } from './spec';

/** The API refuses pages larger than this; bigger react-admin pages (exports) are fetched in several windows. */
export const MAX_PAGE = 100;

export interface BuiltQuery {
  query: DocumentNode;
  variables: Values;
  parseResponse: (response: { data?: unknown }) => unknown;
}

const documents = new Map<string, DocumentNode>();

/** Parses each generated document once; the same text is built again for every call of the same shape. */
function gql(text: string): DocumentNode {
  let doc = documents.get(text);
  if (!doc) {
    doc = parse(text);
    documents.set(text, doc);
  }
  return doc;
}

/** Drops the __typename Apollo adds to every selection, so records hold only the API's fields. */
export function clean(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clean);
  if (value === null || typeof value !== 'object') return value;
  const out: Values = {};
  for (const [key, item] of Object.entries(value)) {
    if (key !== '__typename') out[key] = clean(item);
  }
  return out;
}

function record(spec: ResourceSpec, raw: unknown): Values {
  const cleaned = clean(raw) as Values;
  return spec.normalize ? spec.normalize(cleaned) : cleaned;
}

function need(spec: ResourceSpec, key: 'list' | 'one' | 'create' | 'update' | 'remove', method: string): string {
  const field = spec[key];
  if (!field) throw new Error(`${spec.typeName} does not support ${method}`);
  return field;
}

/** Offsets and limits covering one react-admin page, each at most MAX_PAGE long. */
export function pageWindows(page: number, perPage: number): Array<{ offset: number; limit: number }> {
  const start = (Math.max(page, 1) - 1) * perPage;
  const windows: Array<{ offset: number; limit: number }> = [];
  for (let offset = start; offset < start + perPage; offset += MAX_PAGE) {
    windows.push({ offset, limit: Math.min(MAX_PAGE, start + perPage - offset) });
  }
  return windows.length > 0 ? windows : [{ offset: start, limit: 1 }];
}

/** The API sort for a react-admin sort; a field without an enum value falls back to the API's default order. */
export function apiSort(spec: ResourceSpec, sort: { field: string; order: string } | undefined): Values[] | undefined {
  const field = sort ? spec.sortFields[sort.field] : undefined;
  if (!field || !spec.sortType) return undefined;
  return [{ field, direction: sort?.order === 'DESC' ? 'DESC' : 'ASC' }];
}

const suffix = (index: number) => (index === 0 ? '' : String(index));

function listVariableDeclarations(spec: ResourceSpec): string {
  return Object.entries(spec.listVariables ?? {})
    .map(([name, type]) => `, $${name}: ${type}`)
    .join('');
}

/** Values for the selection's extra variables, read from the API filter (e.g. asOf for member counts). */
function listVariableValues(spec: ResourceSpec, filter: Values): Values {
  return Object.fromEntries(Object.keys(spec.listVariables ?? {}).map((name) => [name, filter[name] ?? null]));
}

/** A paged list: one aliased field per window, all in one request, concatenated in order. */
function pagedList(spec: ResourceSpec, name: string, filter: Values, sort: Values[] | undefined, page: number, perPage: number): BuiltQuery {
  const list = need(spec, 'list', name);
  const windows = pageWindows(page, perPage);
  const filterDecl = spec.filterType ? [`$filter: ${spec.filterType}${spec.filterRequired ? '!' : ''}`] : [];
  const filterArg = spec.filterType ? ['filter: $filter'] : [];
  const sortDecl = spec.sortType ? [`$sort: [${spec.sortType}!]`] : [];
  const sortArg = spec.sortType ? ['sort: $sort'] : [];
  const declarations = windows.map((_, i) => `$offset${suffix(i)}: Int!, $limit${suffix(i)}: Int!`);
  const fields = windows
    .map((_, i) => {
      const args = [...filterArg, ...sortArg, `offset: $offset${suffix(i)}`, `limit: $limit${suffix(i)}`].join(', ');
      return `page${suffix(i)}: ${list}(${args}) { total items { ${spec.selections.list} } }`;
    })
    .join('\n');
  const text = `query ${spec.typeName}${name}(${[...filterDecl, ...sortDecl, ...declarations].join(', ')}${listVariableDeclarations(spec)}) {
    ${fields}
  }`;
  const variables: Values = { ...(spec.filterType ? { filter } : {}), ...listVariableValues(spec, filter) };
  if (sort) variables.sort = sort;
  windows.forEach((window, i) => {
    variables[`offset${suffix(i)}`] = window.offset;
    variables[`limit${suffix(i)}`] = window.limit;
  });
  return {
    query: gql(text),
    variables,
    parseResponse: (response) => {
      const data = (response.data ?? {}) as Record<string, { total: number; items: unknown[] }>;
      const items = windows.flatMap((_, i) => data[`page${suffix(i)}`]?.items ?? []);
      return { data: items.map((item) => record(spec, item)), total: data.page?.total ?? 0 };
    },
  };
}

/** A call with nothing to ask (no ids): a trivial query, so callers still get a well-formed empty answer. */
function nothing(): BuiltQuery {
  return { query: gql('query Nothing { __typename }'), variables: {}, parseResponse: () => ({ data: [] }) };
}

/** getMany: by the ids filter where the API has one (in windows of MAX_PAGE ids), otherwise one aliased field per id. */
function many(spec: ResourceSpec, ids: readonly (string | number)[]): BuiltQuery {
  const keys = ids.map(String);
  if (spec.idsFilter) {
    const list = need(spec, 'list', GET_MANY);
    const chunks: string[][] = [];
    for (let i = 0; i < keys.length; i += MAX_PAGE) chunks.push(keys.slice(i, i + MAX_PAGE));
    if (chunks.length === 0) chunks.push([]);
    const text = `query ${spec.typeName}Many(${chunks.map((_, i) => `$ids${suffix(i)}: [ID!]!`).join(', ')}${listVariableDeclarations(spec)}) {
      ${chunks.map((_, i) => `page${suffix(i)}: ${list}(filter: { ids: $ids${suffix(i)} }, limit: ${MAX_PAGE}) { items { ${spec.selections.list} } }`).join('\n')}
    }`;
    const variables: Values = listVariableValues(spec, {});
    chunks.forEach((chunk, i) => {
      variables[`ids${suffix(i)}`] = chunk;
    });
    return {
      query: gql(text),
      variables,
      parseResponse: (response) => {
        const data = (response.data ?? {}) as Record<string, { items: unknown[] }>;
        return { data: chunks.flatMap((_, i) => data[`page${suffix(i)}`]?.items ?? []).map((item) => record(spec, item)) };
      },
    };
  }
  const one = need(spec, 'one', GET_MANY);
  if (spec.oneArguments) throw new Error(`${spec.typeName} does not support ${GET_MANY}`);
  if (keys.length === 0) return nothing();
  const text = `query ${spec.typeName}Many(${keys.map((_, i) => `$id${i}: ID!`).join(', ')}) {
    ${keys.map((_, i) => `r${i}: ${one}(id: $id${i}) { ${spec.selections.one} }`).join('\n')}
  }`;
  return {
    query: gql(text),
    variables: Object.fromEntries(keys.map((id, i) => [`id${i}`, id])),
    parseResponse: (response) => {
      const data = (response.data ?? {}) as Values;
      return { data: keys.map((_, i) => data[`r${i}`]).filter((item) => item != null).map((item) => record(spec, item)) };
    },
  };
}

/** One mutation field per id, aliased, in one request: GraphQL runs top-level mutation fields one after another. */
function each(spec: ResourceSpec, name: string, ids: readonly (string | number)[], input?: Values): BuiltQuery {
  const field = need(spec, name === DELETE_MANY ? 'remove' : 'update', name);
  if (ids.length === 0) return nothing();
  const inputDecl = input ? `, $input: ${spec.updateInputType}!` : '';
  const inputArg = input ? ', input: $input' : '';
  const text = `mutation ${spec.typeName}${name}(${ids.map((_, i) => `$id${i}: ID!`).join(', ')}${inputDecl}) {
    ${ids.map((_, i) => `r${i}: ${field}(id: $id${i}${inputArg}) { id }`).join('\n')}
  }`;
  const variables: Values = Object.fromEntries(ids.map((id, i) => [`id${i}`, String(id)]));
  if (input) variables.input = input;
  return {
    query: gql(text),
    variables,
    parseResponse: (response) => {
      const data = (response.data ?? {}) as Record<string, { id: string } | null>;
      return { data: ids.map((_, i) => data[`r${i}`]?.id).filter((id): id is string => id != null) };
    },
  };
}

type Params =
  | GetListParams
  | GetOneParams
  | GetManyParams
  | GetManyReferenceParams
  | CreateParams
  | UpdateParams
  | UpdateManyParams
  | DeleteParams
  | DeleteManyParams;

/** Maps a react-admin data provider call onto a GraphQL document, its variables and a response parser. */
export function buildQuery(name: string, resource: string, params: Params): BuiltQuery {
  const spec = resourceSpec(resource);
  switch (name) {
    case GET_LIST: {
      const p = params as GetListParams;
      const { page = 1, perPage = 25 } = p.pagination ?? {};
      return pagedList(spec, 'List', apiFilter(spec, p.filter, 'list'), apiSort(spec, p.sort), page, perPage);
    }
    case GET_MANY_REFERENCE: {
      const p = params as GetManyReferenceParams;
      const filter = apiFilter(spec, { ...p.filter, [p.target]: p.id }, 'reference');
      return pagedList(spec, 'Reference', filter, apiSort(spec, p.sort), p.pagination.page, p.pagination.perPage);
    }
    case GET_ONE: {
      const p = params as GetOneParams;
      const one = need(spec, 'one', name);
      const { declarations, args, variables } = spec.oneArguments
        ? spec.oneArguments(p)
        : { declarations: '$id: ID!', args: 'id: $id', variables: { id: String(p.id) } };
      return {
        query: gql(`query ${spec.typeName}One(${declarations}) { data: ${one}(${args}) { ${spec.selections.one} } }`),
        variables,
        parseResponse: (response) => {
          const data = (response.data as { data?: unknown } | undefined)?.data;
          // react-admin shows its "not found" page for a 404; the API answers null for a missing id.
          if (data == null) throw new HttpError('ra.notification.item_doesnt_exist', 404);
          const parsed = record(spec, data);
          // A record read by other arguments is known by the id it was asked for (react-admin caches by id).
          return { data: parsed.id === undefined ? { ...parsed, id: String(p.id) } : parsed };
        },
      };
    }
    case GET_MANY:
      return many(spec, (params as GetManyParams).ids);
    case CREATE: {
      const field = need(spec, 'create', name);
      return {
        query: gql(`mutation ${spec.typeName}Create($input: ${spec.createInputType}!) {
          data: ${field}(input: $input) { ${spec.selections.one} } }`),
        variables: { input: createInput(spec, (params as CreateParams).data as Values) },
        parseResponse: (response) => ({ data: record(spec, (response.data as { data: unknown }).data) }),
      };
    }
    case UPDATE: {
      const p = params as UpdateParams;
      const field = need(spec, 'update', name);
      return {
        query: gql(`mutation ${spec.typeName}Update($id: ID!, $input: ${spec.updateInputType}!) {
          data: ${field}(id: $id, input: $input) { ${spec.selections.one} } }`),
        variables: { id: String(p.id), input: updateInput(spec, p.data as Values, p.previousData as Values | undefined) },
        parseResponse: (response) => ({ data: record(spec, (response.data as { data: unknown }).data) }),
      };
    }
    case DELETE: {
      const field = need(spec, 'remove', name);
      return {
        query: gql(`mutation ${spec.typeName}Delete($id: ID!) { data: ${field}(id: $id) { ${spec.selections.base} } }`),
        variables: { id: String((params as DeleteParams).id) },
        parseResponse: (response) => ({ data: record(spec, (response.data as { data: unknown }).data) }),
      };
    }
    case DELETE_MANY:
      return each(spec, name, (params as DeleteManyParams).ids);
    case UPDATE_MANY: {
      const p = params as UpdateManyParams;
      return each(spec, name, p.ids, updateInput(spec, p.data as Values, undefined));
    }
    default:
      throw new Error(`Unsupported data provider method ${name}`);
  }
}
