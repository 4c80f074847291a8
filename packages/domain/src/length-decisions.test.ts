import { describe, expect, it } from 'vitest';
import { checkLengthDecision, type LengthDecision, lengthDecisionFor, pathIds } from './length-decisions';
import { BranchKind } from './structure';

const ward = 1;
const grassroots = 5;
const branch = 23;
const decision = (d: Partial<LengthDecision> & { id: number }): LengthDecision => ({
  minutes: 60, decisionReference: `${d.id}-QĐ/ĐU ngày 05/01/2026`, validFrom: '2026-01-05', validTo: null, ...d,
});
const target = { organizationPathIds: pathIds(`/${ward}/${grassroots}/${branch}/`), branchKind: BranchKind.RESIDENTIAL, day: '2026-03-05' };
const pick = (decisions: LengthDecision[], t = target) => lengthDecisionFor(decisions, t)?.id ?? null;

describe('lengthDecisionFor', () => {
  it('reads an organization path root first', () => {
    expect(pathIds('/1/5/23/')).toEqual([1, 5, 23]);
  });

  it('prefers the organization nearest the branch, then any organization above it, then the branch kind', () => {
    const byKind = decision({ id: 1, branchKind: BranchKind.RESIDENTIAL });
    const byWard = decision({ id: 2, organizationId: ward });
    const byGrassroots = decision({ id: 3, organizationId: grassroots });
    const byBranch = decision({ id: 4, organizationId: branch });
    expect(pick([byKind, byWard, byGrassroots, byBranch])).toBe(4);
    expect(pick([byKind, byWard, byGrassroots])).toBe(3);
    expect(pick([byKind, byWard])).toBe(2);
    expect(pick([byKind])).toBe(1);
  });

  it('ignores decisions for another organization, another branch kind, or not in force on the day', () => {
    const elsewhere = decision({ id: 1, organizationId: 99 });
    const otherKind = decision({ id: 2, branchKind: BranchKind.SCHOOL });
    const later = decision({ id: 3, organizationId: branch, validFrom: '2026-03-06' });
    const ended = decision({ id: 4, organizationId: branch, validFrom: '2026-01-01', validTo: '2026-03-05' });
    expect(pick([elsewhere, otherKind, later, ended])).toBeNull();
  });

  it('prefers an organization’s decision for the branch’s kind to the same organization’s general one', () => {
    const general = decision({ id: 1, organizationId: ward });
    const forResidential = decision({ id: 2, organizationId: ward, branchKind: BranchKind.RESIDENTIAL });
    const forSchools = decision({ id: 3, organizationId: grassroots, branchKind: BranchKind.SCHOOL });
    expect(pick([general, forResidential, forSchools])).toBe(2);
    expect(pick([general, forSchools])).toBe(1);
    // A nearer organization's general decision still wins over a farther one's decision for the kind.
    expect(pick([forResidential, decision({ id: 4, organizationId: grassroots })])).toBe(4);
  });

  it('takes the newest of two decisions for the same scope', () => {
    const older = decision({ id: 1, organizationId: grassroots, validFrom: '2026-01-05' });
    const newer = decision({ id: 2, organizationId: grassroots, validFrom: '2026-02-01' });
    expect(pick([older, newer])).toBe(2);
    expect(pick([newer, older])).toBe(2);
  });
});

describe('checkLengthDecision', () => {
  const fields = (d: LengthDecision) => checkLengthDecision(d).map((v) => v.field);

  it('accepts a decision with a scope, 15 to 600 minutes, a reference and a valid period', () => {
    expect(checkLengthDecision(decision({ id: 1, organizationId: grassroots, minutes: 15 }))).toEqual([]);
    expect(checkLengthDecision(decision({ id: 1, branchKind: BranchKind.RESIDENTIAL, minutes: 600, validTo: '2027-01-01' }))).toEqual([]);
  });

  it('refuses minutes out of range, a missing or long reference, a period ending before it starts', () => {
    expect(fields(decision({ id: 1, organizationId: 5, minutes: 14 }))).toEqual(['minutes']);
    expect(fields(decision({ id: 1, organizationId: 5, minutes: 601 }))).toEqual(['minutes']);
    expect(fields(decision({ id: 1, organizationId: 5, minutes: 60.5 }))).toEqual(['minutes']);
    expect(fields(decision({ id: 1, organizationId: 5, decisionReference: '  ' }))).toEqual(['decisionReference']);
    expect(fields(decision({ id: 1, organizationId: 5, decisionReference: 'x'.repeat(121) }))).toEqual(['decisionReference']);
    expect(fields(decision({ id: 1, organizationId: 5, decisionReference: 'x'.repeat(120) }))).toEqual([]);
    expect(fields(decision({ id: 1, organizationId: 5, validTo: '2026-01-05' }))).toEqual(['validTo']);
    expect(fields(decision({ id: 1, organizationId: 5, validFrom: '2026-02-30' }))).toEqual(['validFrom']);
  });

  it('needs a scope: an organization, a branch kind, or an organization’s branches of one kind', () => {
    expect(fields(decision({ id: 1 }))).toEqual(['organizationId']);
    expect(fields(decision({ id: 1, organizationId: 5, branchKind: BranchKind.SCHOOL }))).toEqual([]);
    expect(fields(decision({ id: 1, organizationId: 5, branchKind: 'HOSPITAL' as BranchKind }))).toEqual(['branchKind']);
  });
});
