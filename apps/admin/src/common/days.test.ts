import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDay, isIsoDateTime, isIsoDay, parseDay } from './days';

describe('days', () => {
  it('writes API days the Vietnamese way', () => {
    expect(formatDay('2025-07-01')).toBe('01/07/2025');
    expect(formatDay(null)).toBe('');
    expect(formatDay('01/07')).toBe('01/07');
  });

  it('reads what people type', () => {
    expect(parseDay('01/07/2025')).toBe('2025-07-01');
    expect(parseDay(' 1/7/2025 ')).toBe('2025-07-01');
    expect(parseDay('1.7.2025')).toBe('2025-07-01');
    expect(parseDay('2025-07-01')).toBe('2025-07-01');
  });

  it('refuses days that do not exist or are not finished', () => {
    expect(parseDay('31/04/2025')).toBeNull();
    expect(parseDay('29/02/2025')).toBeNull();
    expect(parseDay('29/02/2024')).toBe('2024-02-29');
    expect(parseDay('01/13/2025')).toBeNull();
    expect(parseDay('01/07/25')).toBeNull();
    expect(isIsoDay('2025-02-30')).toBe(false);
    expect(isIsoDay(20250101)).toBe(false);
  });

  it('writes instants in Vietnam time, whatever the zone they were written in', () => {
    expect(formatDateTime('2025-07-01T17:05:09.123Z')).toBe('02/07/2025 00:05:09');
    expect(formatDateTime('2025-07-01T08:00:00+07:00')).toBe('01/07/2025 08:00:00');
    expect(formatDateTime('không phải ngày')).toBe('không phải ngày');
    expect(isIsoDateTime('2025-07-01T17:05:09Z')).toBe(true);
    expect(isIsoDateTime('2025-07-01')).toBe(false);
  });
});
