import { describe, expect, it } from 'vitest';
import { covers, overlaps, todayInVietnam } from './dates';
import { checkMember, checkMembership, checkSpecialDutyBranch, MemberStatus } from './members';
import { NoRuleSetInForce, ruleSetInForce, STRUCTURE_RULE_SETS } from './rule-sets';
import { checkPeriod, checkPlacement, checkPosition, OrganizationKind, PositionRole, BranchKind } from './structure';

const rules = ruleSetInForce(STRUCTURE_RULE_SETS, '2025-01-01').rules;

describe('periods are half-open', () => {
  it('covers the first day and not the end day', () => {
    expect(covers({ from: '2025-01-01', to: '2025-02-01' }, '2025-01-01')).toBe(true);
    expect(covers({ from: '2025-01-01', to: '2025-02-01' }, '2025-02-01')).toBe(false);
    expect(covers({ from: '2025-01-01' }, '2099-01-01')).toBe(true);
  });
  it('lets one period end on the day the next begins (a transfer)', () => {
    expect(overlaps({ from: '2024-01-01', to: '2025-03-15' }, { from: '2025-03-15' })).toBe(false);
    expect(overlaps({ from: '2024-01-01', to: '2025-03-16' }, { from: '2025-03-15' })).toBe(true);
    expect(overlaps({ from: '2024-01-01' }, { from: '2020-01-01', to: '2024-01-02' })).toBe(true);
  });
  it('refuses an end before the start and impossible dates, naming the field', () => {
    expect(checkPeriod({ from: '2025-05-01', to: '2025-04-01' }, 'foundedOn', 'dissolvedOn')).toEqual([
      expect.objectContaining({ field: 'dissolvedOn', code: 'BAD_USER_INPUT' }),
    ]);
    expect(checkPeriod({ from: '2025-02-30' }, 'foundedOn', 'dissolvedOn')[0].field).toBe('foundedOn');
  });
  it('counts today in Vietnam time', () => {
    expect(todayInVietnam(new Date('2025-06-30T18:00:00Z'))).toBe('2025-07-01');
  });
});

describe('rule sets', () => {
  it('picks the document in force on a date', () => {
    expect(ruleSetInForce(STRUCTURE_RULE_SETS, '2020-01-01').documentNumber).toBe('29-QĐ/TW');
    expect(ruleSetInForce(STRUCTURE_RULE_SETS, '2022-01-01').documentNumber).toBe('24-QĐ/TW');
  });
  it('refuses to judge a date no rule set covers', () => {
    // A typed error, so the API can answer it as the client's input naming the argument.
    expect(() => ruleSetInForce(STRUCTURE_RULE_SETS, '2000-01-01')).toThrow(NoRuleSetInForce);
  });
});

describe('placement in the tree', () => {
  const ward = { kind: OrganizationKind.WARD_COMMITTEE, foundedOn: '2025-06-18' };
  it('puts branches under a committee and groups under a branch', () => {
    expect(checkPlacement({ kind: OrganizationKind.BRANCH, branchKind: BranchKind.SCHOOL, foundedOn: '2025-07-01' }, ward)).toEqual([]);
    const groupUnderWard = checkPlacement({ kind: OrganizationKind.PARTY_GROUP, foundedOn: '2025-07-01' }, ward);
    expect(groupUnderWard.map((v) => v.field)).toEqual(['parentId']);
  });
  it('requires a branch kind for branches only', () => {
    expect(checkPlacement({ kind: OrganizationKind.BRANCH, foundedOn: '2025-07-01' }, ward)[0].field).toBe('branchKind');
  });
  it('refuses a child founded before its parent', () => {
    expect(checkPlacement({ kind: OrganizationKind.BRANCH, branchKind: BranchKind.AGENCY, foundedOn: '2025-01-01' }, ward)[0].field).toBe('foundedOn');
  });
});

