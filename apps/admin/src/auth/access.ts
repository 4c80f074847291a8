import type { Role, Viewer } from './viewer';

/**
 * What each role may open in the panel, asked by react-admin through authProvider.canAccess: menu items,
 * list and show pages, and the create, edit and delete buttons all ask before they render. The API enforces
 * the same rules; these only keep the panel from offering what the API would refuse.
 */

/** The meeting records every role reads, in menu order. */
const MEETING_LISTS = [
  'meetings',
  'resolutions',
  'resolutionTasks',
  'thematicPlanItems',
  'memberTasks',
  'meetingRuleSets',
  'meetingLengthDecisions',
];

/**
 * The analyst reads the meetings of the ward (figures, findings, plans and the rules) but not what names
 * people: who was given which task, who was praised or corrected, who stayed away and why.
 */
const ANALYST_MEETING_LISTS = ['meetings', 'resolutions', 'thematicPlanItems', 'meetingRuleSets', 'meetingLengthDecisions'];

/** Supervision from above (committee members assigned to branches) and pilot branches: every role reads them. */
const SUPERVISION_LISTS = ['supervisorAssignments', 'pilots'];

/** The lists each role works with, which are also its menu entries (the secretary has "my branch" instead). */
const LISTS: Record<Role, readonly string[]> = {
  ADMINISTRATOR: ['wards', 'organizations', 'partyGroups', 'members', 'positions', ...MEETING_LISTS, ...SUPERVISION_LISTS, 'auditEntries'],
  COMMITTEE_MEMBER: ['organizations', 'partyGroups', 'members', 'positions', ...MEETING_LISTS, ...SUPERVISION_LISTS],
  INSPECTOR: ['organizations', 'partyGroups', 'members', 'positions', ...MEETING_LISTS, ...SUPERVISION_LISTS, 'auditEntries'],
  BRANCH_SECRETARY: ['members', ...MEETING_LISTS, ...SUPERVISION_LISTS],
  ANALYST: ['wards', 'organizations', 'partyGroups', 'members', 'positions', ...ANALYST_MEETING_LISTS, ...SUPERVISION_LISTS],
};

/** Lists reached from a page rather than the menu, open to whoever lists the page they belong to. */
const SUB_LISTS: Record<string, string> = {
  membersWithoutTask: 'memberTasks',
  resolutionReviews: 'resolutions',
  supervisionCompliance: 'supervisorAssignments',
  rotationProposal: 'supervisorAssignments',
  pilotRatios: 'pilots',
};

const WRITES = new Set(['create', 'edit', 'delete', 'clone']);
/** Resources the structure editors change; the audit log is written by the API alone. */
const EDITABLE = new Set([
  'wards',
  'organizations',
  'partyGroups',
  'members',
  'memberships',
  'memberTransfers',
  'positions',
  'exemptions',
  'specialDuties',
]);
/** Meeting records, written by those who record meetings (the party office and branch secretaries). */
const MEETING_RECORDS = new Set(['meetings', 'resolutions', 'resolutionTasks', 'resolutionReviews', 'thematicPlanItems', 'memberTasks']);
const ORGANIZATIONS = new Set(['organizations', 'partyGroups']);
/** Supervisor assignments and pilots, written by those who supervise (the party office and committee members). */
const SUPERVISION_RECORDS = new Set(['supervisorAssignments', 'pilots']);
/** A committee's pages of supervision: a secretary's reach is one branch, which has no standing committee to plan. */
const forCommittees = (viewer: Viewer) => viewer.role !== 'BRANCH_SECRETARY';
/** Records that name people's tasks, evaluations and absences: not for roles without personal data. */
const PERSONAL_RECORDS = new Set(['resolutionTasks', 'resolutionReviews', 'memberTasks', 'membersWithoutTask']);

/**
 * Pages of a resource beyond its list, show and edit. A meeting's attendance sheet is written by those who
 * record meetings; its printable record names absentees and their reasons, so it is for roles that read
 * personal data. The year's task sheet (assign) writes tasks, so it is for those who record meetings too.
 */
const PAGES: Record<string, Record<string, (viewer: Viewer) => boolean>> = {
  meetings: {
    attendance: (viewer) => viewer.can.recordMeetings,
    print: (viewer) => viewer.can.readPersonalData,
    calendar: () => true,
  },
  memberTasks: {
    assign: (viewer) => viewer.can.recordMeetings,
  },
  // The quarter board, the compliance view and the printed schedule read a committee's supervision.
  supervisorAssignments: {
    board: forCommittees,
    compliance: forCommittees,
    schedule: forCommittees,
  },
};

/** The rule of a page of the resource, when the action names one. */
function pageRule(resource: string, action: string): ((viewer: Viewer) => boolean) | undefined {
  if (!Object.hasOwn(PAGES, resource)) return undefined;
  const pages = PAGES[resource];
  return Object.hasOwn(pages, action) ? pages[action] : undefined;
}

interface RecordLike {
  id?: unknown;
  kind?: unknown;
  parentId?: unknown;
}

/**
 * Whether an organization a branch secretary is about to open lies inside their branch. Links carry what
 * their query selected: a committee, or another branch, is known by its kind; a party group by its parent.
 * A link that says too little to tell is let through, and the API answers for it.
 */
function insideBranch(viewer: Viewer, record: RecordLike | undefined): boolean {
  if (!record || record.id === undefined) return true;
  if (String(record.id) === viewer.organizationId) return true;
  if (record.kind === 'PARTY_GROUP') return record.parentId == null || String(record.parentId) === viewer.organizationId;
  return record.kind === undefined;
}

function lists(viewer: Viewer, resource: string): boolean {
  const owner = Object.hasOwn(SUB_LISTS, resource) ? SUB_LISTS[resource] : resource;
  if (!viewer.can.readPersonalData && PERSONAL_RECORDS.has(resource)) return false;
  return LISTS[viewer.role].includes(owner);
}

function writes(viewer: Viewer, resource: string, action: string): boolean {
  if (MEETING_RECORDS.has(resource)) return viewer.can.recordMeetings;
  if (SUPERVISION_RECORDS.has(resource)) return viewer.can.supervise;
  // The rules meetings are judged by are documents of the party: only the office records them, and keeps
  // them (a rule set no longer in force gets an end day, it is not deleted).
  if (resource === 'meetingRuleSets') return viewer.can.editStructure && action !== 'delete';
  // A committee's length decision is recorded by the office too; one entered by mistake may be deleted.
  if (resource === 'meetingLengthDecisions') return viewer.can.editStructure;
  return viewer.can.editStructure && EDITABLE.has(resource);
}

/** Whether the viewer may take the action on the resource (and the record, when one is given). */
export function allowed(viewer: Viewer, resource: string, action: string, record?: RecordLike): boolean {
  if (WRITES.has(action)) return writes(viewer, resource, action);
  if (resource === 'auditEntries') return viewer.can.readAudit && LISTS[viewer.role].includes(resource);
  const page = pageRule(resource, action);
  if (page) return lists(viewer, resource) && page(viewer);
  if (action === 'list' || action === 'export') return lists(viewer, resource);
  if (!viewer.can.readPersonalData && PERSONAL_RECORDS.has(resource)) return false;
  // Show pages: every role reads its ward's records, except the secretary, who reads their branch.
  if (viewer.role !== 'BRANCH_SECRETARY') return true;
  if (ORGANIZATIONS.has(resource)) return insideBranch(viewer, record);
  return resource === 'members' || MEETING_LISTS.includes(resource) || SUPERVISION_RECORDS.has(resource) || Object.hasOwn(SUB_LISTS, resource);
}
