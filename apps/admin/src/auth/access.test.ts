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
    recordMeetings: role === 'ADMINISTRATOR' || role === 'BRANCH_SECRETARY',
    readPersonalData: role !== 'ANALYST',
    readAudit: role === 'ADMINISTRATOR' || role === 'INSPECTOR',
    supervise: role === 'ADMINISTRATOR' || role === 'COMMITTEE_MEMBER',
  },
});

const STRUCTURE = ['wards', 'organizations', 'partyGroups', 'members', 'positions'];
const MEETINGS = ['meetings', 'resolutions', 'resolutionTasks', 'thematicPlanItems', 'memberTasks', 'meetingRuleSets', 'meetingLengthDecisions'];
const SUPERVISION = ['supervisorAssignments', 'pilots'];
const MENU = [...STRUCTURE, ...MEETINGS, ...SUPERVISION, 'auditEntries'];
const menuOf = (role: Role) => MENU.filter((resource) => allowed(viewer(role), resource, 'list'));

describe('what each role may open', () => {
  it('gives each role its lists', () => {
    expect(menuOf('ADMINISTRATOR')).toEqual(MENU);
    expect(menuOf('COMMITTEE_MEMBER')).toEqual(['organizations', 'partyGroups', 'members', 'positions', ...MEETINGS, ...SUPERVISION]);
    expect(menuOf('INSPECTOR')).toEqual(['organizations', 'partyGroups', 'members', 'positions', ...MEETINGS, ...SUPERVISION, 'auditEntries']);
    expect(menuOf('BRANCH_SECRETARY')).toEqual(['members', ...MEETINGS, ...SUPERVISION]);
    // The analyst reads meetings, resolutions, plans and rules, not who was given which task.
    expect(menuOf('ANALYST')).toEqual([
      ...STRUCTURE,
      'meetings',
      'resolutions',
      'thematicPlanItems',
      'meetingRuleSets',
      'meetingLengthDecisions',
      ...SUPERVISION,
    ]);
  });

  it('lets only structure editors create, edit and delete the structure, and nobody write the audit log', () => {
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

  it('lets the office and branch secretaries record meetings, and the others only read them', () => {
    const records = ['meetings', 'resolutions', 'resolutionTasks', 'resolutionReviews', 'thematicPlanItems', 'memberTasks'];
    for (const role of ['ADMINISTRATOR', 'BRANCH_SECRETARY'] as Role[]) {
      for (const resource of records) {
        for (const action of ['create', 'edit', 'delete']) {
          expect(allowed(viewer(role), resource, action), `${role} ${action} ${resource}`).toBe(true);
        }
      }
      expect(allowed(viewer(role), 'meetings', 'attendance'), `${role} attendance`).toBe(true);
    }
    for (const role of ['COMMITTEE_MEMBER', 'INSPECTOR', 'ANALYST'] as Role[]) {
      for (const resource of records) {
        for (const action of ['create', 'edit', 'delete']) {
          expect(allowed(viewer(role), resource, action), `${role} ${action} ${resource}`).toBe(false);
        }
      }
      expect(allowed(viewer(role), 'meetings', 'show'), `${role} show`).toBe(true);
      expect(allowed(viewer(role), 'meetings', 'calendar'), `${role} calendar`).toBe(true);
      expect(allowed(viewer(role), 'meetings', 'attendance'), `${role} attendance`).toBe(false);
    }
    // A secretary still changes nothing of the structure.
    expect(allowed(viewer('BRANCH_SECRETARY'), 'members', 'edit')).toBe(false);
    expect(allowed(viewer('BRANCH_SECRETARY'), 'positions', 'create')).toBe(false);
  });

  it('opens the task sheet of the year only to those who record meetings', () => {
    for (const role of ['ADMINISTRATOR', 'BRANCH_SECRETARY'] as Role[]) {
      expect(allowed(viewer(role), 'memberTasks', 'assign'), role).toBe(true);
    }
    for (const role of ['COMMITTEE_MEMBER', 'INSPECTOR', 'ANALYST'] as Role[]) {
      expect(allowed(viewer(role), 'memberTasks', 'assign'), role).toBe(false);
    }
    // The committee member and the inspector still read the tasks and who has none.
    expect(allowed(viewer('COMMITTEE_MEMBER'), 'memberTasks', 'list')).toBe(true);
    expect(allowed(viewer('INSPECTOR'), 'membersWithoutTask', 'list')).toBe(true);
    // The sheet of the year's tasks is not the attendance sheet: a committee member is kept out of both.
    expect(allowed(viewer('COMMITTEE_MEMBER'), 'meetings', 'attendance')).toBe(false);
  });

  it('lets only the office change the rule sets, and nobody delete one', () => {
    expect(allowed(viewer('ADMINISTRATOR'), 'meetingRuleSets', 'edit')).toBe(true);
    expect(allowed(viewer('ADMINISTRATOR'), 'meetingRuleSets', 'create')).toBe(true);
    expect(allowed(viewer('ADMINISTRATOR'), 'meetingRuleSets', 'delete')).toBe(false);
    for (const role of ['COMMITTEE_MEMBER', 'INSPECTOR', 'BRANCH_SECRETARY', 'ANALYST'] as Role[]) {
      expect(allowed(viewer(role), 'meetingRuleSets', 'edit'), role).toBe(false);
      expect(allowed(viewer(role), 'meetingRuleSets', 'list'), role).toBe(true);
      expect(allowed(viewer(role), 'meetingRuleSets', 'show'), role).toBe(true);
    }
  });

  it('lets only the office record, correct and delete a committee’s length decision, and everyone read them', () => {
    for (const action of ['create', 'edit', 'delete']) {
      expect(allowed(viewer('ADMINISTRATOR'), 'meetingLengthDecisions', action), action).toBe(true);
    }
    for (const role of ['COMMITTEE_MEMBER', 'INSPECTOR', 'BRANCH_SECRETARY', 'ANALYST'] as Role[]) {
      for (const action of ['create', 'edit', 'delete']) {
        expect(allowed(viewer(role), 'meetingLengthDecisions', action), `${role} ${action}`).toBe(false);
      }
      expect(allowed(viewer(role), 'meetingLengthDecisions', 'list'), role).toBe(true);
      expect(allowed(viewer(role), 'meetingLengthDecisions', 'show'), role).toBe(true);
    }
  });

  it('keeps what names people away from the analyst', () => {
    const analyst = viewer('ANALYST');
    expect(allowed(analyst, 'meetings', 'show')).toBe(true);
    expect(allowed(analyst, 'resolutions', 'show')).toBe(true);
    expect(allowed(analyst, 'meetings', 'print')).toBe(false);
    for (const resource of ['resolutionTasks', 'memberTasks', 'membersWithoutTask', 'resolutionReviews']) {
      expect(allowed(analyst, resource, 'list'), `list ${resource}`).toBe(false);
      expect(allowed(analyst, resource, 'show'), `show ${resource}`).toBe(false);
    }
    expect(allowed(viewer('INSPECTOR'), 'meetings', 'print')).toBe(true);
    expect(allowed(viewer('COMMITTEE_MEMBER'), 'membersWithoutTask', 'list')).toBe(true);
  });

  it('lets those who supervise assign visits and choose pilots, and every role read them', () => {
    for (const role of ['ADMINISTRATOR', 'COMMITTEE_MEMBER'] as Role[]) {
      for (const resource of SUPERVISION) {
        for (const action of ['create', 'edit', 'delete']) {
          expect(allowed(viewer(role), resource, action), `${role} ${action} ${resource}`).toBe(true);
        }
      }
    }
    for (const role of ['INSPECTOR', 'BRANCH_SECRETARY', 'ANALYST'] as Role[]) {
      for (const resource of SUPERVISION) {
        for (const action of ['create', 'edit', 'delete']) {
          expect(allowed(viewer(role), resource, action), `${role} ${action} ${resource}`).toBe(false);
        }
        expect(allowed(viewer(role), resource, 'list'), `${role} list ${resource}`).toBe(true);
      }
      // The compliance view and the proposal are read with the assignments, the ratios with the pilots.
      expect(allowed(viewer(role), 'supervisionCompliance', 'show'), role).toBe(true);
      expect(allowed(viewer(role), 'pilotRatios', 'show'), role).toBe(true);
    }
  });

  it('opens the quarter board, the compliance view and the schedule to the roles that look at a committee', () => {
    for (const role of ['ADMINISTRATOR', 'COMMITTEE_MEMBER', 'INSPECTOR', 'ANALYST'] as Role[]) {
      for (const page of ['board', 'compliance', 'schedule']) {
        expect(allowed(viewer(role), 'supervisorAssignments', page), `${role} ${page}`).toBe(true);
      }
    }
    // A secretary's reach is their branch: who comes to it is on their home page and in the list of members in charge.
    for (const page of ['board', 'compliance', 'schedule']) {
      expect(allowed(viewer('BRANCH_SECRETARY'), 'supervisorAssignments', page), page).toBe(false);
    }
    expect(allowed(viewer('BRANCH_SECRETARY'), 'supervisorAssignments', 'show')).toBe(true);
  });

  it('lets a secretary open the meeting records of their branch', () => {
    const secretary = viewer('BRANCH_SECRETARY');
    for (const resource of [...MEETINGS, 'resolutionReviews', 'membersWithoutTask']) {
      expect(allowed(secretary, resource, 'show'), resource).toBe(true);
    }
    expect(allowed(secretary, 'membersWithoutTask', 'list')).toBe(true);
    expect(allowed(secretary, 'meetings', 'print')).toBe(true);
    // Names an object has by inheritance are no resources.
    expect(allowed(secretary, 'constructor', 'show')).toBe(false);
    expect(allowed(secretary, 'constructor', 'list')).toBe(false);
  });
});
