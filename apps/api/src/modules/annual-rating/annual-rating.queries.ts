import { addDays, type BranchYearFigures, type MemberYearFigures, monthKeys, monthEnd, quarterPeriod } from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';

/**
 * The year's figures of the annual rating's meeting part, in grouped SQL queries (one row per branch or member, never
 * a query per row). Which branches or members: `branchIds` (the branches listed) or `memberIds` (a branch's members).
 * The year runs from its first day to `asOf` (its last day, or today for the current year).
 */

type Knex = ReturnType<SqlEntityManager['getKnex']>;
/** The knex of the EntityManager, or of its transaction when inside one (SQLite has one connection: a query beside the transaction would wait for it). */
const knexOf = (em: EntityManager): Knex => ((em as SqlEntityManager).getTransactionContext() as Knex | undefined) ?? (em as SqlEntityManager).getKnex();
const isPg = (em: EntityManager) => em.config.get('driver')?.name === 'PostgreSqlDriver';
/** A day parameter as both databases compare it with a date column inside a derived table. */
const dayParam = (em: EntityManager) => (isPg(em) ? 'cast(? as date)' : '?');
const num = (v: unknown) => Number(v ?? 0);
/** Rows of knex.raw: an array on SQLite, `{ rows }` on PostgreSQL. */
const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];

/** Per branch: months expected and held (convention 3: the branch exists on the month's first day). */
async function regularByBranch(em: EntityManager, branchIds: number[], year: number, asOf: string) {
  const knex = knexOf(em);
  // Months begun by the as-of day; one not yet over counts only once its meeting is held (it is not late yet).
  const months = monthKeys(`${year}-01`, asOf.slice(0, 7)).map((m) => ({ month: m, first: `${m}-01`, next: monthEnd(m) }));
  const sql = months.map(() => `select cast(? as varchar(7)) as month, ${dayParam(em)} as first_day, ${dayParam(em)} as next_first`).join(' union all ');
  const rows: Array<{ id: number; expected: unknown; held: unknown }> = await knex
    .select('b.id')
    .select(knex.raw('sum(case when mo.next_first <= ? or m.id is not null then 1 else 0 end) as expected', [addDays(asOf, 1)]))
    .select(knex.raw('count(m.id) as held'))
    .from(knex.raw(`(${sql}) as mo`, months.flatMap((m) => [m.month, m.first, m.next])))
    .join('organization as b', (j) => j.on(knex.raw('b.founded_on <= mo.first_day')).andOn(knex.raw('(b.dissolved_on is null or b.dissolved_on > mo.first_day)')))
    .leftJoin('meeting as m', (j) => j.on('m.organization_id', 'b.id').andOn('m.regular_month', 'mo.month').andOnNotNull('m.held_on').andOn(knex.raw('m.held_on <= ?', [asOf])))
    .whereIn('b.id', branchIds)
    .groupBy('b.id');
  return new Map(rows.map((r) => [Number(r.id), { regularExpected: num(r.expected), regularHeld: num(r.held) }]));
}

/** Per branch: quarters it existed through and those with a thematic or combined meeting of its own. */
async function thematicByBranch(em: EntityManager, branchIds: number[], year: number, asOf: string) {
  const knex = knexOf(em);
  const quarters = [1, 2, 3, 4].map((q) => ({ q: `${year}-Q${q}`, ...quarterPeriod(`${year}-Q${q}`) })).filter((p) => p.from <= asOf);
  const sql = quarters.map(() => `select cast(? as varchar(7)) as quarter, ${dayParam(em)} as q_from, ${dayParam(em)} as q_to`).join(' union all ');
  const held = `exists (select 1 from meeting t where t.organization_id = b.id and t.kind in ('THEMATIC', 'COMBINED') and t.held_on >= qu.q_from and t.held_on < qu.q_to and t.held_on <= ?)`;
  const rows: Array<{ id: number; expected: unknown; held: unknown }> = await knex
    .select('b.id')
    // A quarter not yet over by the as-of day counts only once its thematic meeting is held.
    .select(knex.raw(`sum(case when qu.q_to <= ? or ${held} then 1 else 0 end) as expected`, [addDays(asOf, 1), asOf]))
    .select(knex.raw(`sum(case when ${held} then 1 else 0 end) as held`, [asOf]))
    .from(knex.raw(`(${sql}) as qu`, quarters.flatMap((p) => [p.q, p.from, p.to])))
    .join('organization as b', (j) => j.on(knex.raw('b.founded_on <= qu.q_from')).andOn(knex.raw('(b.dissolved_on is null or b.dissolved_on >= qu.q_to)')))
    .whereIn('b.id', branchIds)
    .groupBy('b.id');
  return new Map(rows.map((r) => [Number(r.id), { thematicExpected: num(r.expected), thematicHeld: num(r.held) }]));
}

