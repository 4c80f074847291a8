import { describe, expect, it } from 'vitest';
import { AssignmentKind, assignmentPeriod, checkSupervisorAssignment, heldDuring, pilotRatio } from './supervision';

const fields = (v: Array<{ field: string; code: string }>) => v.map((x) => `${x.code} ${x.field}`);
const ok = { memberQualifies: true, branchExists: true };

describe('checkSupervisorAssignment', () => {
  it('accepts a standing member’s rotation for a quarter and a committee member in charge for a term', () => {
    expect(checkSupervisorAssignment({ kind: AssignmentKind.ROTATION, quarter: '2026-Q3', ...ok })).toEqual([]);
    expect(checkSupervisorAssignment({ kind: AssignmentKind.IN_CHARGE, from: '2025-07-01', to: null, ...ok })).toEqual([]);
  });

  it('refuses a rotation without a quarter, a term ending before it starts, a member or branch that does not qualify', () => {
    expect(fields(checkSupervisorAssignment({ kind: AssignmentKind.ROTATION, quarter: '2026-3', ...ok }))).toEqual(['BAD_USER_INPUT quarter']);
    expect(fields(checkSupervisorAssignment({ kind: AssignmentKind.IN_CHARGE, from: '2026-07-01', to: '2026-07-01', ...ok }))).toEqual(['BAD_USER_INPUT to']);
    expect(fields(checkSupervisorAssignment({ kind: AssignmentKind.ROTATION, quarter: '2026-Q3', memberQualifies: false, branchExists: false })))
      .toEqual(['BAD_USER_INPUT memberId', 'BAD_USER_INPUT branchId']);
    expect(fields(checkSupervisorAssignment({ kind: AssignmentKind.ROTATION, quarter: '2026-Q3', ...ok, plannedMeetingFits: false }))).toEqual(['BAD_USER_INPUT plannedMeetingId']);
  });

  it('refuses the same member twice at one branch for overlapping periods, as a conflict', () => {
    expect(fields(checkSupervisorAssignment({ kind: AssignmentKind.ROTATION, quarter: '2026-Q3', ...ok, overlaps: true }))).toEqual(['CONFLICT quarter']);
    expect(fields(checkSupervisorAssignment({ kind: AssignmentKind.IN_CHARGE, from: '2026-01-01', ...ok, overlaps: true }))).toEqual(['CONFLICT from']);
  });

  it('reads the period of each kind', () => {
    expect(assignmentPeriod({ kind: AssignmentKind.ROTATION, quarter: '2026-Q4' })).toEqual({ from: '2026-10-01', to: '2027-01-01' });
    expect(assignmentPeriod({ kind: AssignmentKind.IN_CHARGE, from: '2025-07-01', to: null })).toEqual({ from: '2025-07-01', to: null });
  });
});

describe('pilotRatio', () => {
  it('warns below and above the range, and says nothing inside it or without branches', () => {
    expect(pilotRatio(1, 40, { min: 0.05, max: 0.1 })).toMatchObject({ rate: 0.025, warning: 'BELOW' });
    expect(pilotRatio(2, 40, { min: 0.05, max: 0.1 })).toMatchObject({ rate: 0.05, warning: null });
    expect(pilotRatio(4, 40, { min: 0.05, max: 0.1 })).toMatchObject({ warning: null });
    expect(pilotRatio(5, 40, { min: 0.05, max: 0.1 })).toMatchObject({ warning: 'ABOVE' });
    expect(pilotRatio(0, 0, { min: 0.03, max: 0.05 })).toMatchObject({ rate: null, warning: null });
  });
});

describe('heldDuring', () => {
  it('tells a position held on any day of a period', () => {
    const q3 = { from: '2026-07-01', to: '2026-10-01' };
    expect(heldDuring({ from: '2025-07-01', to: null }, q3)).toBe(true);
    expect(heldDuring({ from: '2026-09-30', to: null }, q3)).toBe(true);
    expect(heldDuring({ from: '2026-10-01', to: null }, q3)).toBe(false);
    expect(heldDuring({ from: '2025-01-01', to: '2026-07-01' }, q3)).toBe(false);
  });
});
