import { PositionRole, OrganizationKind } from '@chibo/domain';
import type { EntityManager, EntityName } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import { Exemption } from '../modules/exemption/exemption.entity';
import { Member } from '../modules/member/member.entity';
import { Membership } from '../modules/membership/membership.entity';
import { Organization } from '../modules/organization/organization.entity';
import { Position } from '../modules/position/position.entity';
import { SpecialDuty } from '../modules/special-duty/special-duty.entity';
import { Ward } from '../modules/ward/ward.entity';
import { Attendance } from '../modules/meeting/attendance.entity';
import { Meeting } from '../modules/meeting/meeting.entity';
import { MeetingGuest } from '../modules/meeting/meeting-guest.entity';
import { MeetingRuleSet } from '../modules/meeting-rule-set/meeting-rule-set.entity';
import { ThematicPlanItem } from '../modules/thematic-plan/thematic-plan.entity';
import { Resolution } from '../modules/resolution/resolution.entity';
import { ResolutionReview } from '../modules/resolution/resolution-review.entity';
import { ResolutionTask } from '../modules/resolution/resolution-task.entity';
import { organizationScope } from './scope';

/** The position that heads each kind of organization. */
const HEAD_ROLE: Record<OrganizationKind, PositionRole> = {
  [OrganizationKind.WARD_COMMITTEE]: PositionRole.WARD_SECRETARY,
  [OrganizationKind.GRASSROOTS_COMMITTEE]: PositionRole.WARD_SECRETARY,
  [OrganizationKind.BRANCH]: PositionRole.BRANCH_SECRETARY,
  [OrganizationKind.PARTY_GROUP]: PositionRole.GROUP_LEADER,
};

/** Rows active on a day, for entities with from/to columns. */
function activeOn(day: string) {
  return { from: { $lte: day }, $or: [{ to: null }, { to: { $gt: day } }] };
}

/** Batches waiting for a turn of the event loop, oldest first (see nextTurn). */
const waitingBatches: Array<() => void> = [];
let turnScheduled = false;

function runOneBatch(): void {
  waitingBatches.shift()?.();
  if (waitingBatches.length > 0) setImmediate(runOneBatch);
  else turnScheduled = false;
}

/**
 * Runs a batch on a turn of the event loop of its own, one batch per turn, oldest first. With better-sqlite3 every
 * statement runs synchronously, so a request would otherwise go from its first statement to its last in one go;
 * and Node accepts a new connection (measured here: one per turn) and reads waiting requests only between turns.
 * With setImmediate alone every request in flight ran a batch in the same turn, so a turn lasted (requests in flight
 * × a batch) and 50 clients connecting at once waited up to seconds to be accepted. One batch per turn keeps turns
 * short whatever the load, lets concurrent requests take turns fairly, and widens each batch to every load made
 * meanwhile. Process-local by nature: it orders this process's own work, nothing another process needs.
 */
function nextTurn(run: () => void): void {
  waitingBatches.push(run);
  if (!turnScheduled) {
    turnScheduled = true;
    setImmediate(runOneBatch);
  }
}


/** One loader per (what, day), created on first use: a request's field resolvers share them, so lists batch. */
function memo<K, V>(cache: Map<string, DataLoader<K, V>>, key: string, make: () => DataLoader<K, V>): DataLoader<K, V> {
  let loader = cache.get(key);
  if (!loader) {
    loader = make();
    cache.set(key, loader);
  }
  return loader;
}

type Row = { id: number };

/** Members of an organization's subtree on a day, and how many of them are official members. */
export interface MemberCounts {
  members: number;
  official: number;
}

/**
 * Request-scoped DataLoaders. Every nested field of a list goes through one of these, so the number of SQL
 * statements of a request does not grow with the number of rows it returns.
 */
export class Loaders {
  private readonly cache = new Map<string, DataLoader<never, never>>();

  /** @param scopePath rows outside this subtree are invisible to the request ("/": everything). */
  /**
   * Whether statements run synchronously (better-sqlite3): then batches take turns (nextTurn). An asynchronous driver
   * (PostgreSQL) yields at every statement anyway, and keeps DataLoader's own batching, which waits for nothing.
   */
  private readonly synchronousDriver: boolean;

  constructor(
    private readonly em: EntityManager,
    private readonly scopePath = '/',
  ) {
    this.synchronousDriver = em.config.get('driver')?.name === 'BetterSqliteDriver';
  }

