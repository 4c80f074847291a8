import { describe, expect, it } from 'vitest';
import { rankBranches } from './BranchRanking';
import type { IndicatorFigureRecord, IndicatorGroupRecord } from './indicatorsApi';
import { queryKey, reportUrl, rowsCsvUrl } from './indicatorsApi';
import { axisFloor } from './TrendCharts';

const figure = (code: IndicatorFigureRecord['code'], rate: number | null): IndicatorFigureRecord => ({
  code,
  label: code,
  labelEn: code,
  planFigure: null,
  numerator: 0,
  denominator: rate == null ? 0 : 1,
  rate,
  target: 1,
  met: rate == null ? null : rate >= 1,
  documents: [],
  convention: '',
});

const group = (id: string, attendance: number | null, regular: number | null): IndicatorGroupRecord => ({
  organizationId: null,
  branchId: id,
  branchKind: null,
  month: null,
  quarter: null,
  organization: { id, name: `Chi bộ ${id}`, kind: 'BRANCH' },
  figures: [figure('ATTENDANCE_POOLED', attendance), figure('REGULAR_HELD', regular)],
});

describe('the indicators on the home page', () => {
  it('ranks branches lowest first, nothing to count last, ties by the other figure then name', () => {
    const groups = [group('A', 0.9, 1), group('B', 0.8, 1), group('C', null, 0.5), group('D', 0.9, 0.5), group('E', 0.9, 0.5)];
    expect(rankBranches(groups, 'ATTENDANCE_POOLED').map((l) => l.branch.id)).toEqual(['B', 'D', 'E', 'A', 'C']);
    expect(rankBranches(groups, 'ATTENDANCE_POOLED', false).map((l) => l.branch.id)).toEqual(['A', 'D', 'E', 'B', 'C']);
    expect(rankBranches(groups, 'REGULAR_HELD').map((l) => l.branch.id)).toEqual(['D', 'E', 'C', 'B', 'A']);
  });

  it('caches a query under the same key whatever the order of its arguments', () => {
    expect(queryKey({ scopeId: '2', period: { kind: 'quarter', key: '2026-Q4' } })).toBe(queryKey({ period: { key: '2026-Q4', kind: 'quarter' }, scopeId: '2' }));
    expect(queryKey({ scopeId: '2', period: { kind: 'quarter', key: '2026-Q4' } })).not.toBe(queryKey({ scopeId: '2', period: { kind: 'quarter', key: '2026-Q3' } }));
    expect(queryKey({ a: 1, b: null })).toBe(queryKey({ a: 1 }));
  });

  it('links the exports of the API with the same scope, period and group', () => {
    expect(rowsCsvUrl('2', { kind: 'month', key: '2026-11' }, 'REGULAR_HELD', { counted: false, organizationId: '7', month: null })).toBe(
      '/exports/indicator-rows.csv?scopeId=2&month=2026-11&code=REGULAR_HELD&counted=false&organizationId=7',
    );
    expect(reportUrl('xlsx', '3', { kind: 'half', key: '2026-H1' })).toBe('/exports/report.xlsx?scopeId=3&half=2026-H1');
  });

  it('starts the rate axis a little under the lowest value, in steps of 5%', () => {
    expect(axisFloor([0.93, 0.9, null])).toBeCloseTo(0.85);
    expect(axisFloor([0.02])).toBe(0);
    expect(axisFloor([null])).toBe(0);
  });
});
