import { describe, expect, it } from 'vitest';
import { after, notAfter } from './validators';

describe('validators', () => {
  it('wants an end after the start, returning a translation key', () => {
    const validate = after('foundedOn', 'chibo.validation.dissolved_after_founded');
    expect(validate('2025-07-01', { foundedOn: '2025-07-01' }, {})).toBe('chibo.validation.dissolved_after_founded');
    expect(validate('2025-06-30', { foundedOn: '2025-07-01' }, {})).toBe('chibo.validation.dissolved_after_founded');
    expect(validate('2025-07-02', { foundedOn: '2025-07-01' }, {})).toBeUndefined();
    expect(validate(null, { foundedOn: '2025-07-01' }, {})).toBeUndefined();
  });

  it('reads nested start fields and can allow the same day', () => {
    const validate = after('admittedOn', 'chibo.validation.membership_after_admitted', true);
    expect(validate('2025-09-02', { admittedOn: '2025-09-02' }, {})).toBeUndefined();
    expect(validate('2025-09-01', { admittedOn: '2025-09-02' }, {})).toBe('chibo.validation.membership_after_admitted');
    expect(after('membership.from')('2025-01-01', { membership: { from: '2025-02-01' } }, {})).toBe('chibo.validation.end_after_start');
  });

  it('refuses days after today', () => {
    expect(notAfter('2026-01-01')('2026-01-02', {}, {})).toBe('chibo.validation.not_in_future');
    expect(notAfter('2026-01-01')('2026-01-01', {}, {})).toBeUndefined();
  });
});