  /** A DataLoader for this request; with a synchronous driver its batches wait for their own turn (nextTurn). */
  private batchLoader<K, V>(batch: DataLoader.BatchLoadFn<K, V>): DataLoader<K, V> {
    return new DataLoader<K, V>(batch, this.synchronousDriver ? { batchScheduleFn: nextTurn } : {});
  }

  private byId<T extends Row>(entity: EntityName<T>, name: string, scope?: object): DataLoader<number, T | null> {
    return memo(this.cache as never, `id:${name}`, () =>
      this.batchLoader<number, T | null>(async (ids) => {
        const rows = await this.em.find(entity, { id: { $in: [...ids] }, ...scope } as never);
        const map = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => map.get(id) ?? null);
      }),
    );
  }

  private manyBy<T extends Row>(
    entity: EntityName<T>, fk: string, name: string, extra: object, orderBy: object, onRows?: (rows: T[]) => void,
  ): DataLoader<number, T[]> {
    return memo(this.cache as never, `many:${name}:${fk}:${JSON.stringify(extra)}`, () =>
      this.batchLoader<number, T[]>(async (keys) => {
        const rows = await this.em.find(entity, { [fk]: { $in: [...keys] }, ...extra } as never, { orderBy: orderBy as never });
        onRows?.(rows);
        const groups = new Map<number, T[]>(keys.map((k) => [k, []]));
        for (const row of rows) {
          const ref = (row as unknown as Record<string, { id: number } | null>)[fk];
          if (ref) groups.get(ref.id)?.push(row);
        }
        return keys.map((k) => groups.get(k) ?? []);
      }),
    );
  }

  /** Pairs of a pivot table (key column -> value column), grouped by key. */
  pivot(table: string, keyColumn: string, valueColumn: string): DataLoader<number, number[]> {
    return memo(this.cache as never, `pivot:${table}:${keyColumn}`, () =>
      this.batchLoader<number, number[]>(async (keys) => {
        const knex = (this.em as SqlEntityManager).getKnex();
        const rows: Array<Record<string, number>> = await knex.select(`${keyColumn} as k`, `${valueColumn} as v`).from(table).whereIn(keyColumn, [...keys]);
        return keys.map((k) => rows.filter((r) => Number(r.k) === k).map((r) => Number(r.v)));
      }),
    );
  }

  /** Remembers organizations a list already loaded, so nested fields do not fetch them again. */
  primeOrganizations(rows: Organization[]): Organization[] {
    const loader = this.organization();
    for (const row of rows) loader.prime(row.id, row);
    return rows;
  }

  /** Several organizations by id, skipping missing ones. */
  async organizations(ids: number[]): Promise<Organization[]> {
    const rows = await this.organization().loadMany(ids);
    return rows.filter((r): r is Organization => r instanceof Organization);
  }

  ward = () => this.byId(Ward, 'ward');

  /** The root committee of each ward: the one existing today, else the most recently founded. */
  wardCommittee(): DataLoader<number, Organization | null> {
    return memo(this.cache as never, 'ward-committee', () =>
      this.batchLoader<number, Organization | null>(async (wardIds) => {
        const rows = await this.em.find(Organization, { ward: { $in: [...wardIds] }, parent: null, ...organizationScope(this.scopePath) }, { orderBy: { foundedOn: 'desc' } });
        return wardIds.map((id) => {
          const mine = rows.filter((o) => o.ward.id === id);
          return mine.find((o) => o.dissolvedOn == null) ?? mine[0] ?? null;
        });
      }),
    );
  }
  organization = () => this.byId(Organization, 'organization', organizationScope(this.scopePath));

  /**
   * Members by id, inside the viewer's subtree: those who belong or belonged to a branch there, or to none yet (as
   * memberScope). The
   * scope is a correlated EXISTS on membership(member_id), so its cost follows the ids asked for; memberScope's
   * `$some` form compiles to an IN over every membership of the subtree, read again for each batch.
   */
  member(): DataLoader<number, Member | null> {
    return memo(this.cache as never, 'id:member', () =>
      this.batchLoader<number, Member | null>(async (ids) => {
        const qb = (this.em as SqlEntityManager).createQueryBuilder(Member, 'm').select('*').where({ id: { $in: [...ids] } });
        if (this.scopePath !== '/') {
          qb.andWhere(
            '(exists (select 1 from membership sm join organization so on so.id = sm.branch_id where sm.member_id = m.id and so.path like ?)' +
              ' or not exists (select 1 from membership sn where sn.member_id = m.id))',
            [`${this.scopePath}%`],
          );
        }
        const rows = await qb.getResultList();
        const map = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => map.get(id) ?? null);
      }),
    );
  }

  /**
   * Whether each member belongs, on the day, to a branch inside the viewer's subtree: personal data is shown only
   * for them, not for members who have since left (one indexed query for the whole list).
   */
  memberInScopeOn(day: string): DataLoader<number, boolean> {
    return memo(this.cache as never, `in-scope:${day}`, () =>
      this.batchLoader<number, boolean>(async (ids) => {
        if (this.scopePath === '/') return ids.map(() => true);
        const rows = await this.em.find(
          Membership,
          { member: { $in: [...ids] }, ...activeOn(day), branch: organizationScope(this.scopePath) } as never,
          { fields: ['member'] as never },
        );
        const inside = new Set(rows.map((r) => r.member.id));
        return ids.map((id) => inside.has(id));
      }),
    );
  }

  /** Children of organizations existing on a day (all children when day is null). */
  children(day: string | null) {
    const extra = day ? { foundedOn: { $lte: day }, $or: [{ dissolvedOn: null }, { dissolvedOn: { $gt: day } }] } : {};
    return this.manyBy(Organization, 'parent', 'children', extra, { sortKey: 'asc' }, (rows) => this.primeOrganizations(rows));
  }

  /** Memberships of members (their history), oldest first. */
  membershipsOfMember = () => this.manyBy(Membership, 'member', 'ms-member', {}, { from: 'asc', id: 'asc' });

  /** Memberships in branches, active on a day when given. */
  membershipsOfBranch(day: string | null) {
    return this.manyBy(Membership, 'branch', 'ms-branch', day ? activeOn(day) : {}, { from: 'asc', id: 'asc' });
  }

  /** Memberships in party groups, active on a day when given. */
  membershipsOfGroup(day: string | null) {
    return this.manyBy(Membership, 'partyGroup', 'ms-group', day ? activeOn(day) : {}, { from: 'asc', id: 'asc' });
  }

  positionsOfMember = () => this.manyBy(Position, 'member', 'pos-member', {}, { from: 'asc', id: 'asc' });

  /** Positions in organizations, active on a day when given. */
  positionsOfOrganization(day: string | null) {
    return this.manyBy(Position, 'organization', 'pos-org', day ? activeOn(day) : {}, { role: 'asc', from: 'asc', id: 'asc' });
  }

  meeting = () => this.byId(Meeting, 'meeting', this.branchScope());
  resolution = () => this.byId(Resolution, 'resolution', this.branchScope());
  resolutionTask = () => this.byId(ResolutionTask, 'resolution-task', this.branchScope());
  thematicPlanItem = () => this.byId(ThematicPlanItem, 'thematic-plan-item', this.branchScope());
  guestsOfMeeting = () => this.manyBy(MeetingGuest, 'meeting', 'guests', {}, { id: 'asc' });
  attendanceOfMeeting = () => this.manyBy(Attendance, 'meeting', 'attendance', {}, { id: 'asc' });
  resolutionsOfMeeting = () => this.manyBy(Resolution, 'meeting', 'resolutions', {}, { id: 'asc' });
  tasksOfResolution = () => this.manyBy(ResolutionTask, 'resolution', 'tasks', {}, { deadline: 'asc', id: 'asc' });
  reviewsOfResolution = () => this.manyBy(ResolutionReview, 'resolution', 'reviews', {}, { reviewedOn: 'asc', id: 'asc' });

  /** Every meeting rule set, once per request, oldest first. */
  meetingRuleSets(): Promise<MeetingRuleSet[]> {
    this.ruleSets ??= this.em.find(MeetingRuleSet, {}, { orderBy: { validFrom: 'asc', id: 'asc' } });
    return this.ruleSets;
  }
  private ruleSets?: Promise<MeetingRuleSet[]>;

  /** Rows that carry a branch, inside the request's subtree. */
  private branchScope(): object | undefined {
    const cond = organizationScope(this.scopePath);
    return cond ? { branch: cond } : undefined;
  }

  exemptionsOfMember = () => this.manyBy(Exemption, 'member', 'exemption', {}, { from: 'asc' });
  specialDutiesOfMember = () => this.manyBy(SpecialDuty, 'member', 'special-duty', {}, { from: 'asc' });

  /**
   * The member heading each organization (secretary or group leader) on a day. Only the ids are read: the member
   * itself goes through member(), which applies the viewer's scope, so no Position entity is built for it.
   */
  headMemberId(day: string): DataLoader<number, number | null> {
    return memo(this.cache as never, `head:${day}`, () =>
      this.batchLoader<number, number | null>(async (orgIds) => {
        const orgs = await this.organization().loadMany([...orgIds]);
        const knex = (this.em as SqlEntityManager).getKnex();
        const rows: Array<{ org: number | string; member: number | string; role: PositionRole }> = await knex('position as p')
          .select('p.organization_id as org', 'p.member_id as member', 'p.role as role')
          .whereIn('p.organization_id', [...orgIds])
          .whereIn('p.role', [...new Set(Object.values(HEAD_ROLE))])
          .where('p.from_date', '<=', day)
          .andWhere((w) => w.whereNull('p.to_date').orWhere('p.to_date', '>', day))
          .orderBy([{ column: 'p.from_date', order: 'desc' }, { column: 'p.id', order: 'desc' }]);
        return orgIds.map((id, i) => {
          const org = orgs[i];
          if (!org || org instanceof Error) return null;
          const head = rows.find((r) => Number(r.org) === id && r.role === HEAD_ROLE[org.kind]);
          return head ? Number(head.member) : null;
        });
      }),
    );
  }

  /**
   * Members of each organization's subtree on a day: a branch or party group counts its own memberships (an
   * indexed lookup); a committee counts the memberships of every branch below it, found by walking parent_id.
   * Both counts (all members, official members) come from the same grouped statement, so a list asking for
   * memberCount and officialMemberCount reads the memberships once: at most three statements for a whole list,
   * whatever its length.
   */
  memberCounts(day: string): DataLoader<number, MemberCounts> {
    return memo(this.cache as never, `count:${day}`, () =>
      this.batchLoader<number, MemberCounts>(async (orgIds) => {
        const knex = (this.em as SqlEntityManager).getKnex();
        const orgs = await this.organizations([...orgIds]);
        const active = (q: ReturnType<typeof knex>) =>
          q.join('member as m', 'm.id', 'ms.member_id')
            .where('ms.from_date', '<=', day).andWhere((w) => w.whereNull('ms.to_date').orWhere('ms.to_date', '>', day))
            .count({ n: '*' })
            .select(knex.raw('sum(case when m.official_on <= ? then 1 else 0 end) as official', [day]));
        const byColumn = (column: string, ids: number[]) =>
          knex('membership as ms').select(`ms.${column} as id`).whereIn(`ms.${column}`, ids).modify(active).groupBy(`ms.${column}`);
        const counts = new Map<number, MemberCounts>();
        const collect = (rows: Array<{ id: number | string; n: number | string; official: number | string | null }>) => {
          for (const r of rows) counts.set(Number(r.id), { members: Number(r.n), official: Number(r.official ?? 0) });
        };
        const branches = orgs.filter((o) => o.kind === OrganizationKind.BRANCH).map((o) => o.id);
        const groups = orgs.filter((o) => o.kind === OrganizationKind.PARTY_GROUP).map((o) => o.id);
        const committees = orgs.filter((o) => o.kind === OrganizationKind.WARD_COMMITTEE || o.kind === OrganizationKind.GRASSROOTS_COMMITTEE);
        if (branches.length) collect(await byColumn('branch_id', branches));
        if (groups.length) collect(await byColumn('party_group_id', groups));
        if (committees.length) {
          // Walk down parent_id (indexed) from every committee at once, then count the branches' memberships.
          const subtree = knex.raw(
            `with recursive sub(root, id) as (
               select id, id from organization where id in (${committees.map(() => '?').join(', ')})
               union all
               select sub.root, o.id from organization o join sub on o.parent_id = sub.id
             ) select root, id from sub`,
            committees.map((c) => c.id),
          );
          collect(await knex('membership as ms').join(knex.raw('(?) as s', [subtree]), 's.id', 'ms.branch_id')
            .select('s.root as id').modify(active).groupBy('s.root'));
        }
        return orgIds.map((id) => counts.get(id) ?? { members: 0, official: 0 });
      }),
    );
  }
}
