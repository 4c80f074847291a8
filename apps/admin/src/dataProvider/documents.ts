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
/** A branch's shortfall of official members under the structure rule set in force (null when it has enough). */
const OFFICIAL_SHORTFALL = 'minimum actual shortfall documentNumber documentDate';
export const ORGANIZATION: Selections = {
  base: ORGANIZATION_BASE,
  list: `${ORGANIZATION_BASE} parent { id name kind }
    memberCount(asOf: $asOf) officialMemberCount(asOf: $asOf) secretary(asOf: $asOf) { id fullName }
    officialShortfall(asOf: $asOf) { ${OFFICIAL_SHORTFALL} }`,
  one: `${ORGANIZATION_BASE} note parent { id name kind } ward { id name } children { id name kind }
    memberCount officialMemberCount secretary { id fullName } officialShortfall { ${OFFICIAL_SHORTFALL} }
    ancestors { id name kind }
    predecessors { id name kind foundedOn dissolvedOn }
    successors { id name kind foundedOn dissolvedOn }`,
};

const MEMBER_BASE =
  'id version fullName gender birthDate cardNumber phone status admittedOn officialOn workStatus retiredOn';
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

const MEETING_BASE = 'id version organizationId branchId kind plannedOn heldOn month';
/** A meeting's organization with its parent: party groups are named alike ("Tổ đảng số 1") in every branch. */
const MEETING_ORGANIZATION = 'organization { id name kind parentId parent { id name } } branch { id name parent { id name } }';
const MEETING_TIMES = 'startTime endTime lengthMinutes place online onlineReason';
const MEETING_COUNTS =
  'attendanceRecorded expectedCount presentCount excusedCount unexcusedCount attendanceRate findingCount';
/** A finding with its figures: what the rule asks, what was found, in which unit, and the length decision applied. */
const FINDING = 'code documentNumber documentDate detail threshold actual unit decisionReference';
const TASK_OWNER = 'ownerMemberId ownerOrganizationId ownerMember { id fullName } ownerOrganization { id name kind }';
/**
 * Lists read the findings' document numbers for the warning chip; a page reads everything the show page,
 * the edit form, the attendance sheet and the printable record need, the roster (the sheet) included.
 */
export const MEETING: Selections = {
  base: MEETING_BASE,
  list: `${MEETING_BASE} ${MEETING_ORGANIZATION} ${MEETING_TIMES} ${MEETING_COUNTS} thematicTopic
    findings { code documentNumber }`,
  one: `${MEETING_BASE} ${MEETING_ORGANIZATION} branch { ward { id name } } ${MEETING_TIMES} ${MEETING_COUNTS}
    forms chairId minuteTakerId agenda thematicPlanItemId thematicTopic documentsSentOn stepsDone minutes
    votesFor votesAgainst votesAbstain
    chair { id fullName } minuteTaker { id fullName }
    thematicPlanItem { id year quarter topicArea title }
    guests { id name role memberId member { id fullName branch { id name } } }
    findings { ${FINDING} }
    judgedBy { id documentNumber documentDate title minAttendanceShare minAttendanceStrict regularByDay maxConsecutiveExcused procedure }
    roster { memberId partyGroupId exclusion status reason member { id fullName } }
    resolutions { id version kind title content requirements measures
      tasks { id version description deadline status completedOn isOverdue ${TASK_OWNER} } }`,
};

const RESOLUTION_BASE = 'id version meetingId branchId kind title content requirements measures';
const RESOLUTION_MEETING = 'meeting { id kind heldOn plannedOn organization { id name kind } }';
export const RESOLUTION: Selections = {
  base: RESOLUTION_BASE,
  list: `${RESOLUTION_BASE} ${RESOLUTION_MEETING} branch { id name } tasks { id status isOverdue }`,
  one: `${RESOLUTION_BASE} ${RESOLUTION_MEETING} branch { id name }
    tasks { id version description deadline status completedOn isOverdue ${TASK_OWNER} }
    reviews { id version reviewedOn kind note memberId reviewMeetingId member { id fullName } }`,
};

const RESOLUTION_TASK_BASE =
  'id version resolutionId branchId description deadline status completedOn ownerMemberId ownerOrganizationId';
const RESOLUTION_TASK_LIST = `${RESOLUTION_TASK_BASE} isOverdue ownerMember { id fullName } ownerOrganization { id name kind }
  branch { id name } resolution { id kind title meeting { id heldOn } }`;
export const RESOLUTION_TASK: Selections = { base: RESOLUTION_TASK_BASE, list: RESOLUTION_TASK_LIST, one: RESOLUTION_TASK_LIST };

const RESOLUTION_REVIEW_BASE = 'id version resolutionId reviewedOn kind note memberId reviewMeetingId';
export const RESOLUTION_REVIEW: Selections = {
  base: RESOLUTION_REVIEW_BASE,
  list: `${RESOLUTION_REVIEW_BASE} member { id fullName }`,
  one: `${RESOLUTION_REVIEW_BASE} member { id fullName }`,
};

