import { describe, expect, it } from 'vitest';
import { isQuarterKey, quarterKeyOf, quarterPeriod } from './dates';

describe('quarters', () => {
  it('names the quarter of a day and gives its half-open period', () => {
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-12-31'].map(quarterKeyOf)).toEqual(['2026-Q1', '2026-Q1', '2026-Q2', '2026-Q4']);
    expect(quarterPeriod('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-04-01' });
    expect(quarterPeriod('2026-Q4')).toEqual({ from: '2026-10-01', to: '2027-01-01' });
    expect(quarterPeriod('2026-08-15')).toEqual({ from: '2026-07-01', to: '2026-10-01' });
  });

  it('accepts only quarters 1 to 4 written YYYY-Qn', () => {
    expect(['2026-Q1', '2026-Q4'].every(isQuarterKey)).toBe(true);
    expect(['2026-Q0', '2026-Q5', '2026Q1', '2026-q1'].some(isQuarterKey)).toBe(false);
  });
});
