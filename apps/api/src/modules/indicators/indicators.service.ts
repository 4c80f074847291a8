import { invalid, judgingRuleSetsOn, quarterKeyOf } from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import { assertValid, parseId } from '../../shared/errors';
import { storedRuleSets } from '../meeting-rule-set/meeting-rule-set.queries';
import { Organization } from '../organization/organization.entity';
import { monthlyFigures, monthsBetween, quarterFigures } from './indicators.queries';
import type { IndicatorFigure, PlanIndicators } from './indicators.type';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const figure = (code: string, numerator: number, denominator: number, target: number, documents: string[]): IndicatorFigure => ({
  code, numerator, denominator, rate: denominator ? numerator / denominator : null, target, documents,
});

/**
 * The plan's figures 1 (regular meetings held, held in the first week, thematic meetings held) and 3 (pooled
 * attendance, branches at the threshold) under an organization over a range of months, computed in SQL against the
 * structure as it stood each month (DOMAIN conventions 3, 5, 6), judged by the rule sets in force at the range's end.
 * Null outside the request's scope.
 */
export async function planIndicators(em: EntityManager, scopePath: string, organizationId: string, from: string, to: string): Promise<PlanIndicators | null> {
  if (!MONTH.test(from)) assertValid([invalid('from', 'Tháng phải có dạng YYYY-MM.')]);
  if (!MONTH.test(to) || to < from) assertValid([invalid('to', 'Tháng cuối phải có dạng YYYY-MM, không trước tháng đầu.')]);
  const months = monthsBetween(from, to);
  if (months.length > 36) assertValid([invalid('to', 'Tối đa 36 tháng một lần.')]);
  const org = await em.findOne(Organization, { id: parseId(organizationId, 'organizationId') });
  if (!org?.path.startsWith(scopePath)) return null;
  const sets = judgingRuleSetsOn(await storedRuleSets(em), months[months.length - 1].first);
  const attendance = sets.filter((s) => s.rules.minAttendance).sort((a, b) => (b.rules.minAttendance?.share ?? 0) - (a.rules.minAttendance?.share ?? 0))[0];
  const share = attendance?.rules.minAttendance?.share ?? 0.9;
  const doc = (pick: (s: (typeof sets)[number]) => unknown) => sets.filter(pick).map((s) => s.documentNumber);
  const quarters = [...new Set(months.map((m) => quarterKeyOf(m.first)))].filter((q) => {
    const first = `${q.slice(0, 4)}-${String(Number(q.slice(6)) * 3 - 2).padStart(2, '0')}`;
    const last = `${q.slice(0, 4)}-${String(Number(q.slice(6)) * 3).padStart(2, '0')}`;
    return first >= from && last <= to;
  });
  const [monthly, quarterly] = await Promise.all([
    monthlyFigures(em, org, months, share, attendance?.rules.minAttendance?.strict ?? false),
    quarterFigures(em, org, quarters),
  ]);
  const sum = (pick: (m: (typeof monthly)[number]) => number) => monthly.reduce((n, m) => n + pick(m), 0);
  return {
    from, to, months: monthly, quarters: quarterly,
    figures: [
      figure('REGULAR_HELD', sum((m) => m.held), sum((m) => m.expected), 1, doc((s) => s.rules.regularByDay != null)),
      figure('REGULAR_FIRST_WEEK', sum((m) => m.heldFirstWeek), sum((m) => m.expected), 1, doc((s) => s.rules.regularByDay != null)),
      figure('THEMATIC_HELD', quarterly.reduce((n, q) => n + q.held, 0), quarterly.reduce((n, q) => n + q.expected, 0), 1, doc((s) => s.rules.thematicPerQuarter != null)),
      figure('ATTENDANCE_POOLED', sum((m) => m.present), sum((m) => m.attendees), share, attendance ? [attendance.documentNumber] : []),
      figure('BRANCHES_AT_THRESHOLD', sum((m) => m.atThreshold), sum((m) => m.expected), 1, attendance ? [attendance.documentNumber] : []),
    ],
  };
}
