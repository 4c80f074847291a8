/**
 * Field selections per resource. `list` is what tables need, `one` adds what show and edit pages need,
 * `base` holds only the record's own columns (what a deleted record can still answer).
 * Lists of organizations read counts and the secretary as of `$asOf`, so the tree filtered by a date shows
 * that day's numbers; the variable is declared by every organization list document.
 */

export interface Selections {
  base: string;
  list: string;
  one: string;
}

const WARD_BASE = 'id version code name foundedOn dissolvedOn';
export const WARD: Selections = {
  base: WARD_BASE,
  list: `${WARD_BASE} mergedFrom { id name } committee { id name }`,
  one: `${WARD_BASE} mergedFrom { id name } mergedInto { id name } committee { id name }`,
};

const ORGANIZATION_BASE = 'id version code name kind branchKind depth parentId wardId foundedOn dissolvedOn address';
export const ORGANIZATION: Selections = {
  base: ORGANIZATION_BASE,
  list: `${ORGANIZATION_BASE} parent { id name kind }
    memberCount(asOf: $asOf) officialMemberCount(asOf: $asOf) secretary(asOf: $asOf) { id fullName }`,
  one: `${ORGANIZATION_BASE} note parent { id name kind } ward { id name } children { id name kind }
    memberCount officialMemberCount secretary { id fullName }
    ancestors { id name kind }
    predecessors { id name kind foundedOn dissolvedOn }
    successors { id name kind foundedOn dissolvedOn }`,
};

const MEMBER_BASE =
  'id version fullName gender birthDate cardNumber phone status admittedOn officialOn workStatus';
export const MEMBER: Selections = {
  base: MEMBER_BASE,
  list: `${MEMBER_BASE} isExempt isOnSpecialDuty branch { id name } partyGroup { id name }`,
  one: `${MEMBER_BASE} identityNumber email address occupation note isExempt isOnSpecialDuty
    branch { id name } partyGroup { id name } currentMembership { id from }
    memberships { id from to note branch { id name } partyGroup { id name } }
    positions(allHistory: true) { id role from to note organization { id name kind } }
    exemptions { id from to reason decisionRef }
    specialDuties { id from to note }`,
};

const MEMBERSHIP_BASE = 'id version memberId branchId partyGroupId from to note';
export const MEMBERSHIP: Selections = {
  base: MEMBERSHIP_BASE,
  list: `${MEMBERSHIP_BASE} member { id fullName status } branch { id name } partyGroup { id name }`,
  one: `${MEMBERSHIP_BASE} member { id fullName status } branch { id name } partyGroup { id name }`,
};

const POSITION_BASE = 'id version role from to note memberId organizationId';
export const POSITION: Selections = {
  base: POSITION_BASE,
  list: `${POSITION_BASE} isActive member { id fullName } organization { id name kind parent { id name } }`,
  one: `${POSITION_BASE} isActive member { id fullName } organization { id name kind }`,
};

const EXEMPTION_BASE = 'id version memberId from to reason decisionRef';
export const EXEMPTION: Selections = { base: EXEMPTION_BASE, list: EXEMPTION_BASE, one: EXEMPTION_BASE };

const SPECIAL_DUTY_BASE = 'id version memberId from to note';
export const SPECIAL_DUTY: Selections = { base: SPECIAL_DUTY_BASE, list: SPECIAL_DUTY_BASE, one: SPECIAL_DUTY_BASE };

const AUDIT_ENTRY_BASE = 'id at userId username ip action entity entityId';
/** Lists read before and after too: the table names the fields a change touched. */
export const AUDIT_ENTRY: Selections = {
  base: AUDIT_ENTRY_BASE,
  list: `${AUDIT_ENTRY_BASE} before after`,
  one: `${AUDIT_ENTRY_BASE} before after hash previousHash`,
};
