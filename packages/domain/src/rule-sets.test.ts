import { describe, expect, it } from 'vitest';
import { branchBelowMinimum, NoRuleSetInForce, STRUCTURE_RULE_SETS } from './rule-sets';

describe('branchBelowMinimum', () => {
  it('gives the shortfall of official members with the document in force', () => {
    expect(branchBelowMinimum(1, STRUCTURE_RULE_SETS, '2026-03-01')).toEqual({ minimum: 3, actual: 1, shortfall: 2, documentNumber: '24-QĐ/TW', documentDate: '2021-07-30' });
    expect(branchBelowMinimum(2, STRUCTURE_RULE_SETS, '2020-03-01')?.documentNumber).toBe('29-QĐ/TW');
  });

  it('is null for a branch with enough, and refuses a day no rule set covers', () => {
    expect(branchBelowMinimum(3, STRUCTURE_RULE_SETS, '2026-03-01')).toBeNull();
    expect(() => branchBelowMinimum(1, STRUCTURE_RULE_SETS, '2010-01-01')).toThrow(NoRuleSetInForce);
  });
});
