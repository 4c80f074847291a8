import { describe, expect, it } from 'vitest';
import { isPeriod, periodChoices, periodInput, periodLabel, periodMonths, periodOf, periodQuery, shiftPeriod, trendMonths, writtenPeriod } from './period';

const translate = (key: string, options: Record<string, unknown> = {}) => `${key}${JSON.stringify(options)}`;

describe('periods of the figures', () => {
  it('names the period of each kind holding a day', () => {
    expect(periodOf('month', '2026-11-28')).toEqual({ kind: 'month', key: '2026-11' });
    expect(periodOf('quarter', '2026-11-28')).toEqual({ kind: 'quarter', key: '2026-Q4' });
    expect(periodOf('half', '2026-06-30')).toEqual({ kind: 'half', key: '2026-H1' });
    expect(periodOf('half', '2026-07-01')).toEqual({ kind: 'half', key: '2026-H2' });
    expect(periodOf('year', '2026-01-01')).toEqual({ kind: 'year', key: '2026' });
  });

  it('spans its months', () => {
    expect(periodMonths({ kind: 'month', key: '2026-02' })).toEqual({ from: '2026-02', to: '2026-02' });
    expect(periodMonths({ kind: 'quarter', key: '2026-Q3' })).toEqual({ from: '2026-07', to: '2026-09' });
    expect(periodMonths({ kind: 'half', key: '2026-H2' })).toEqual({ from: '2026-07', to: '2026-12' });
    expect(periodMonths({ kind: 'year', key: '2025' })).toEqual({ from: '2025-01', to: '2025-12' });
  });

  it('steps back across years', () => {
    expect(shiftPeriod({ kind: 'quarter', key: '2026-Q1' }, -1)).toEqual({ kind: 'quarter', key: '2025-Q4' });
    expect(shiftPeriod({ kind: 'month', key: '2026-01' }, -13)).toEqual({ kind: 'month', key: '2024-12' });
    expect(shiftPeriod({ kind: 'half', key: '2026-H1' }, -1)).toEqual({ kind: 'half', key: '2025-H2' });
    expect(periodChoices('quarter', '2026-11-28').map((p) => p.key)).toEqual([
      '2026-Q4', '2026-Q3', '2026-Q2', '2026-Q1', '2025-Q4', '2025-Q3', '2025-Q2', '2025-Q1',
    ]);
    expect(periodChoices('year', '2026-11-28').map((p) => p.key)).toEqual(['2026', '2025', '2024']);
  });

  it('asks the API with exactly one field, and the exports with the same in the query string', () => {
    expect(periodInput({ kind: 'half', key: '2026-H1' })).toEqual({ half: '2026-H1' });
    expect(periodInput({ kind: 'year', key: '2026' })).toEqual({ year: 2026 });
    expect(periodQuery({ kind: 'year', key: '2026' })).toEqual({ year: '2026' });
    expect(periodQuery({ kind: 'quarter', key: '2026-Q4' })).toEqual({ quarter: '2026-Q4' });
  });

  it('writes the period as the panel and as a document do', () => {
    expect(periodLabel({ kind: 'quarter', key: '2026-Q4' }, translate)).toBe('chibo.plan.quarters.4{}/2026');
    expect(periodLabel({ kind: 'half', key: '2026-H2' }, translate)).toBe('chibo.indicators.period.second_half{"year":"2026"}');
    expect(writtenPeriod({ kind: 'quarter', key: '2026-Q4' })).toBe('quý IV năm 2026');
    expect(writtenPeriod({ kind: 'half', key: '2026-H1' })).toBe('6 tháng đầu năm 2026');
    expect(writtenPeriod({ kind: 'month', key: '2026-03' })).toBe('tháng 03 năm 2026');
  });

  it('ends the trends with the period, or with this month while the period runs on', () => {
    expect(trendMonths({ kind: 'quarter', key: '2026-Q4' }, '2026-11-28')).toEqual({ from: '2025-12', to: '2026-11' });
    expect(trendMonths({ kind: 'quarter', key: '2026-Q2' }, '2026-11-28')).toEqual({ from: '2025-07', to: '2026-06' });
    expect(trendMonths({ kind: 'year', key: '2025' }, '2026-11-28')).toEqual({ from: '2025-01', to: '2025-12' });
  });

  it('tells a stored period from anything else', () => {
    expect(isPeriod({ kind: 'quarter', key: '2026-Q4' })).toBe(true);
    expect(isPeriod({ kind: 'quarter', key: '2026-Q5' })).toBe(false);
    expect(isPeriod({ kind: 'week', key: '2026-W01' })).toBe(false);
    expect(isPeriod('2026-Q4')).toBe(false);
  });
});