/** Per branch: pooled attendance of its regular meetings, and its meetings held with full content, in the year. */
async function meetingsByBranch(em: EntityManager, branchIds: number[], year: number, asOf: string) {
  const knex = knexOf(em);
  const rows: Array<{ id: number; present: unknown; attendees: unknown; complete: unknown; held: unknown }> = await knex('meeting as m')
    .select({ id: 'm.organization_id' })
    .select(knex.raw('sum(case when m.regular_month is not null and m.attendance_recorded then m.present_count else 0 end) as present'))
    .select(knex.raw('sum(case when m.regular_month is not null and m.attendance_recorded then m.expected_count else 0 end) as attendees'))
    .select(knex.raw('sum(case when m.content_complete then 1 else 0 end) as complete'))
    .count({ held: 'm.id' })
    .whereIn('m.organization_id', branchIds).whereNotNull('m.held_on').andWhere('m.held_on', '>=', `${year}-01-01`).andWhere('m.held_on', '<=', asOf)
    .groupBy('m.organization_id');
  return new Map(rows.map((r) => [Number(r.id), { present: num(r.present), attendees: num(r.attendees), contentComplete: num(r.complete), meetingsHeld: num(r.held) }]));
}

/** Per branch: working members (not retired, not exempt) on the as-of day, and those holding a task for the year (convention 7). */
async function tasksByBranch(em: EntityManager, branchIds: number[], year: number, asOf: string) {
  const knex = knexOf(em);
  const rows: Array<{ id: number; working: unknown; tasked: unknown }> = await knex('membership as ms')
    .join('member as mb', 'mb.id', 'ms.member_id')
    .select({ id: 'ms.branch_id' })
    .count({ working: 'ms.id' })
    .select(knex.raw('sum(case when exists (select 1 from member_task t where t.member_id = ms.member_id and t.year = ?) then 1 else 0 end) as tasked', [year]))
    .whereIn('ms.branch_id', branchIds).andWhere('ms.from_date', '<=', asOf).andWhere((q) => q.whereNull('ms.to_date').orWhere('ms.to_date', '>', asOf))
    .andWhere((q) => q.where('mb.retired_on', '>', asOf).orWhere((r) => r.whereNull('mb.retired_on').andWhere('mb.work_status', '<>', 'RETIRED')))
    .andWhereRaw('not exists (select 1 from exemption e where e.member_id = ms.member_id and e.from_date <= ? and (e.to_date is null or e.to_date > ?))', [asOf, asOf])
    .groupBy('ms.branch_id');
  return new Map(rows.map((r) => [Number(r.id), { workingMembers: num(r.working), membersTasked: num(r.tasked) }]));
}

/** The year's figures of each branch listed, in four grouped queries. */
export async function branchYearFigures(em: EntityManager, branchIds: number[], year: number, asOf: string): Promise<Map<number, BranchYearFigures>> {
  const out = new Map<number, BranchYearFigures>();
  if (branchIds.length === 0) return out;
  const [regular, thematic, meetings, tasks] = [
    await regularByBranch(em, branchIds, year, asOf), await thematicByBranch(em, branchIds, year, asOf),
    await meetingsByBranch(em, branchIds, year, asOf), await tasksByBranch(em, branchIds, year, asOf),
  ];
  for (const id of branchIds) {
    out.set(id, {
      regularHeld: 0, regularExpected: 0, thematicHeld: 0, thematicExpected: 0, present: 0, attendees: 0, membersTasked: 0, workingMembers: 0, contentComplete: 0, meetingsHeld: 0,
      ...regular.get(id), ...thematic.get(id), ...meetings.get(id), ...tasks.get(id),
    });
  }
  return out;
}

