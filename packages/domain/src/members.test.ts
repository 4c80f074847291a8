import { describe, expect, it } from 'vitest';
import { WorkStatus, workingOn } from './members';

describe('workingOn', () => {
  it('counts a member as working until the day they retire', () => {
    const member = { workStatus: WorkStatus.RETIRED, retiredOn: '2026-07-01' };
    expect(workingOn(member, '2026-06-30')).toBe(true);
    expect(workingOn(member, '2026-07-01')).toBe(false);
    expect(workingOn(member, '2027-01-01')).toBe(false);
  });

  it('takes the status when no retirement day is known', () => {
    expect(workingOn({ workStatus: WorkStatus.WORKING }, '2026-07-01')).toBe(true);
    expect(workingOn({ workStatus: WorkStatus.RETIRED, retiredOn: null }, '2000-01-01')).toBe(false);
  });
});
