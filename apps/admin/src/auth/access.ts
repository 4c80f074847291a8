import type { Role, Viewer } from './viewer';

/**
 * What each role may open in the panel, asked by react-admin through authProvider.canAccess: menu items,
 * list and show pages, and the create, edit and delete buttons all ask before they render. The API enforces
 * the same rules; these only keep the panel from offering what the API would refuse.
 */

/** The lists each role works with, which are also its menu entries (the secretary has "my branch" instead). */
const LISTS: Record<Role, readonly string[]> = {
  ADMINISTRATOR: ['wards', 'organizations', 'partyGroups', 'members', 'positions', 'auditEntries'],
  COMMITTEE_MEMBER: ['organizations', 'partyGroups', 'members', 'positions'],
  INSPECTOR: ['organizations', 'partyGroups', 'members', 'positions', 'auditEntries'],
  BRANCH_SECRETARY: ['members'],
  ANALYST: ['wards', 'organizations', 'partyGroups', 'members', 'positions'],
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
const ORGANIZATIONS = new Set(['organizations', 'partyGroups']);

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

/** Whether the viewer may take the action on the resource (and the record, when one is given). */
export function allowed(viewer: Viewer, resource: string, action: string, record?: RecordLike): boolean {
  if (WRITES.has(action)) return viewer.can.editStructure && EDITABLE.has(resource);
  if (resource === 'auditEntries') return viewer.can.readAudit && LISTS[viewer.role].includes(resource);
  if (action === 'list' || action === 'export') return LISTS[viewer.role].includes(resource);
  // Show pages: every role reads its ward's records, except the secretary, who reads their branch.
  if (viewer.role !== 'BRANCH_SECRETARY') return true;
  if (ORGANIZATIONS.has(resource)) return insideBranch(viewer, record);
  return resource === 'members';
}
