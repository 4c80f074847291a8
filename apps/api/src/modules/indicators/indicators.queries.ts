import { addDays, quarterPeriod } from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import type { Organization } from '../organization/organization.entity';

/** One month of the period, as SQL rows: its key, first day and the last day of its first week. */
export interface MonthRow {
  month: string;
  first: string;
  weekEnd: string;
}

/** The months of a range of "YYYY-MM" keys, both ends included. */
export function monthsBetween(from: string, to: string): MonthRow[] {
  const out: MonthRow[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  for (let month = from; month <= to; month = `${y}-${String(m).padStart(2, '0')}`) {
    out.push({ month, first: `${month}-01`, weekEnd: addDays(`${month}-01`, 6) });
    if (m === 12) {
      y += 1;
      m = 1;
    } else m += 1;
  }
  return out;
}

/** A day parameter as the database compares it with a date column: a date on PostgreSQL, ISO text on SQLite. */
function day(em: EntityManager): string {
  return em.config.get('driver')?.name === 'PostgreSqlDriver' ? 'cast(? as date)' : '?';
}

/** The months as a derived table both databases read: `select ? as month, ? as first_day, ? as week_end union all …`. */
function monthTable(em: EntityManager, months: MonthRow[]) {
  const sql = months.map(() => `select cast(? as varchar(7)) as month, ${day(em)} as first_day, ${day(em)} as week_end`).join(' union all ');
  return (em as SqlEntityManager).getKnex().raw(`(${sql}) as mo`, months.flatMap((m) => [m.month, m.first, m.weekEnd]));
}

/** Per month: branches expected to hold the regular meeting, those that held one, held in the first week, and the pooled attendance. */
export interface MonthFigures {
  month: string;
  expected: number;
  held: number;
  heldFirstWeek: number;
  present: number;
  attendees: number;
  atThreshold: number;
}

/**
 * Figures 1 and 3 of the plan per month under an organization, in one grouped query (conventions 3, 5, 6): a branch is
 * expected if it exists on the month's first day; its own regular (or combined) meeting of the month counts, held in the
 * first week when held by day 7; attendance pools the present and the expected of those meetings; a branch is at the
 * threshold when its meeting reached `share` (strictly above it when `strict`), one that did not meet is below.
 */
export async function monthlyFigures(em: EntityManager, under: Organization, months: MonthRow[], share: number, strict: boolean): Promise<MonthFigures[]> {
  const knex = (em as SqlEntityManager).getKnex();
  const shareParam = em.config.get('driver')?.name === 'PostgreSqlDriver' ? 'cast(? as double precision)' : 'cast(? as real)';
  const reached = `m.present_count ${strict ? '>' : '>='} ${shareParam} * m.expected_count`;
  const rows: Array<Record<string, string | number>> = await knex
    .select('mo.month')
    .count({ expected: 'b.id' })
    .select(knex.raw('count(m.id) as held'))
    .select(knex.raw('sum(case when m.held_on <= mo.week_end then 1 else 0 end) as first_week'))
    .select(knex.raw('coalesce(sum(m.present_count), 0) as present'))
    .select(knex.raw('coalesce(sum(m.expected_count), 0) as attendees'))
    .select(knex.raw(`sum(case when m.attendance_recorded and m.expected_count > 0 and ${reached} then 1 else 0 end) as at_threshold`, [share]))
    .from(monthTable(em, months))
    .join('organization as b', (j) => j.on(knex.raw('b.founded_on <= mo.first_day')).andOn(knex.raw('(b.dissolved_on is null or b.dissolved_on > mo.first_day)')))
    .leftJoin('meeting as m', (j) => j.on('m.organization_id', 'b.id').andOn('m.regular_month', 'mo.month').andOnNotNull('m.held_on'))
    .where('b.kind', 'BRANCH').andWhere('b.path', 'like', `${under.path}%`)
    .groupBy('mo.month').orderBy('mo.month');
  const byMonth = new Map(rows.map((r) => [String(r.month), r]));
  return months.map(({ month }) => {
    const r = byMonth.get(month);
    return {
      month, expected: Number(r?.expected ?? 0), held: Number(r?.held ?? 0), heldFirstWeek: Number(r?.first_week ?? 0),
      present: Number(r?.present ?? 0), attendees: Number(r?.attendees ?? 0), atThreshold: Number(r?.at_threshold ?? 0),
    };
  });
}

/** Per quarter: branches expected to hold the thematic meeting (existing every day of it) and those that held one. */
export async function quarterFigures(em: EntityManager, under: Organization, quarters: string[]): Promise<Array<{ quarter: string; expected: number; held: number }>> {
  const knex = (em as SqlEntityManager).getKnex();
  const out: Array<{ quarter: string; expected: number; held: number }> = [];
  if (quarters.length === 0) return out;
  const periods = quarters.map((q) => ({ q, ...(quarterPeriod(q) as { from: string; to: string }) }));
  const sql = periods.map(() => `select cast(? as varchar(7)) as quarter, ${day(em)} as q_from, ${day(em)} as q_to`).join(' union all ');
  const rows: Array<{ quarter: string; expected: number; held: number }> = await knex
    .select('qu.quarter').count({ expected: 'b.id' })
    .select(knex.raw(`sum(case when exists (select 1 from meeting t where t.organization_id = b.id and t.kind in ('THEMATIC', 'COMBINED')
      and t.held_on >= qu.q_from and t.held_on < qu.q_to) then 1 else 0 end) as held`))
    .from(knex.raw(`(${sql}) as qu`, periods.flatMap((p) => [p.q, p.from, p.to])))
    .join('organization as b', (j) => j.on(knex.raw('b.founded_on <= qu.q_from')).andOn(knex.raw('(b.dissolved_on is null or b.dissolved_on >= qu.q_to)')))
    .where('b.kind', 'BRANCH').andWhere('b.path', 'like', `${under.path}%`)
    .groupBy('qu.quarter').orderBy('qu.quarter');
  const byQuarter = new Map(rows.map((r) => [String(r.quarter), r]));
  return quarters.map((quarter) => ({ quarter, expected: Number(byQuarter.get(quarter)?.expected ?? 0), held: Number(byQuarter.get(quarter)?.held ?? 0) }));
}

