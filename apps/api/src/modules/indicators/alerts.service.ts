import {
  alertMonths, behindTarget, IndicatorCode, maxConsecutiveExcusedOn, OrganizationKind, quarterKeyOf, regularDueDay, STRUCTURE_RULE_SETS, thematicAlertDue,
} from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { dayOrToday, existingOn } from '../../shared/crud';
import { parseId } from '../../shared/errors';
import { ruleSetFor } from '../../shared/rule-sets';
import { storedRuleSets } from '../meeting-rule-set/meeting-rule-set.queries';
import { membersWithoutTaskQuery } from '../member-task/member-task.service';
import { Organization } from '../organization/organization.entity';
import { ResolutionTask } from '../resolution/resolution-task.entity';
import { overdueOn } from '../resolution/resolution-task.service';
import type { MeetingAlerts, MemberAttendanceAlert } from './alerts.type';
import { branchQuarterFindings, checkQuarter, quarterFindings } from './branch-findings.service';
import { indicatorRows, indicators, MAX_INDICATOR_ROWS } from './indicators.service';

/** The committee's figures the behind-target alert checks (pilots and supervision are judged over a year and a quarter). */
const WATCHED = [
  IndicatorCode.REGULAR_HELD, IndicatorCode.REGULAR_FIRST_WEEK, IndicatorCode.CONTENT_COMPLETE, IndicatorCode.ATTENDANCE_POOLED, IndicatorCode.BRANCHES_AT_THRESHOLD,
  IndicatorCode.MEMBERS_TASKED, IndicatorCode.TASKS_ON_TIME, IndicatorCode.DOCUMENTS_ON_TIME,
];

