import type { Selections } from './documents';
import { type FilterShape, thisYear, type Values } from './filters';

/**
 * How one react-admin resource maps onto the API's queries, mutations, filters, sorts and inputs. Each resource
 * declares its spec beside its pages (resources/<name>/api.ts); ./resources.ts assembles them.
 */
export interface ResourceSpec {
  /** Used to name operations, e.g. "OrganizationList". */
  typeName: string;
  /** Query fields: the paged list and the single record. */
  list?: string;
  one?: string;
  /** Mutation fields. */
  create?: string;
  update?: string;
  remove?: string;
  /** Absent when the API's list takes no filter argument. */
  filterType?: string;
  /** Whether the list's filter argument is required (a list that makes no sense without one). */
  filterRequired?: boolean;
  /** Absent when the API's list takes no sort argument. */
  sortType?: string;
  createInputType?: string;
  updateInputType?: string;
  selections: Selections;
  /** Extra variables the list selection uses, declared on every document that selects it. */
  listVariables?: Record<string, string>;
  /** react-admin sort field (camelCase) to the API's sort enum. */
  sortFields: Record<string, string>;
  filterShape: FilterShape;
  /** Defaults and fixed conditions on top of the mapped filter; `list` for lists and pickers, `reference` for related lists. */
  refineFilter?: (filter: Values, raw: Values, context: 'list' | 'reference') => Values;
  /** Whether the API filter has `ids` (otherwise getMany asks for each record by id). */
  idsFilter: boolean;
  createFields: readonly string[];
  updateFields: readonly string[];
  /** Builds the create input when it is more than a pick of createFields. */
  createInput?: (data: Values, picked: Values) => Values;
  /**
   * Turns form values into input values before fields are picked, for create and update alike (and for the
   * record an update started from, so an untouched list compares equal): e.g. guests read with ids and
   * names, written back as { memberId, name, role }.
   */
  prepare?: (data: Values) => Values;
  /** Input fields (as the API names them in errors) that forms bind under the same source name; patterns for list items. */
  formFields: readonly FormField[];
  /** getOne of a field not asked by id: its argument declarations, the arguments, and their values for a call. */
  oneArguments?: (params: { id: unknown; meta?: unknown }) => { declarations: string; args: string; variables: Values };
  /** Adds fields derived from the selection, e.g. id lists for reference-array inputs. */
  normalize?: (record: Values) => Values;
}

/** A form field as errors name it: a path, or a pattern for items of a list ("tasks.0.deadline"). */
export type FormField = string | RegExp;

/** Whether a form shows the field an error names. */
export function isFormField(fields: readonly FormField[], field: string): boolean {
  return fields.some((f) => (typeof f === 'string' ? f === field : f.test(field)));
}

/**
 * The fields of a record the API lists, reads, creates, updates and deletes under its type's name: `<one>s`,
 * `<one>`, `create<Type>`, `update<Type>`, `delete<Type>`.
 */
export function recordFields(typeName: string, one: string) {
  return { typeName, list: `${one}s`, one, create: `create${typeName}`, update: `update${typeName}`, remove: `delete${typeName}` };
}

/** The spec of a list the API serves read-only: no record is created or changed through it. */
export const READ_ONLY = { createFields: [], updateFields: [], formFields: [] } as const;

/** The ids of a selected list of records ({ id, name }), for reference-array inputs. */
export const idsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((item) => String((item as { id: unknown }).id)) : [];

/** An emptied input is no value: null, as the API takes it. */
export const blankToNull = (value: unknown) => (value === '' || value === undefined ? null : value);

/** A list the API answers for a record read by other arguments, held as one record (items) so react-admin can cache it. */
export const listAsRecord = (record: Values): Values => (Array.isArray(record) ? { items: record } : record);

/** Picking an organization means everything below it too: a branch with its party groups, the committee with every branch. */
export function withDescendants(filter: Values): Values {
  return filter.organizationId !== undefined && filter.descendants === undefined ? { ...filter, descendants: true } : filter;
}

/** The year as the API's Int, whatever the input gave (a select may give "2026"); the current year by default. */
export function yearOf(filter: Values, byDefault: boolean): Values {
  const year = Number(filter.year);
  if (Number.isInteger(year) && year > 0) return { ...filter, year };
  const { year: _dropped, ...rest } = filter;
  return byDefault ? { ...rest, year: thisYear() } : rest;
}
