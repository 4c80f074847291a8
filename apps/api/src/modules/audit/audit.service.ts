import { createHash } from 'node:crypto';
import { ChangeSetType, type EntityManager, type EventSubscriber, type FlushEventArgs, wrap } from '@mikro-orm/core';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/request-scope';
import { AuditAction, AuditEntry } from './audit-entry.entity';

export const GENESIS_HASH = '0'.repeat(64);
/** Fields that are derived, internal or secret: never copied into the trail. */
const HIDDEN = new Set(['searchText', 'sortKey', 'path', 'passwordHash', 'memberships', 'exemptions', 'specialDuties', 'positions', 'predecessors', 'mergedFrom']);
/** Entities the trail does not record row by row (they are the trail, or sign-in bookkeeping). */
const UNAUDITED = new Set(['AuditEntry', 'Session', 'LoginAttempt']);
/** Any 64-bit key, the same in every process: PostgreSQL serialises appends to the chain with it. */
const CHAIN_LOCK = 7_240_113;

export interface AuditFields {
  at: Date;
  userId: number | null;
  username: string;
  ip: string | null;
  action: AuditAction;
  entity: string;
  entityId: string;
  before: string | null;
  after: string | null;
}

/** The hash of an entry: its content and the previous hash, in a fixed order. */
export function entryHash(previousHash: string, e: AuditFields): string {
  const content = JSON.stringify([e.at.toISOString(), e.userId, e.username, e.ip, e.action, e.entity, e.entityId, e.before, e.after]);
  return createHash('sha256').update(`${previousHash}\n${content}`).digest('hex');
}

function visible(data: Record<string, unknown> | null | undefined): string | null {
  if (!data) return null;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (HIDDEN.has(key) || value === undefined) continue;
    out[key] = value instanceof Date ? value.toISOString() : value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value;
  }
  return JSON.stringify(out);
}

interface PendingChange {
  type: ChangeSetType;
  name: string;
  entity: object;
  before: Record<string, unknown> | null;
}

const pending = new WeakMap<EntityManager, PendingChange[]>();

/** Collects every change a flush writes, per EntityManager, for the audit entries written before commit. */
export class AuditSubscriber implements EventSubscriber {
  async onFlush(args: FlushEventArgs): Promise<void> {
    const list = pending.get(args.em) ?? [];
    for (const cs of args.uow.getChangeSets()) {
      if (UNAUDITED.has(cs.name)) continue;
      list.push({ type: cs.type, name: cs.name, entity: cs.entity, before: (cs.originalEntity as Record<string, unknown> | undefined) ?? null });
    }
    pending.set(args.em, list);
  }
}

/** Appends entries to the chain inside the caller's transaction. */
export async function appendAudit(tem: EntityManager, entries: Array<Omit<AuditFields, 'at'>>): Promise<void> {
  if (entries.length === 0) return;
  if (tem.getPlatform() instanceof PostgreSqlPlatform) {
    await tem.getConnection().execute('select pg_advisory_xact_lock(?)', [CHAIN_LOCK], 'all', tem.getTransactionContext());
  }
  const last = await tem.findOne(AuditEntry, { id: { $gt: 0 } }, { orderBy: { id: 'desc' }, fields: ['hash'] });
  let previousHash = last?.hash ?? GENESIS_HASH;
  const at = new Date();
  for (const fields of entries) {
    const full = { ...fields, at };
    const hash = entryHash(previousHash, full);
    tem.persist(tem.create(AuditEntry, { ...full, hash, previousHash }));
    previousHash = hash;
  }
  await tem.flush();
}

/** Writes the audit entries for everything flushed through this transaction's EntityManager. */
export async function auditPendingChanges(tem: EntityManager, actor: Actor): Promise<void> {
  const changes = pending.get(tem) ?? [];
  pending.delete(tem);
  const action = { [ChangeSetType.CREATE]: AuditAction.CREATE, [ChangeSetType.UPDATE]: AuditAction.UPDATE, [ChangeSetType.DELETE]: AuditAction.DELETE } as Record<string, AuditAction>;
  const entries = changes
    .filter((c) => action[c.type])
    .map((c) => {
      const after = c.type === ChangeSetType.DELETE ? null : (wrap(c.entity, true).toObject() as Record<string, unknown>);
      const id = String((c.entity as { id?: unknown; tokenHash?: unknown }).id ?? '');
      return {
        userId: actor.viewer?.userId ?? null,
        username: actor.viewer?.username ?? 'system',
        ip: actor.ip || null,
        action: action[c.type],
        entity: c.name,
        entityId: id,
        before: visible(c.before),
        after: visible(after),
      };
    });
  await appendAudit(tem, entries);
}

/** Recomputes the chain; returns the first entry whose hash or link does not match, or null when intact. */
export async function verifyChain(em: EntityManager): Promise<{ id: number; reason: string } | null> {
  let previousHash = GENESIS_HASH;
  let lastId = 0;
  for (;;) {
    const batch = await em.find(AuditEntry, { id: { $gt: lastId } }, { orderBy: { id: 'asc' }, limit: 1000 });
    if (batch.length === 0) return null;
    for (const e of batch) {
      if (e.previousHash !== previousHash) return { id: e.id, reason: 'its previous hash does not match the entry before it' };
      const expected = entryHash(previousHash, { ...e, userId: e.userId ?? null, ip: e.ip ?? null, before: e.before ?? null, after: e.after ?? null });
      if (expected !== e.hash) return { id: e.id, reason: 'its content does not match its hash' };
      previousHash = e.hash;
      lastId = e.id;
    }
    em.clear();
  }
}