/** Alerts for the home page under an organization on a day (today when omitted); null outside the scope. */
export async function meetingAlerts(em: EntityManager, scopePath: string, organizationId: string, asOf?: string): Promise<MeetingAlerts | null> {
  const org = await em.findOne(Organization, { id: parseId(organizationId, 'organizationId') });
  if (!org?.path.startsWith(scopePath)) return null;
  const day = dayOrToday(asOf);
  const month = day.slice(0, 7);
  const firstOfMonth = `${month}-01`;
  const yearStart = `${day.slice(0, 4)}-01-01`;
  const sets = await storedRuleSets(em);
  const dueDay = regularDueDay(sets, firstOfMonth);
  const knex = (em as SqlEntityManager).getKnex();
  const like = `${org.path}%`;

  // Branches expected this month (existing on its first day) with no regular or combined meeting of their own held by the day.
  const branches = await em.find(Organization, {
    kind: OrganizationKind.BRANCH, path: { $like: like }, ...existingOn(firstOfMonth),
    id: { $nin: knex('meeting').select('organization_id').where('month', month).whereNotNull('regular_month').whereNotNull('held_on').andWhere('held_on', '<=', day) as never },
  }, { orderBy: { sortKey: 'asc' } });

  const removal = ruleSetFor(STRUCTURE_RULE_SETS, day, 'asOf');
  const unexcused: Array<{ member_id: number; n: number }> = await knex('attendance as a')
    .join('meeting as m', 'm.id', 'a.meeting_id').join('organization as o', 'o.id', 'm.branch_id')
    .select('a.member_id').countDistinct({ n: 'm.month' })
    .where('a.status', 'UNEXCUSED').whereNull('a.exclusion').andWhere('m.held_on', '>=', yearStart).andWhere('m.held_on', '<=', day).andWhere('o.path', 'like', like)
    .groupBy('a.member_id').havingRaw('count(distinct m.month) >= ?', [removal.rules.unexcusedMonthsForRemoval]);

  const excusedRule = maxConsecutiveExcusedOn(sets, day);
  let runs: Array<{ member_id: number; n: number }> = [];
  if (excusedRule) {
    // Gaps and islands: consecutive excused absences share (row number overall - row number among excused).
    runs = (await knex.raw(
      `select member_id, max(n) as n from (
         select member_id, grp, count(*) as n from (
           select a.member_id, a.status,
             row_number() over (partition by a.member_id order by m.held_on, m.id)
               - row_number() over (partition by a.member_id, a.status order by m.held_on, m.id) as grp
           from attendance a join meeting m on m.id = a.meeting_id join organization o on o.id = m.branch_id
           where m.held_on >= ? and m.held_on <= ? and o.path like ? and a.exclusion is null
         ) t where status = 'EXCUSED' group by member_id, grp
       ) r group by member_id having max(n) > ?`,
      [yearStart, day, like, excusedRule.max],
    )) as never;
    runs = Array.isArray(runs) ? runs : ((runs as unknown as { rows: typeof runs }).rows ?? []);
  }

  const overdueWhere = { branch: { path: { $like: like } }, ...overdueOn(day) };
  const [overdueTasks, overdueTaskCount] = await em.findAndCount(ResolutionTask, overdueWhere, { orderBy: { deadline: 'asc', id: 'asc' }, limit: 20 });
  const membersWithoutTaskCount = await membersWithoutTaskQuery(em, org.path, Number(day.slice(0, 4)), day).getCount();

  const quarter = quarterKeyOf(day);
  const thematicDue = thematicAlertDue(quarter, day);
  const thematicShort = thematicDue ? await quarterFindings(em, org, quarter, day, sets) : [];
  const branchesWithoutThematicMeeting = thematicShort.length
    ? await em.find(Organization, { id: { $in: [...new Set(thematicShort.map((f) => f.branchId))] } }, { orderBy: { sortKey: 'asc' } })
    : [];

  // The figures: branches whose meeting this month fell below the threshold, and the committee's figures behind target.
  const figuresPeriod = alertMonths(day, dueDay);
  const [below, figures] = org.kind === OrganizationKind.PARTY_GROUP ? [null, null] : await Promise.all([
    indicatorRows(em, scopePath, { scopeId: String(org.id), period: { month }, code: IndicatorCode.BRANCHES_AT_THRESHOLD, counted: false, limit: MAX_INDICATOR_ROWS, asOf: day }),
    indicators(em, scopePath, { scopeId: String(org.id), period: figuresPeriod, codes: WATCHED, asOf: day }),
  ]);

  const toAlert = (rows: Array<{ member_id: number; n: number }>, documentNumber: string, limit: number) =>
    rows.map((r) => ({ memberId: String(r.member_id), count: Number(r.n), documentNumber, limit }) as MemberAttendanceAlert).sort((a, b) => b.count - a.count || Number(a.memberId) - Number(b.memberId));
  return {
    asOf: day, month, regularDueDay: dueDay, regularOverdue: dueDay != null && Number(day.slice(8, 10)) > dueDay,
    branchesWithoutRegularMeeting: branches,
    unexcusedMonths: toAlert(unexcused, removal.documentNumber, removal.rules.unexcusedMonthsForRemoval),
    excusedRuns: excusedRule ? toAlert(runs, excusedRule.documentNumber, excusedRule.max) : [],
    quarter, thematicDue, branchesWithoutThematicMeeting, overdueTaskCount, overdueTasks, membersWithoutTaskCount,
    branchesBelowAttendance: (below?.items ?? []).filter((r) => r.meetingId != null),
    figuresFrom: figuresPeriod.from, figuresTo: figuresPeriod.to, figuresBehind: (figures?.totals ?? []).filter(behindTarget),
  };
}

/** The quarter's findings of the branches under an organization, counting meetings held up to a day (today when omitted). */
export async function branchFindings(em: EntityManager, scopePath: string, organizationId: string, quarter: string, asOf?: string) {
  checkQuarter(quarter);
  const org = await em.findOne(Organization, { id: parseId(organizationId, 'organizationId') });
  if (!org?.path.startsWith(scopePath)) return null;
  const found = await branchQuarterFindings(em, org, quarter, dayOrToday(asOf), await storedRuleSets(em));
  return found.map((f) => ({ branchId: String(f.branchId), finding: f.finding }));
}
