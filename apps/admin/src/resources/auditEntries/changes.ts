import type { AuditEntryRecord } from '../../dataProvider/types';

/**
 * Reading an audit entry's before and after: JSON texts of the record's fields, turned into rows of a
 * field table (field, value before, value after) and a short list of what changed.
 */

export type Fields = Record<string, unknown>;

export interface FieldRow {
  field: string;
  before: unknown;
  after: unknown;
  /** Both sides exist and differ; bookkeeping fields never count as changed (every change moves them). */
  changed: boolean;
  /** id, version, createdAt, updatedAt. */
  bookkeeping: boolean;
}

/** The fields in a before/after text; null when there is none (a sign-in records no record). */
export function parseFields(text: string | null | undefined): Fields | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : { value };
  } catch {
    // Not JSON after all: shown as one value rather than lost.
    return { value: text };
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Bookkeeping every change touches: listed last, never counted as what the user changed. */
const BOOKKEEPING = new Set(['id', 'version', 'createdAt', 'updatedAt']);

/**
 * One row per field of either side, in the record's own order (after's fields, then any only before had);
 * bookkeeping fields go to the end.
 */
export function fieldRows(before: Fields | null, after: Fields | null): FieldRow[] {
  const names = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])];
  const ordered = [...names.filter((n) => !BOOKKEEPING.has(n)), ...names.filter((n) => BOOKKEEPING.has(n))];
  return ordered.map((field) => {
    const was = before?.[field];
    const is = after?.[field];
    const bookkeeping = BOOKKEEPING.has(field);
    // A new or deleted record has one side only: a field is "changed" only when both sides exist.
    const changed = !bookkeeping && before !== null && after !== null && !same(was, is);
    return { field, before: was, after: is, changed, bookkeeping };
  });
}

/** The fields an update changed. */
export function changedFields(entry: Pick<AuditEntryRecord, 'before' | 'after'>): string[] {
  return fieldRows(parseFields(entry.before), parseFields(entry.after))
    .filter((row) => row.changed)
    .map((row) => row.field);
}

/** What the record is called, from whichever side has it: a member's name, an organization's name, a user name. */
export function recordName(entry: Pick<AuditEntryRecord, 'before' | 'after'>): string | undefined {
  for (const side of [parseFields(entry.after), parseFields(entry.before)]) {
    const name = side?.fullName ?? side?.name ?? side?.displayName ?? side?.username;
    if (typeof name === 'string' && name !== '') return name;
  }
  return undefined;
}

/** The panel resource an audited entity is, matched loosely ("Member", "member", "members" alike). */
const RESOURCE_OF: Record<string, string> = {
  ward: 'wards',
  organization: 'organizations',
  partygroup: 'partyGroups',
  member: 'members',
  membership: 'memberships',
  position: 'positions',
  exemption: 'exemptions',
  specialduty: 'specialDuties',
  specialduties: 'specialDuties',
};

export function resourceOfEntity(entity: string): string | undefined {
  const key = entity.replace(/[^a-z]/gi, '').toLowerCase();
  return RESOURCE_OF[key] ?? RESOURCE_OF[key.replace(/s$/, '')];
}

/**
 * Which resource a field holding another record's id points at, so the value can name the record and link
 * to it. The API records relations under their own names (member, branch) with the id as the value.
 */
export const REFERENCE_OF: Record<string, string> = {
  member: 'members',
  branch: 'organizations',
  partyGroup: 'organizations',
  parent: 'organizations',
  organization: 'organizations',
  ward: 'wards',
  memberId: 'members',
  organizationId: 'organizations',
  branchId: 'organizations',
  partyGroupId: 'organizations',
  parentId: 'organizations',
  wardId: 'wards',
};

/** The API enum a field's values come from, by field name (role: positions' roles, or a user's). */
export const ENUM_OF: Record<string, readonly string[]> = {
  kind: ['OrganizationKind'],
  branchKind: ['BranchKind'],
  role: ['PositionRole', 'Role'],
  status: ['MemberStatus'],
  workStatus: ['WorkStatus'],
  gender: ['Gender'],
  action: ['AuditAction'],
};
