import { describe, expect, it } from 'vitest';
import { allowed } from './access';
import type { Role, Viewer } from './viewer';

const viewer = (role: Role): Viewer => ({
  id: '1',
  username: role.toLowerCase(),
  displayName: role,
  role,
  organizationId: role === 'BRANCH_SECRETARY' ? '25' : '10',
  organization: { id: '10', name: 'x', kind: 'WARD_COMMITTEE' },
  can: {
    editStructure: role === 'ADMINISTRATOR',
    readPersonalData: role !== 'ANALYST',
    readAudit: role === 'ADMINISTRATOR' || role === 'INSPECTOR',
  },
});

const MENU = ['wards', 'organizations', 'partyGroups', 'members', 'positions', 'auditEntries'];
const menuOf = (role: Role) => MENU.filter((resource) => allowed(viewer(role), resource, 'list'));

describe('what each role may open', () => {
  it('gives each role its lists', () => {
    expect(menuOf('ADMINISTRATOR')).toEqual(MENU);
    expect(menuOf('COMMITTEE_MEMBER')).toEqual(['organizations', 'partyGroups', 'members', 'positions']);
    expect(menuOf('INSPECTOR')).toEqual(['organizations', 'partyGroups', 'members', 'positions', 'auditEntries']);
    expect(menuOf('BRANCH_SECRETARY')).toEqual(['members']);
    expect(menuOf('ANALYST')).toEqual(['wards', 'organizations', 'partyGroups', 'members', 'positions']);
  });

  it('lets only structure editors create, edit and delete, and nobody write the audit log', () => {
    for (const role of ['COMMITTEE_MEMBER', 'INSPECTOR', 'BRANCH_SECRETARY', 'ANALYST'] as Role[]) {
      for (const action of ['create', 'edit', 'delete']) {
        expect(allowed(viewer(role), 'members', action), `${role} ${action}`).toBe(false);
      }
    }
    expect(allowed(viewer('ADMINISTRATOR'), 'memberTransfers', 'create')).toBe(true);
    expect(allowed(viewer('ADMINISTRATOR'), 'positions', 'edit')).toBe(true);
    expect(allowed(viewer('ADMINISTRATOR'), 'auditEntries', 'delete')).toBe(false);
  });

  it('lets the audit log be read only by those who may', () => {
    expect(allowed(viewer('INSPECTOR'), 'auditEntries', 'show')).toBe(true);
    expect(allowed(viewer('COMMITTEE_MEMBER'), 'auditEntries', 'show')).toBe(false);
    expect(allowed(viewer('ANALYST'), 'auditEntries', 'show')).toBe(false);
  });

  it('keeps a branch secretary inside their branch', () => {
    const secretary = viewer('BRANCH_SECRETARY');
    expect(allowed(secretary, 'organizations', 'show', { id: '25', kind: 'BRANCH' })).toBe(true);
    expect(allowed(secretary, 'organizations', 'show', { id: '31', kind: 'PARTY_GROUP', parentId: '25' })).toBe(true);
    expect(allowed(secretary, 'organizations', 'show', { id: '32', kind: 'PARTY_GROUP', parentId: '26' })).toBe(false);
    expect(allowed(secretary, 'organizations', 'show', { id: '26', kind: 'BRANCH' })).toBe(false);
    expect(allowed(secretary, 'organizations', 'show', { id: '10', kind: 'WARD_COMMITTEE' })).toBe(false);
    expect(allowed(secretary, 'members', 'show')).toBe(true);
    expect(allowed(secretary, 'wards', 'show')).toBe(false);
  });
});