describe('positions', () => {
  const base = { organizationKind: OrganizationKind.BRANCH, overlappingTerms: [], memberId: 1, holderBelongs: true };
  it('refuses a branch committee member in a branch of fewer than 9 official members', () => {
    const v = checkPosition({ ...base, role: PositionRole.BRANCH_COMMITTEE_MEMBER, officialMembers: 5 }, rules);
    expect(v).toEqual([expect.objectContaining({ field: 'role', code: 'BAD_USER_INPUT' })]);
    expect(checkPosition({ ...base, role: PositionRole.BRANCH_COMMITTEE_MEMBER, officialMembers: 9 }, rules)).toEqual([]);
  });
  it('allows a secretary and a deputy in a small branch', () => {
    expect(checkPosition({ ...base, role: PositionRole.BRANCH_SECRETARY, officialMembers: 3 }, rules)).toEqual([]);
    expect(checkPosition({ ...base, role: PositionRole.BRANCH_DEPUTY_SECRETARY, officialMembers: 3 }, rules)).toEqual([]);
  });
  it('caps a branch committee at 7 seats', () => {
    const terms = [1, 2, 3, 4, 5, 6, 7].map((memberId) => ({ memberId, role: PositionRole.BRANCH_COMMITTEE_MEMBER }));
    const v = checkPosition({ ...base, memberId: 8, role: PositionRole.BRANCH_COMMITTEE_MEMBER, officialMembers: 40, overlappingTerms: terms }, rules);
    expect(v.map((x) => x.field)).toEqual(['role']);
  });
  it('allows one secretary at a time', () => {
    const v = checkPosition({ ...base, memberId: 2, role: PositionRole.BRANCH_SECRETARY, officialMembers: 20, overlappingTerms: [{ memberId: 1, role: PositionRole.BRANCH_SECRETARY }] }, rules);
    expect(v[0]).toMatchObject({ field: 'role', code: 'CONFLICT' });
  });
  it('refuses a ward post in a branch', () => {
    expect(checkPosition({ ...base, role: PositionRole.WARD_COMMITTEE_MEMBER, officialMembers: 20 }, rules)[0].field).toBe('role');
  });
});

describe('members and memberships', () => {
  const member = { fullName: 'Nguyễn Văn An', status: MemberStatus.OFFICIAL, birthDate: '1980-05-01', admittedOn: '2005-03-02', officialOn: '2006-03-02' };
  it('accepts a consistent member and refuses an empty name', () => {
    expect(checkMember(member, rules)).toEqual([]);
    expect(checkMember({ ...member, fullName: '  ' }, rules)[0].field).toBe('fullName');
  });
  it('refuses a probationary member with an official date, and admission before 18', () => {
    expect(checkMember({ ...member, status: MemberStatus.PROBATIONARY }, rules)[0].field).toBe('officialOn');
    expect(checkMember({ ...member, admittedOn: '1997-01-01', officialOn: '1998-01-01' }, rules)[0].field).toBe('admittedOn');
  });
  const branch = { id: 10, kind: OrganizationKind.BRANCH, foundedOn: '2025-07-01' };
  it('refuses an overlapping membership', () => {
    const v = checkMembership({ memberId: 1, from: '2025-08-01' }, branch, null, [{ id: 5, memberId: 1, from: '2025-07-01' }], member);
    expect(v).toEqual([expect.objectContaining({ field: 'from', code: 'CONFLICT' })]);
  });
  it('accepts a transfer that starts the day the old membership ends', () => {
    expect(checkMembership({ memberId: 1, from: '2025-08-01' }, branch, null, [{ id: 5, memberId: 1, from: '2025-07-01', to: '2025-08-01' }], member)).toEqual([]);
  });
  it('refuses a group of another branch', () => {
    const group = { kind: OrganizationKind.PARTY_GROUP, foundedOn: '2025-07-01', parentId: 11 };
    expect(checkMembership({ memberId: 1, from: '2025-08-01' }, branch, group, [], member)[0].field).toBe('partyGroupId');
  });
});

describe('special duty', () => {
  it('is for members of an armed-forces branch on its first day only, naming the field', () => {
    expect(checkSpecialDutyBranch(BranchKind.ARMED_FORCES, 'from')).toEqual([]);
    for (const kind of [BranchKind.RESIDENTIAL, BranchKind.SCHOOL, BranchKind.AGENCY, BranchKind.NON_STATE_ENTERPRISE, null]) {
      expect(checkSpecialDutyBranch(kind, 'memberId')).toMatchObject([{ field: 'memberId', code: 'BAD_USER_INPUT' }]);
    }
  });
});