/**
 * The year's figures of each member listed, in three grouped queries over every meeting of the year they have an
 * attendance line at (whatever the branch: a member who moved is rated on the whole year): regular meetings attended
 * among those expected of them; absences without a reason and the months they fall in; the longest run of excused
 * absences in a row (gaps and islands, exclusions apart); whether they hold a task for the year; whether they are
 * exempt on `exemptOn`.
 */
export async function memberYearFigures(em: EntityManager, memberIds: number[], year: number, asOf: string, exemptOn: string): Promise<Map<number, MemberYearFigures>> {
  const out = new Map<number, MemberYearFigures>();
  if (memberIds.length === 0) return out;
  const knex = knexOf(em);
  const from = `${year}-01-01`;
  const lines: Array<{ member_id: number; expected: unknown; attended: unknown; unexcused: unknown; months: unknown; task: unknown; exempt: unknown }> = await knex('member as mb')
    .leftJoin('attendance as a', (j) => j.on('a.member_id', 'mb.id').andOnNull('a.exclusion'))
    .leftJoin('meeting as m', (j) => j.on('m.id', 'a.meeting_id').andOnNotNull('m.held_on').andOn(knex.raw('m.held_on >= ?', [from])).andOn(knex.raw('m.held_on <= ?', [asOf])))
    .select({ member_id: 'mb.id' })
    .select(knex.raw('sum(case when m.regular_month is not null then 1 else 0 end) as expected'))
    .select(knex.raw(`sum(case when m.regular_month is not null and a.status = 'PRESENT' then 1 else 0 end) as attended`))
    .select(knex.raw(`sum(case when m.id is not null and a.status = 'UNEXCUSED' then 1 else 0 end) as unexcused`))
    .select(knex.raw(`count(distinct case when m.id is not null and a.status = 'UNEXCUSED' then m.month end) as months`))
    .select(knex.raw('max(case when exists (select 1 from member_task t where t.member_id = mb.id and t.year = ?) then 1 else 0 end) as task', [year]))
    .select(knex.raw('max(case when exists (select 1 from exemption e where e.member_id = mb.id and e.from_date <= ? and (e.to_date is null or e.to_date > ?)) then 1 else 0 end) as exempt', [exemptOn, exemptOn]))
    .whereIn('mb.id', memberIds)
    .groupBy('mb.id');
  const runs = rowsOf<{ member_id: number; n: unknown }>(await knex.raw(
    `select member_id, max(n) as n from (
       select member_id, grp, count(*) as n from (
         select a.member_id, a.status,
           row_number() over (partition by a.member_id order by m.held_on, m.id)
             - row_number() over (partition by a.member_id, a.status order by m.held_on, m.id) as grp
         from attendance a join meeting m on m.id = a.meeting_id
         where a.exclusion is null and m.held_on >= ? and m.held_on <= ? and a.member_id in (${memberIds.map(() => '?').join(', ')})
       ) t where status = 'EXCUSED' group by member_id, grp
     ) r group by member_id`,
    [from, asOf, ...memberIds],
  ));
  const longest = new Map(runs.map((r) => [Number(r.member_id), num(r.n)]));
  for (const r of lines) {
    out.set(Number(r.member_id), {
      expected: num(r.expected), attended: num(r.attended), unexcused: num(r.unexcused), unexcusedMonths: num(r.months),
      longestExcusedRun: longest.get(Number(r.member_id)) ?? 0, hasTask: num(r.task) > 0, exempt: num(r.exempt) > 0,
    });
  }
  return out;
}
