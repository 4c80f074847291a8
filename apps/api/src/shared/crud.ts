import { foldForSearch, todayInVietnam } from '@chibo/domain';
import {
  type EntityManager, type EntityName, type FilterQuery, ForeignKeyConstraintViolationException, OptimisticLockError, UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { AuditEntry } from '../modules/audit/audit-entry.entity';
import { auditPendingChanges } from '../modules/audit/audit.service';
import { AppError, ErrorCode, notFound } from './errors';
import { actorOf, bindActor } from './request-scope';
import { type DateRange, dateRangeCondition, pageWindow, SortDirection } from './pagination';

/** Loads one record or throws NOT_FOUND naming the argument. */
export async function findOr404<T extends object>(em: EntityManager, entity: EntityName<T>, id: number, field: string, what: string): Promise<T> {
  const row = await em.findOne(entity, { id } as FilterQuery<T>);
  if (!row) throw notFound(field, what);
  return row;
}

/**
 * Optimistic locking: an update that names an old version is refused with CONFLICT, the current version, and
 * who changed which fields since (read from the audit trail), so the user knows what to look at.
 */
export async function checkVersion(em: EntityManager, row: { id: number; version: number }, expected: number | null | undefined): Promise<void> {
  if (expected == null || expected === row.version) return;
  const entity = row.constructor.name;
  const entries = await em.find(AuditEntry, { entity, entityId: String(row.id), action: 'UPDATE' as never }, { orderBy: { id: 'desc' }, limit: 20 });
  const changes = entries
    .map((e) => {
      const before = JSON.parse(e.before ?? '{}') as Record<string, unknown>;
      const after = JSON.parse(e.after ?? '{}') as Record<string, unknown>;
      const fields = Object.keys(after).filter((k) => !['version', 'updatedAt'].includes(k) && JSON.stringify(before[k]) !== JSON.stringify(after[k]));
      return { version: Number(after.version), username: e.username, at: e.at.toISOString(), fields };
    })
    .filter((c) => c.version > expected)
    .reverse();
  const who = changes.map((c) => `${c.username} (${c.fields.join(', ') || '—'})`).join('; ');
  throw new AppError(ErrorCode.CONFLICT, `version: bản ghi đã được sửa sau khi bạn mở${who ? ` bởi ${who}` : ''}; phiên bản hiện tại ${row.version}. Hãy tải lại.`, 'version', undefined, {
    currentVersion: row.version,
    changes,
  });
}

/** Which input field a unique index stands for, by the index name in the database's message. */
const UNIQUE_FIELDS: Array<[RegExp, string]> = [
  [/card_number/, 'cardNumber'],
  [/regular_month/, 'heldOn'],
  [/meeting_guest/, 'guests'],
  [/attendance/, 'entries'],
  [/thematic_plan_item/, 'quarter'],
  [/member_task/, 'year'],
  [/meeting_rule_set/, 'documentNumber'],
];

/**
 * Runs a write in one transaction on a fork of the request's EntityManager, so a refused write leaves
 * nothing behind, and turns constraint violations the checks could not foresee into typed errors.
 */
export async function write<T>(em: EntityManager, work: (tem: EntityManager) => Promise<T>): Promise<T> {
  const actor = actorOf(em);
  try {
    return await em.transactional(async (tem) => {
      bindActor(tem, actor);
      const result = await work(tem);
      // The trail is written in the same transaction: a change without its audit entry cannot commit.
      await auditPendingChanges(tem, actor);
      return result;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      // Checks run first; this is the race where two requests claim the same value at once.
      const field = UNIQUE_FIELDS.find(([pattern]) => pattern.test(error.message))?.[1] ?? 'code';
      throw new AppError(ErrorCode.CONFLICT, `${field}: giá trị này đã được dùng.`, field);
    }
    if (error instanceof OptimisticLockError) {
      // Another request changed the row between our read and our write.
      throw new AppError(ErrorCode.CONFLICT, 'version: bản ghi vừa được người khác sửa; hãy tải lại và thử lại.', 'version');
    }
    if (error instanceof ForeignKeyConstraintViolationException) {
      throw new AppError(ErrorCode.CONFLICT, 'id: bản ghi đang được tham chiếu, không thể xóa.', 'id');
    }
    throw error;
  }
}

/** Conditions for an accent-insensitive search: every word must appear in the folded search column. */
export function searchCondition(search: string | null | undefined): object | undefined {
  const words = foldForSearch(search ?? '').replace(/[%_\\]/g, ' ').split(' ').filter(Boolean).slice(0, 8);
  if (words.length === 0) return undefined;
  return { $and: words.map((w) => ({ searchText: { $like: `%${w}%` } })) };
}

/** Rows of an entity with from/to columns active on a day. */
export function activeOn(day: string) {
  return { from: { $lte: day }, $or: [{ to: null }, { to: { $gt: day } }] };
}

/** Organizations existing on a day. */
export function existingOn(day: string) {
  return { foundedOn: { $lte: day }, $or: [{ dissolvedOn: null }, { dissolvedOn: { $gt: day } }] };
}

/** The day a query is "as of": the given one or today in Vietnam. */
export function dayOrToday(day: string | null | undefined): string {
  return day ?? todayInVietnam();
}

/** Joins conditions with AND, skipping the empty ones. */
export function and(...conds: Array<object | undefined | null | false | 0 | ''>): object {
  const parts = conds.filter((c): c is object => !!c && Object.keys(c).length > 0);
  return parts.length === 0 ? {} : parts.length === 1 ? parts[0] : { $and: parts };
}

/** Sort key as the client asked, with the id as the final tie-break so pages never overlap. */
export function orderBy(sort: Array<{ field: string; direction: SortDirection }> | undefined, columns: Record<string, string>, fallback: Record<string, 'asc' | 'desc'>) {
  const keys = (sort ?? []).map((s) => ({ [columns[s.field]]: s.direction === SortDirection.DESC ? 'desc' : 'asc' }));
  return [...(keys.length ? keys : [fallback]), { id: 'asc' }] as never;
}

/** One page of a filtered, sorted list and the total count. */
export async function listPage<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: object,
  order: never,
  offset: number | undefined,
  limit: number | undefined,
) {
  const window = pageWindow(offset, limit);
  const [items, total] = await em.findAndCount(entity, where as FilterQuery<T>, { orderBy: order, ...window });
  return { items, total, ...window };
}

/** A date-range condition on one property, or nothing when the range is empty. */
export function dateRangeConditionFor(prop: string, range: DateRange | null | undefined): object | undefined {
  const cond = dateRangeCondition(range);
  return cond ? { [prop]: cond } : undefined;
}