const THEMATIC_PLAN_ITEM_BASE = 'id version branchId year quarter topicArea title reportedOn';
export const THEMATIC_PLAN_ITEM: Selections = {
  base: THEMATIC_PLAN_ITEM_BASE,
  list: `${THEMATIC_PLAN_ITEM_BASE} branch { id name }`,
  one: `${THEMATIC_PLAN_ITEM_BASE} branch { id name }`,
};

const MEMBER_TASK_BASE = 'id version memberId branchId year description assignedOn';
export const MEMBER_TASK: Selections = {
  base: MEMBER_TASK_BASE,
  list: `${MEMBER_TASK_BASE} member { id fullName } branch { id name }`,
  one: `${MEMBER_TASK_BASE} member { id fullName } branch { id name }`,
};

const MEETING_RULE_SET_BASE = `id version documentNumber documentDate title validFrom validTo regularByDay minAttendanceShare
  minAttendanceStrict noUnexcusedAbsence maxConsecutiveExcused minMinutesRegular minMinutesCombined documentsDaysAhead
  procedure everyWorkingMemberTasked thematicPerQuarter rotationQuarters localLengthAllowed`;
export const MEETING_RULE_SET: Selections = { base: MEETING_RULE_SET_BASE, list: MEETING_RULE_SET_BASE, one: MEETING_RULE_SET_BASE };

const ALERT_MEMBER = 'memberId count documentNumber limit member { id fullName branch { id name } }';
/** The home page's alerts under an organization: read as one record per organization and day. */
export const MEETING_ALERTS: Selections = {
  base: 'asOf month',
  list: 'asOf month',
  one: `asOf month regularDueDay regularOverdue overdueTaskCount membersWithoutTaskCount
    branchesWithoutRegularMeeting { id name kind parentId }
    quarter thematicDue branchesWithoutThematicMeeting { id name kind parentId }
    unexcusedMonths { ${ALERT_MEMBER} }
    excusedRuns { ${ALERT_MEMBER} }
    branchesBelowAttendance { branchId branch { id name kind parentId } meeting { id heldOn presentCount expectedCount } }
    figuresFrom figuresTo figuresBehind { code label labelEn numerator denominator rate target met documents }`,
};

/** A quarter's findings of the branches under an organization, read as one record per organization and quarter. */
export const BRANCH_FINDINGS: Selections = {
  base: 'branchId',
  list: 'branchId',
  one: `branchId branch { id name kind parentId } finding { ${FINDING} }`,
};

const LENGTH_DECISION_BASE = 'id version organizationId branchKind minutes decisionReference validFrom validTo';
export const MEETING_LENGTH_DECISION: Selections = {
  base: LENGTH_DECISION_BASE,
  list: `${LENGTH_DECISION_BASE} organization { id name kind }`,
  one: `${LENGTH_DECISION_BASE} organization { id name kind } createdAt updatedAt`,
};

const SUPERVISOR_ASSIGNMENT_BASE = 'id version kind quarter from to note memberId branchId plannedMeetingId';
/** With the member, the branch (and its parent, for a secretary's access check) and the planned meeting. */
const SUPERVISOR_ASSIGNMENT_LIST = `${SUPERVISOR_ASSIGNMENT_BASE} member { id fullName } branch { id name kind parentId }
  plannedMeeting { id kind plannedOn heldOn }`;
export const SUPERVISOR_ASSIGNMENT: Selections = {
  base: SUPERVISOR_ASSIGNMENT_BASE,
  list: SUPERVISOR_ASSIGNMENT_LIST,
  one: SUPERVISOR_ASSIGNMENT_LIST,
};

const FIGURE = 'numerator denominator rate';
/** A quarter's supervision under a committee, read as one record per committee and quarter. */
export const SUPERVISION_COMPLIANCE: Selections = {
  base: 'organizationId quarter asOf',
  list: 'organizationId quarter asOf',
  one: `organizationId quarter asOf rotationQuarters standing { ${FIGURE} } inCharge { ${FIGURE} }
    standingMembers { memberId member { id fullName } visits branchIds attended rotationRespected repeatedBranchIds }
    inChargeAssignments { assignmentId memberId member { id fullName } branchId branch { id name kind parentId } visits attended }
    missedPlannedVisits { ${SUPERVISOR_ASSIGNMENT_LIST} }
    branchesWithoutVisitThisYear { id name kind parentId }`,
};

/** The planner's proposal for a quarter, read as one record per committee and quarter. */
export const ROTATION_PROPOSAL: Selections = {
  base: 'quarter complete',
  list: 'quarter complete',
  one: `quarter complete explanation constraints
    visits { memberId member { id fullName } branchId branch { id name kind parentId } day meetingId reasons reasonCodes }
    unplaced { memberId member { id fullName } reason code }`,
};

const PILOT_BASE = 'id version year kind note branchId guideIds';
const PILOT_LIST = `${PILOT_BASE} branch { id name kind parentId } guides { id fullName }`;
export const PILOT: Selections = { base: PILOT_BASE, list: PILOT_LIST, one: PILOT_LIST };

/** A year's pilot shares under a committee, one line per kind, read as one record per committee and year. */
export const PILOT_RATIOS: Selections = {
  base: 'kind',
  list: 'kind',
  one: 'kind chosen branches rate min max warning documentNumber',
};
