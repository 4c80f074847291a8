import { notFound } from './errors';
/**
 * Row scope in SQL: a user reads only organizations whose tree path starts with their scope's path, and only
 * members who have belonged to a branch there. "/" is the whole tree (scripts and tests without a user).
 */
export function organizationScope(scopePath: string, prop = 'path'): object | undefined {
  return scopePath === '/' ? undefined : { [prop]: { $like: `${scopePath}%` } };
}

/**
 * Members who belong or belonged to a branch inside the scope, and members not yet placed in any branch: any
 * administrator may place those (assertMemberWritable), so they are read as they are written. Their personal data
 * stays hidden until they are placed (personalField reads it for members in a branch of the subtree today).
 */
export function memberScope(scopePath: string): object | undefined {
  if (scopePath === '/') return undefined;
  return { $or: [{ memberships: { $some: { branch: { path: { $like: `${scopePath}%` } } } } }, { memberships: { $none: {} } }] };
}

/** Rows that hang off a member (exemptions, special duty) inside the scope. */
export function memberRowScope(scopePath: string): object | undefined {
  const m = memberScope(scopePath);
  return m ? { member: m } : undefined;
}

/** The scope applied through a relation to an organization, e.g. a membership's branch. */
export function scoped(relation: string, scopePath: string): object | undefined {
  const cond = organizationScope(scopePath);
  return cond ? { [relation]: cond } : undefined;
}

/**
 * Refuses a write to a record whose organization lies outside the acting user's subtree. The refusal is the
 * NOT_FOUND a missing id gets, word for word (`what` names the record as the lookup did), so ids outside one's
 * scope cannot be told from ids that do not exist.
 */
export function assertWritable(scopePath: string, path: string, field: string, what = 'tổ chức'): void {
  if (!path.startsWith(scopePath)) throw notFound(field, what);
}
