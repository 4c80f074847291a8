import { describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n';
import { lastMonthBegins, quarterLabel, recentQuarters } from './quarters';

describe('quarters on the home page', () => {
  it('offers the quarter and those before it, across the turn of the year', () => {
    expect(recentQuarters('2026-Q4', 3)).toEqual(['2026-Q4', '2026-Q3', '2026-Q2']);
    expect(recentQuarters('2026-Q1', 3)).toEqual(['2026-Q1', '2025-Q4', '2025-Q3']);
  });

  it('names a quarter as the office writes it', () => {
    const translate = (key: string) => i18nProvider.translate(key);
    expect(quarterLabel('2026-Q4', translate)).toBe('Quý IV/2026');
    expect(quarterLabel('2027-Q1', translate)).toBe('Quý I/2027');
  });

  it('knows when the last month of a quarter begins', () => {
    expect(lastMonthBegins('2026-Q4')).toBe('2026-12-01');
    expect(lastMonthBegins('2026-Q1')).toBe('2026-03-01');
  });
});
