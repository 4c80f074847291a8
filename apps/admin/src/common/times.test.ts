import { describe, expect, it } from 'vitest';
import { calendarWeeks, formatMonth, formatPercent, isTime, parseMonth, parseTime, shiftMonth } from './times';

describe('clock times', () => {
  it('reads what people type', () => {
    expect(parseTime('19:30')).toBe('19:30');
    expect(parseTime(' 19h30 ')).toBe('19:30');
    expect(parseTime('19g30')).toBe('19:30');
    expect(parseTime('7.05')).toBe('07:05');
    expect(parseTime('1930')).toBe('19:30');
  });

  it('waits for the minutes, so a time being typed is left as typed', () => {
    expect(parseTime('19')).toBeNull();
    expect(parseTime('19h')).toBeNull();
    expect(parseTime('19h3')).toBeNull();
    expect(parseTime('193')).toBeNull();
  });

  it('refuses what is no time', () => {
    expect(parseTime('24:00')).toBeNull();
    expect(parseTime('19:60')).toBeNull();
    expect(parseTime('chiều')).toBeNull();
    expect(parseTime('')).toBeNull();
    expect(isTime('9:30')).toBe(false);
    expect(isTime('09:30')).toBe(true);
  });
});

describe('months', () => {
  it('writes and reads months the Vietnamese way', () => {
    expect(formatMonth('2026-11')).toBe('11/2026');
    expect(parseMonth('11/2026')).toBe('2026-11');
    expect(parseMonth('1/2027')).toBe('2027-01');
    expect(parseMonth('13/2026')).toBeNull();
    expect(parseMonth('2026-11')).toBe('2026-11');
  });

  it('moves across years', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-11', -13)).toBe('2025-10');
  });

  it('lays a month out in weeks from Monday', () => {
    // 1 November 2026 is a Sunday: the first week is six blanks and the 1st.
    const weeks = calendarWeeks('2026-11');
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-11-01']);
    expect(weeks[1][0]).toBe('2026-11-02');
    expect(weeks.at(-1)).toEqual(['2026-11-30', null, null, null, null, null, null]);
    expect(weeks).toHaveLength(6);
    // February 2027 starts on a Monday and fills four weeks exactly.
    expect(calendarWeeks('2027-02')).toHaveLength(4);
  });

  it('writes shares as percentages in the reader’s language', () => {
    expect(formatPercent(0.935, 'vi')).toBe('93,5%');
    expect(formatPercent(0.935, 'en')).toBe('93.5%');
    expect(formatPercent(null, 'vi')).toBe('');
  });
});
