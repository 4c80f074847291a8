import {
  addDays, type Finding, invalid, isQuarterKey, judgeMembersWithoutTask, judgeQuarter, type MeetingRules, OrganizationKind, quarterPeriod, type RuleSet,
} from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { assertValid } from '../../shared/errors';
import type { Organization } from '../organization/organization.entity';

/** A branch's thematic meetings held in a quarter up to a day, for the branches that existed throughout it. */
interface QuarterRow {
  id: number;
  founded_on: string;
  dissolved_on: string | null;
  held: number;
}

/**
 * The branches under an organization that existed throughout a quarter, with the thematic (or combined) meetings each
 * held in it up to a day: one grouped query.
 */
async function thematicHeldInQuarter(em: EntityManager, under: Organization, quarter: string, day: string): Promise<QuarterRow[]> {
  const { from, to } = quarterPeriod(quarter);
  const until = day < to ? day : null;
  const knex = (em as SqlEntityManager).getKnex();
  const rows: QuarterRow[] = await knex('organization as o')
    .leftJoin('meeting as m', (j) => {
      j.on('m.branch_id', 'o.id').andOnNotNull('m.held_on').andOn('m.held_on', '>=', knex.raw('?', [from])).andOn('m.held_on', '<', knex.raw('?', [to]))
        .andOnIn('m.kind', ['THEMATIC', 'COMBINED']);
      if (until) j.andOn('m.held_on', '<=', knex.raw('?', [until]));
    })
    .select('o.id', knex.raw('cast(o.founded_on as text) as founded_on'), knex.raw('cast(o.dissolved_on as text) as dissolved_on')).count({ held: 'm.id' })
    .where('o.kind', OrganizationKind.BRANCH).andWhere('o.path', 'like', `${under.path}%`).andWhere('o.founded_on', '<=', from)
    .andWhere((q) => q.whereNull('o.dissolved_on').orWhere('o.dissolved_on', '>=', to))
    .groupBy('o.id', 'o.founded_on', 'o.dissolved_on');
  // Days read as text: PostgreSQL's driver would give dates as JavaScript Date objects.
  return rows.map((r) => ({ ...r, id: Number(r.id), held: Number(r.held) }));
}

/**
 * Working members without a task for the year, per branch under an organization, on a day (DOMAIN convention 7: in the
 * branch that day, not retired and not exempt that day, no task for that year from any branch): one grouped query.
 */
async function withoutTaskByBranch(em: EntityManager, under: Organization, year: number, day: string): Promise<Map<number, number>> {
  const knex = (em as SqlEntityManager).getKnex();
  const rows: Array<{ branch_id: number; n: number }> = await knex('membership as ms')
    .join('organization as o', 'o.id', 'ms.branch_id').join('member as m', 'm.id', 'ms.member_id')
    .select('ms.branch_id').count({ n: 'ms.member_id' })
    .where('o.path', 'like', `${under.path}%`).andWhere('ms.from_date', '<=', day).andWhere((q) => q.whereNull('ms.to_date').orWhere('ms.to_date', '>', day))
    // Working on the day: the rule of the domain's workingOn.
    .andWhere((q) => q.where('m.retired_on', '>', day).orWhere((r) => r.whereNull('m.retired_on').andWhereNot('m.work_status', 'RETIRED')))
    .whereNotExists(knex('exemption as e').select(knex.raw('1')).whereRaw('e.member_id = ms.member_id').andWhere('e.from_date', '<=', day).andWhere((q) => q.whereNull('e.to_date').orWhere('e.to_date', '>', day)))
    .whereNotExists(knex('member_task as t').select(knex.raw('1')).whereRaw('t.member_id = ms.member_id').andWhere('t.year', year))
    .groupBy('ms.branch_id');
  return new Map(rows.map((r) => [Number(r.branch_id), Number(r.n)]));
}

/** A quarter as "YYYY-Qn", refused naming the argument otherwise. */
export function checkQuarter(quarter: string, field = 'quarter'): void {
  if (!isQuarterKey(quarter)) assertValid([invalid(field, 'Quý phải có dạng YYYY-Qn, ví dụ 2026-Q3.')]);
}

/**
 * The quarter's findings of each branch under an organization (a branch without its thematic meeting in a quarter
 * it existed for whole: THEMATIC_MISSING under each rule set asking for one), counting meetings held up to a day.
 */
export async function quarterFindings(em: EntityManager, under: Organization, quarter: string, day: string, sets: RuleSet<MeetingRules>[]) {
  const rows = await thematicHeldInQuarter(em, under, quarter, day);
  return rows.flatMap((r) =>
    judgeQuarter({ quarter, branchFoundedOn: r.founded_on, branchDissolvedOn: r.dissolved_on, thematicHeld: r.held }, sets).map((finding: Finding) => ({ branchId: r.id, finding })),
  );
}

/**
 * A quarter's findings of the branches under an organization: the thematic meeting (quarterFindings) and, on the
 * quarter's last day or the day asked if earlier, working members without a task for the year.
 */
export async function branchQuarterFindings(em: EntityManager, under: Organization, quarter: string, day: string, sets: RuleSet<MeetingRules>[]) {
  const last = addDays(quarterPeriod(quarter).to, -1);
  const on = day < last ? day : last;
  const year = Number(quarter.slice(0, 4));
  const [thematic, withoutTask] = await Promise.all([quarterFindings(em, under, quarter, day, sets), withoutTaskByBranch(em, under, year, on)]);
  const tasks = [...withoutTask].flatMap(([branchId, n]) => judgeMembersWithoutTask(year, n, on, sets).map((finding) => ({ branchId, finding })));
  return [...thematic, ...tasks].sort((a, b) => a.branchId - b.branchId || a.finding.code.localeCompare(b.finding.code));
}
