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
  /** Where the record sits in the tree (see AuditEntry.scopePath); null for records above it. */
  scopePath?: string | null;
}

/** The hash of an entry: its content and the previous hash, in a fixed order. */
export function entryHash(previousHash: string, e: AuditFields): string {
  // The scope joined the content later: entries without one hash as they always did, the others cover it too.
  const fields = [e.at.toISOString(), e.userId, e.username, e.ip, e.action, e.entity, e.entityId, e.before, e.after];
  const content = JSON.stringify(e.scopePath != null ? [...fields, e.scopePath] : fields);
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
  /** Resolved at once for a deletion (its rows are gone by the time the entry is written). */
  scopePath?: string | null;
}

/** What places an audited record in the tree: an organization, a meeting's branch, a member's branch, or nothing. */
type Anchor = { org: number } | { meeting: number } | { member: number } | { path: string } | { above: true } | { none: true };

const BRANCH_ROWS = new Set(['Meeting', 'Membership', 'Resolution', 'ResolutionTask', 'ResolutionReview', 'ThematicPlanItem', 'MemberTask']);

/** The id behind a relation, whether the entity holds a reference or the original data holds the key. */
function keyOf(value: unknown): number | null {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value;
  return id == null ? null : Number(id);
}

function anchorOf(change: PendingChange): Anchor {
  const e = change.entity as Record<string, unknown>;
  const get = (key: string) => keyOf(e[key] ?? change.before?.[key]);
  const org = (id: number | null): Anchor => (id == null ? { none: true } : { org: id });
  if (change.name === 'Organization') return { path: String(e.path ?? change.before?.path ?? '/') };
  if (change.name === 'Ward' || change.name === 'MeetingRuleSet') return { above: true };
  if (change.name === 'User' || change.name === 'Position') return org(get('organization'));
  if (BRANCH_ROWS.has(change.name)) return org(get('branch'));
  if (change.name === 'MeetingGuest' || change.name === 'Attendance') {
    // The meeting is usually in memory (created or loaded in this request); else its branch is read.
    const meeting = e.meeting as { branch?: { id?: number } } | undefined;
    const branch = meeting && wrap(meeting, true).isInitialized() ? keyOf(meeting.branch) : null;
    if (branch != null) return { org: branch };
    const id = get('meeting');
    return id == null ? { none: true } : { meeting: id };
  }
  if (change.name === 'Member') return { member: Number(e.id ?? change.before?.id) };
  if (change.name === 'Exemption' || change.name === 'SpecialDuty') {
    const id = get('member');
    return id == null ? { none: true } : { member: id };
  }
  return { none: true };
}

/**
 * The tree path of each change's record, in at most three statements: organizations' paths, meetings' branches,
 * members' branches (the membership current on the day, else the latest).
 */
async function resolveScopes(tem: EntityManager, changes: PendingChange[]): Promise<Array<string | null>> {
  const anchors = changes.map(anchorOf);
  const exec = (sql: string, params: unknown[]) =>
    tem.getConnection().execute<Array<Record<string, unknown>>>(sql, params, 'all', tem.getTransactionContext());
  const ids = (key: 'org' | 'meeting' | 'member') => [...new Set(anchors.flatMap((a) => (key in a ? [(a as Record<string, number>)[key]] : [])))];
  const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');
  const meetingBranch = new Map<number, number>();
  const meetingIds = ids('meeting');
  if (meetingIds.length) {
    for (const r of await exec(`select id, branch_id from meeting where id in (${marks(meetingIds.length)})`, meetingIds)) meetingBranch.set(Number(r.id), Number(r.branch_id));
  }
  const memberBranch = new Map<number, number>();
  const memberIds = ids('member');
  if (memberIds.length) {
    const rows = await exec(
      `select member_id, branch_id from membership where member_id in (${marks(memberIds.length)}) order by member_id, case when to_date is null then 1 else 0 end desc, from_date desc`,
      memberIds,
    );
    for (const r of rows) if (!memberBranch.has(Number(r.member_id))) memberBranch.set(Number(r.member_id), Number(r.branch_id));
  }
  const orgIds = [...new Set([...ids('org'), ...meetingBranch.values(), ...memberBranch.values()])];
  const paths = new Map<number, string>();
  if (orgIds.length) {
    for (const r of await exec(`select id, path from organization where id in (${marks(orgIds.length)})`, orgIds)) paths.set(Number(r.id), String(r.path));
  }
  return anchors.map((a, i) => {
    if (changes[i].scopePath !== undefined) return changes[i].scopePath ?? null;
    if ('above' in a) return null;
    if ('path' in a) return a.path;
    const org = 'org' in a ? a.org : 'meeting' in a ? meetingBranch.get(a.meeting) : 'member' in a ? memberBranch.get(a.member) : undefined;
    return (org != null ? paths.get(org) : undefined) ?? '/';
  });
}

const pending = new WeakMap<EntityManager, PendingChange[]>();

/** Collects every change a flush writes, per EntityManager, for the audit entries written before commit. */
export class AuditSubscriber implements EventSubscriber {
  async onFlush(args: FlushEventArgs): Promise<void> {
    const list = pending.get(args.em) ?? [];
    const deletions: PendingChange[] = [];
    for (const cs of args.uow.getChangeSets()) {
      if (UNAUDITED.has(cs.name)) continue;
      const change: PendingChange = { type: cs.type, name: cs.name, entity: cs.entity, before: (cs.originalEntity as Record<string, unknown> | undefined) ?? null };
      list.push(change);
      if (cs.type === ChangeSetType.DELETE) deletions.push(change);
    }
    // A deleted record's place in the tree is read now, while the rows that give it (its memberships) still exist.
    if (deletions.length) {
      const scopes = await resolveScopes(args.em, deletions);
      deletions.forEach((change, i) => {
        change.scopePath = scopes[i];
      });
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
  const action = { [ChangeSetType.CREATE]: AuditAction.CREATE, [ChangeSetType.UPDATE]: AuditAction.UPDATE, [ChangeSetType.DELETE]: AuditAction.DELETE } as Record<string, AuditAction>;
  const changes = (pending.get(tem) ?? []).filter((c) => action[c.type]);
  pending.delete(tem);
  const scopes = await resolveScopes(tem, changes);
  const entries = changes
    .map((c, i) => {
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
        scopePath: scopes[i],
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
      const expected = entryHash(previousHash, { ...e, userId: e.userId ?? null, ip: e.ip ?? null, before: e.before ?? null, after: e.after ?? null, scopePath: e.scopePath ?? null });
      if (expected !== e.hash) return { id: e.id, reason: 'its content does not match its hash' };
      previousHash = e.hash;
      lastId = e.id;
    }
    em.clear();
  }
}
