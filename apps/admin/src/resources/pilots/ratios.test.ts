import { describe, expect, it } from 'vitest';
import { pilotGap } from './ratios';

describe('pilot shares against the plan’s range', () => {
  it('counts the branches to add below the minimum and to drop above the maximum', () => {
    // 5–10% of 70 branches is 3.5 to 7: at least 4, at most 7.
    expect(pilotGap({ chosen: 2, branches: 70, min: 0.05, max: 0.1, warning: 'BELOW' })).toBe(2);
    expect(pilotGap({ chosen: 9, branches: 70, min: 0.05, max: 0.1, warning: 'ABOVE' })).toBe(2);
    // 3% of 100 is exactly 3: floating point must not ask for a fourth.
    expect(pilotGap({ chosen: 2, branches: 100, min: 0.03, max: 0.05, warning: 'BELOW' })).toBe(1);
    expect(pilotGap({ chosen: 4, branches: 70, min: 0.05, max: 0.1, warning: null })).toBe(0);
    expect(pilotGap({ chosen: 4, branches: 70, min: null, max: null, warning: null })).toBe(0);
  });
});
