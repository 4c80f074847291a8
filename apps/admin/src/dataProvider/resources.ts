import {
  AUDIT_ENTRY,
  EXEMPTION,
  MEETING,
  MEETING_ALERTS,
  MEETING_RULE_SET,
  MEMBER,
  MEMBER_TASK,
  MEMBERSHIP,
  ORGANIZATION,
  POSITION,
  RESOLUTION,
  RESOLUTION_REVIEW,
  RESOLUTION_TASK,
  type Selections,
  SPECIAL_DUTY,
  THEMATIC_PLAN_ITEM,
  WARD,
} from './documents';
import { type FilterShape, mapFilter, todayInVietnam, type Values } from './filters';

/** How one react-admin resource maps onto the API's queries, mutations, filters, sorts and inputs. */
export interface ResourceSpec {
  /** Used to name operations, e.g. "OrganizationList". */
  typeName: string;
  /** Query fields: the paged list and the single record. */
  list?: string;
  one?: string;
  /** Mutation fields. */
  create?: string;
  update?: string;
  remove?: string;
  /** Absent when the API's list takes no filter argument. */
  filterType?: string;
  /** Whether the list's filter argument is required (a list that makes no sense without one). */
  filterRequired?: boolean;
  /** Absent when the API's list takes no sort argument. */
  sortType?: string;
  createInputType?: string;
  updateInputType?: string;
  selections: Selections;
  /** Extra variables the list selection uses, declared on every document that selects it. */
  listVariables?: Record<string, string>;
  /** react-admin sort field (camelCase) to the API's sort enum. */
  sortFields: Record<string, string>;
  filterShape: FilterShape;
  /** Defaults and fixed conditions on top of the mapped filter; `list` for lists and pickers, `reference` for related lists. */
  refineFilter?: (filter: Values, raw: Values, context: 'list' | 'reference') => Values;
  /** Whether the API filter has `ids` (otherwise getMany asks for each record by id). */
  idsFilter: boolean;
  createFields: readonly string[];
  updateFields: readonly string[];
  /** Builds the create input when it is more than a pick of createFields. */
  createInput?: (data: Values, picked: Values) => Values;
  /**
   * Turns form values into input values before fields are picked, for create and update alike (and for the
   * record an update started from, so an untouched list compares equal): e.g. guests read with ids and
   * names, written back as { memberId, name, role }.
   */
  prepare?: (data: Values) => Values;
  /** Input fields (as the API names them in errors) that forms bind under the same source name; patterns for list items. */
  formFields: readonly FormField[];
  /** getOne of a field not asked by id: its argument declarations, the arguments, and their values for a call. */
  oneArguments?: (params: { id: unknown; meta?: unknown }) => { declarations: string; args: string; variables: Values };
  /** Adds fields derived from the selection, e.g. id lists for reference-array inputs. */
  normalize?: (record: Values) => Values;
}

/** A form field as errors name it: a path, or a pattern for items of a list ("tasks.0.deadline"). */
export type FormField = string | RegExp;

/** Whether a form shows the field an error names. */
export function isFormField(fields: readonly FormField[], field: string): boolean {
  return fields.some((f) => (typeof f === 'string' ? f === field : f.test(field)));
}

const idsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((item) => String((item as { id: unknown }).id)) : [];

const ORGANIZATION_FILTER: FilterShape = {
  search: true,
  scalars: ['wardId', 'parentId', 'descendants', 'asOf', 'dissolved'],
  lists: ['kind', 'branchKind', 'ids'],
  ranges: ['foundedOn', 'dissolvedOn'],
};

/**
 * Lists and pickers show the living tree unless asked otherwise: dissolved units are history, kept for the
 * record but not to be chosen as a parent. A date (asOf) already decides what existed then, so it wins.
 */
function livingUnlessAsked(filter: Values, raw: Values, context: 'list' | 'reference'): Values {
  if (context === 'reference' || raw.includeDissolved === true) return filter;
  if (filter.dissolved !== undefined || filter.asOf !== undefined) return filter;
  return { ...filter, dissolved: false };
}

const ORGANIZATION_INPUTS = ['code', 'name', 'foundedOn', 'dissolvedOn', 'address', 'note', 'predecessorIds'] as const;

const organizationBase = {
  list: 'organizations',
  one: 'organization',
  create: 'createOrganization',
  update: 'updateOrganization',
  remove: 'deleteOrganization',
  filterType: 'OrganizationFilter',
  sortType: 'OrganizationSort',
  createInputType: 'CreateOrganizationInput',
  updateInputType: 'UpdateOrganizationInput',
  selections: ORGANIZATION,
  listVariables: { asOf: 'Date' },
  sortFields: {
    name: 'NAME',
    code: 'CODE',
    kind: 'KIND',
    foundedOn: 'FOUNDED_ON',
    dissolvedOn: 'DISSOLVED_ON',
    id: 'ID',
  },
  filterShape: ORGANIZATION_FILTER,
  idsFilter: true,
  normalize: (record: Values) =>
    record.predecessors === undefined ? record : { ...record, predecessorIds: idsOf(record.predecessors) },
};

const MEMBER_INPUTS = [
  'fullName',
  'gender',
  'birthDate',
  'cardNumber',
  'identityNumber',
  'phone',
  'email',
  'address',
  'occupation',
  'status',
  'admittedOn',
  'officialOn',
  'workStatus',
  'note',
] as const;

/** The ward's structure: wards, organizations, members, memberships, positions, periods, the audit log. */
const STRUCTURE_RESOURCES: Record<string, ResourceSpec> = {
  wards: {
    typeName: 'Ward',
    list: 'wards',
    one: 'ward',
    create: 'createWard',
    update: 'updateWard',
    remove: 'deleteWard',
    filterType: 'WardFilter',
    sortType: 'WardSort',
    createInputType: 'CreateWardInput',
    updateInputType: 'UpdateWardInput',
    selections: WARD,
    sortFields: { name: 'NAME', code: 'CODE', foundedOn: 'FOUNDED_ON', id: 'ID' },
    filterShape: { search: true, scalars: ['asOf'], lists: ['ids'], ranges: ['foundedOn'] },
    idsFilter: true,
    createFields: ['code', 'name', 'foundedOn', 'dissolvedOn', 'mergedFromIds'],
    updateFields: ['code', 'name', 'foundedOn', 'dissolvedOn', 'mergedFromIds'],
    formFields: ['code', 'name', 'foundedOn', 'dissolvedOn', 'mergedFromIds'],
    normalize: (record) => ({ ...record, mergedFromIds: idsOf(record.mergedFrom) }),
  },
  organizations: {
    ...organizationBase,
    typeName: 'Organization',
    refineFilter: livingUnlessAsked,
    createFields: ['kind', 'branchKind', 'parentId', 'wardId', ...ORGANIZATION_INPUTS],
    updateFields: ['branchKind', ...ORGANIZATION_INPUTS],
    formFields: ['kind', 'branchKind', 'parentId', 'wardId', ...ORGANIZATION_INPUTS],
  },
  partyGroups: {
    ...organizationBase,
    typeName: 'PartyGroup',
    refineFilter: (filter, raw, context) => ({ ...livingUnlessAsked(filter, raw, context), kind: ['PARTY_GROUP'] }),
    createFields: ['parentId', 'wardId', ...ORGANIZATION_INPUTS],
    updateFields: [...ORGANIZATION_INPUTS],
    // A party group is an organization of one kind: the kind is not the user's to choose.
    createInput: (_data, picked) => ({ ...picked, kind: 'PARTY_GROUP' }),
    formFields: ['parentId', 'wardId', ...ORGANIZATION_INPUTS],
  },
  members: {
    typeName: 'Member',
    list: 'members',
    one: 'member',
    create: 'createMember',
    update: 'updateMember',
    remove: 'deleteMember',
    filterType: 'MemberFilter',
    sortType: 'MemberSort',
    createInputType: 'CreateMemberInput',
    updateInputType: 'UpdateMemberInput',
    selections: MEMBER,
    sortFields: {
      name: 'NAME',
      fullName: 'FULL_NAME',
      admittedOn: 'ADMITTED_ON',
      birthDate: 'BIRTH_DATE',
      status: 'STATUS',
      id: 'ID',
    },
    filterShape: {
      search: true,
      scalars: ['organizationId', 'asOf', 'exempt', 'onSpecialDuty', 'unplaced'],
      lists: ['status', 'workStatus', 'gender', 'ids'],
      ranges: ['admittedOn', 'birthDate'],
    },
    idsFilter: true,
    createFields: MEMBER_INPUTS,
    updateFields: MEMBER_INPUTS,
    createInput: (data, picked) => {
      const membership = (data.membership ?? {}) as Values;
      if (!membership.branchId) return picked;
      return {
        ...picked,
        membership: {
          branchId: membership.branchId,
          partyGroupId: membership.partyGroupId || null,
          from: membership.from ?? null,
        },
      };
    },
    formFields: [...MEMBER_INPUTS, 'membership.branchId', 'membership.partyGroupId', 'membership.from'],
  },
  memberships: {
    typeName: 'Membership',
    list: 'memberships',
    one: 'membership',
    create: 'createMembership',
    update: 'updateMembership',
    remove: 'deleteMembership',
    filterType: 'MembershipFilter',
    sortType: 'MembershipSort',
    createInputType: 'CreateMembershipInput',
    updateInputType: 'UpdateMembershipInput',
    selections: MEMBERSHIP,
    sortFields: { from: 'FROM', to: 'TO', id: 'ID' },
    filterShape: { scalars: ['memberId', 'branchId', 'partyGroupId', 'activeOn'], ranges: ['from', 'to'] },
    idsFilter: false,
    createFields: ['memberId', 'branchId', 'partyGroupId', 'from', 'to', 'note'],
    updateFields: ['branchId', 'partyGroupId', 'from', 'to', 'note'],
    formFields: ['memberId', 'branchId', 'partyGroupId', 'from', 'to', 'note'],
  },
  positions: {
    typeName: 'Position',
    list: 'positions',
    one: 'position',
    create: 'createPosition',
    update: 'updatePosition',
    remove: 'deletePosition',
    filterType: 'PositionFilter',
    sortType: 'PositionSort',
    createInputType: 'CreatePositionInput',
    updateInputType: 'UpdatePositionInput',
    selections: POSITION,
    sortFields: { from: 'FROM', to: 'TO', role: 'ROLE', id: 'ID' },
    filterShape: { scalars: ['organizationId', 'descendants', 'memberId', 'activeOn'], lists: ['role'] },
    // "Serving now" is a toggle in the panel; the API asks for the day, which is today in Vietnam.
    refineFilter: (filter, raw) =>
      raw.active === true && filter.activeOn === undefined ? { ...filter, activeOn: todayInVietnam() } : filter,
    idsFilter: false,
    createFields: ['memberId', 'organizationId', 'role', 'from', 'to', 'note'],
    updateFields: ['role', 'from', 'to', 'note'],
    formFields: ['memberId', 'organizationId', 'role', 'from', 'to', 'note'],
  },
  exemptions: {
    typeName: 'Exemption',
    list: 'exemptions',
    one: 'exemption',
    create: 'createExemption',
    update: 'updateExemption',
    remove: 'deleteExemption',
    filterType: 'ExemptionFilter',
    createInputType: 'CreateExemptionInput',
    updateInputType: 'UpdateExemptionInput',
    selections: EXEMPTION,
    sortFields: {},
    filterShape: { scalars: ['memberId', 'activeOn'] },
    idsFilter: false,
    createFields: ['memberId', 'from', 'to', 'reason', 'decisionRef'],
    updateFields: ['from', 'to', 'reason', 'decisionRef'],
    formFields: ['memberId', 'from', 'to', 'reason', 'decisionRef'],
  },
  specialDuties: {
    typeName: 'SpecialDuty',
    list: 'specialDuties',
    one: 'specialDuty',
    create: 'createSpecialDuty',
    update: 'updateSpecialDuty',
    remove: 'deleteSpecialDuty',
    filterType: 'SpecialDutyFilter',
    createInputType: 'CreateSpecialDutyInput',
    updateInputType: 'UpdateSpecialDutyInput',
    selections: SPECIAL_DUTY,
    sortFields: {},
    filterShape: { scalars: ['memberId', 'activeOn'] },
    idsFilter: false,
    createFields: ['memberId', 'from', 'to', 'note'],
    updateFields: ['from', 'to', 'note'],
    formFields: ['memberId', 'from', 'to', 'note'],
  },
  /** Written by the API alone: read-only here, newest first (the API's order; it takes no sort). */
  auditEntries: {
    typeName: 'AuditEntry',
    list: 'auditEntries',
    one: 'auditEntry',
    filterType: 'AuditEntryFilter',
    selections: AUDIT_ENTRY,
    sortFields: {},
    filterShape: { scalars: ['userId', 'username', 'entityId'], lists: ['entity', 'action'], ranges: ['at'] },
    idsFilter: false,
    createFields: [],
    updateFields: [],
    formFields: [],
  },
  /** A transfer is created like a record; the API answers with the new membership. */
  memberTransfers: {
    typeName: 'MemberTransfer',
    create: 'transferMember',
    createInputType: 'TransferMemberInput',
    selections: MEMBERSHIP,
    sortFields: {},
    filterShape: {},
    idsFilter: false,
    createFields: ['memberId', 'branchId', 'partyGroupId', 'on', 'note'],
    updateFields: [],
    formFields: ['branchId', 'partyGroupId', 'on', 'note'],
  },
};

/** Picking an organization means everything below it too: a branch with its party groups, the committee with every branch. */
function withDescendants(filter: Values): Values {
  return filter.organizationId !== undefined && filter.descendants === undefined ? { ...filter, descendants: true } : filter;
}

/** The year as the API's Int, whatever the input gave (a select may give "2026"); the current year by default. */
function yearOf(filter: Values, byDefault: boolean): Values {
  const year = Number(filter.year);
  if (Number.isInteger(year) && year > 0) return { ...filter, year };
  const { year: _dropped, ...rest } = filter;
  return byDefault ? { ...rest, year: Number(todayInVietnam().slice(0, 4)) } : rest;
}

const blankToNull = (value: unknown) => (value === '' || value === undefined ? null : value);

/** A guest as the API takes it: a member on file by id (the API writes the name), or an outside guest by name. */
function guestInput(guest: Values): Values {
  const memberId = blankToNull(guest.memberId);
  const name = typeof guest.name === 'string' ? guest.name.trim() : '';
  return { memberId, name: memberId ? null : name || null, role: guest.role ?? 'OTHER' };
}

/** A task as the API takes it: one owner, a member or an organization, as the form's owner choice says. */
export function taskInput(task: Values): Values {
  const byOrganization = task.ownerKind === 'ORGANIZATION';
  return {
    description: typeof task.description === 'string' ? task.description.trim() : task.description,
    deadline: blankToNull(task.deadline),
    ownerMemberId: byOrganization ? null : blankToNull(task.ownerMemberId),
    ownerOrganizationId: byOrganization ? blankToNull(task.ownerOrganizationId) : null,
  };
}

const MEETING_INPUTS = [
  'kind',
  'forms',
  'plannedOn',
  'heldOn',
  'startTime',
  'endTime',
  'place',
  'online',
  'onlineReason',
  'chairId',
  'minuteTakerId',
  'agenda',
  'thematicPlanItemId',
  'thematicTopic',
  'documentsSentOn',
  'stepsDone',
  'minutes',
  'votesFor',
  'votesAgainst',
  'votesAbstain',
  'guests',
] as const;

const RESOLUTION_INPUTS = ['kind', 'title', 'content', 'requirements', 'measures'] as const;
const TASK_INPUTS = ['description', 'ownerMemberId', 'ownerOrganizationId', 'deadline', 'status', 'completedOn'] as const;
const REVIEW_INPUTS = ['reviewedOn', 'kind', 'memberId', 'reviewMeetingId', 'note'] as const;
const PLAN_INPUTS = ['year', 'quarter', 'topicArea', 'title', 'reportedOn'] as const;
const RULE_SET_INPUTS = [
  'documentNumber',
  'documentDate',
  'title',
  'validFrom',
  'validTo',
  'regularByDay',
  'minAttendanceShare',
  'minAttendanceStrict',
  'noUnexcusedAbsence',
  'maxConsecutiveExcused',
  'minMinutesRegular',
  'minMinutesCombined',
  'documentsDaysAhead',
  'procedure',
  'everyWorkingMemberTasked',
  'thematicPerQuarter',
  'rotationQuarters',
] as const;

/** Meeting records: meetings, their resolutions and tasks, reviews, thematic plans, member tasks, rule sets, alerts. */
export const MEETING_RESOURCES: Record<string, ResourceSpec> = {
  meetings: {
    typeName: 'Meeting',
    list: 'meetings',
    one: 'meeting',
    create: 'createMeeting',
    update: 'updateMeeting',
    remove: 'deleteMeeting',
    filterType: 'MeetingFilter',
    sortType: 'MeetingSort',
    createInputType: 'CreateMeetingInput',
    updateInputType: 'UpdateMeetingInput',
    selections: MEETING,
    // DAY is the held day, else the planned day: the one date every meeting has.
    sortFields: { day: 'DAY', heldOn: 'DAY', plannedOn: 'DAY', month: 'MONTH', kind: 'KIND', id: 'ID' },
    filterShape: { scalars: ['organizationId', 'descendants', 'month', 'held', 'withFindings'], lists: ['kind', 'ids'], ranges: ['heldOn'] },
    refineFilter: withDescendants,
    idsFilter: true,
    createFields: ['organizationId', ...MEETING_INPUTS],
    updateFields: MEETING_INPUTS,
    prepare: (data) => (Array.isArray(data.guests) ? { ...data, guests: (data.guests as Values[]).map(guestInput) } : data),
    formFields: ['organizationId', ...MEETING_INPUTS, /^guests\.\d+\.(memberId|name|role)$/],
  },
  resolutions: {
    typeName: 'Resolution',
    list: 'resolutions',
    one: 'resolution',
    create: 'createResolution',
    update: 'updateResolution',
    remove: 'deleteResolution',
    filterType: 'ResolutionFilter',
    createInputType: 'CreateResolutionInput',
    updateInputType: 'UpdateResolutionInput',
    selections: RESOLUTION,
    sortFields: {},
    filterShape: { scalars: ['meetingId', 'organizationId', 'descendants'], lists: ['ids'] },
    refineFilter: withDescendants,
    idsFilter: true,
    createFields: ['meetingId', ...RESOLUTION_INPUTS, 'tasks'],
    updateFields: RESOLUTION_INPUTS,
    prepare: (data) => (Array.isArray(data.tasks) ? { ...data, tasks: (data.tasks as Values[]).map(taskInput) } : data),
    formFields: ['meetingId', ...RESOLUTION_INPUTS, 'tasks', /^tasks\.\d+\.(description|deadline|ownerMemberId|ownerOrganizationId)$/],
  },
  /** The task board: overdue is a toggle in the panel, the day it is judged on today in Vietnam. */
  resolutionTasks: {
    typeName: 'ResolutionTask',
    list: 'resolutionTasks',
    one: 'resolutionTask',
    create: 'createResolutionTask',
    update: 'updateResolutionTask',
    remove: 'deleteResolutionTask',
    filterType: 'ResolutionTaskFilter',
    sortType: 'ResolutionTaskSort',
    createInputType: 'CreateResolutionTaskInput',
    updateInputType: 'UpdateResolutionTaskInput',
    selections: RESOLUTION_TASK,
    sortFields: { deadline: 'DEADLINE', status: 'STATUS', id: 'ID' },
    filterShape: {
      scalars: ['resolutionId', 'organizationId', 'descendants', 'overdueOn', 'ownerMemberId'],
      lists: ['status', 'ids'],
    },
    refineFilter: (filter, raw) => {
      const refined = withDescendants(filter);
      return raw.overdue === true && refined.overdueOn === undefined ? { ...refined, overdueOn: todayInVietnam() } : refined;
    },
    idsFilter: true,
    createFields: ['resolutionId', ...TASK_INPUTS],
    updateFields: TASK_INPUTS,
    formFields: ['resolutionId', ...TASK_INPUTS],
    // The form chooses the kind of owner first: a member, or an organization.
    normalize: (record) => ({ ...record, ownerKind: record.ownerOrganizationId ? 'ORGANIZATION' : 'MEMBER' }),
  },
  resolutionReviews: {
    typeName: 'ResolutionReview',
    list: 'resolutionReviews',
    one: 'resolutionReview',
    create: 'createResolutionReview',
    update: 'updateResolutionReview',
    remove: 'deleteResolutionReview',
    filterType: 'ResolutionReviewFilter',
    createInputType: 'CreateResolutionReviewInput',
    updateInputType: 'UpdateResolutionReviewInput',
    selections: RESOLUTION_REVIEW,
    sortFields: {},
    filterShape: { scalars: ['resolutionId', 'organizationId', 'descendants'], lists: ['ids'] },
    refineFilter: withDescendants,
    idsFilter: true,
    createFields: ['resolutionId', ...REVIEW_INPUTS],
    updateFields: REVIEW_INPUTS,
    formFields: ['resolutionId', ...REVIEW_INPUTS],
  },
  thematicPlanItems: {
    typeName: 'ThematicPlanItem',
    list: 'thematicPlanItems',
    one: 'thematicPlanItem',
    create: 'createThematicPlanItem',
    update: 'updateThematicPlanItem',
    remove: 'deleteThematicPlanItem',
    filterType: 'ThematicPlanFilter',
    createInputType: 'CreateThematicPlanItemInput',
    updateInputType: 'UpdateThematicPlanItemInput',
    selections: THEMATIC_PLAN_ITEM,
    sortFields: {},
    filterShape: { scalars: ['organizationId', 'descendants', 'year'], lists: ['ids'] },
    refineFilter: (filter) => yearOf(withDescendants(filter), false),
    idsFilter: true,
    createFields: ['branchId', ...PLAN_INPUTS],
    updateFields: PLAN_INPUTS,
    formFields: ['branchId', ...PLAN_INPUTS],
  },
  memberTasks: {
    typeName: 'MemberTask',
    list: 'memberTasks',
    one: 'memberTask',
    create: 'createMemberTask',
    update: 'updateMemberTask',
    remove: 'deleteMemberTask',
    filterType: 'MemberTaskFilter',
    createInputType: 'CreateMemberTaskInput',
    updateInputType: 'UpdateMemberTaskInput',
    selections: MEMBER_TASK,
    sortFields: {},
    filterShape: { scalars: ['organizationId', 'descendants', 'year', 'memberId'], lists: ['ids'] },
    refineFilter: (filter) => yearOf(withDescendants(filter), false),
    idsFilter: true,
    createFields: ['memberId', 'branchId', 'year', 'description', 'assignedOn'],
    updateFields: ['description', 'assignedOn'],
    formFields: ['memberId', 'branchId', 'year', 'description', 'assignedOn'],
  },
  /** Working members with no task for the year, under an organization: the list the API requires a filter for. */
  membersWithoutTask: {
    typeName: 'MemberWithoutTask',
    list: 'membersWithoutTask',
    filterType: 'MembersWithoutTaskFilter',
    filterRequired: true,
    selections: MEMBER,
    sortFields: {},
    filterShape: { scalars: ['organizationId', 'year', 'asOf'] },
    refineFilter: (filter) => yearOf(filter, true),
    idsFilter: false,
    createFields: [],
    updateFields: [],
    formFields: [],
  },
  /** The documents meetings are judged by; the API lists them oldest first and takes no filter. */
  meetingRuleSets: {
    typeName: 'MeetingRuleSet',
    list: 'meetingRuleSets',
    one: 'meetingRuleSet',
    create: 'createMeetingRuleSet',
    update: 'updateMeetingRuleSet',
    createInputType: 'CreateMeetingRuleSetInput',
    updateInputType: 'UpdateMeetingRuleSetInput',
    selections: MEETING_RULE_SET,
    sortFields: {},
    filterShape: {},
    idsFilter: false,
    createFields: RULE_SET_INPUTS,
    updateFields: RULE_SET_INPUTS,
    formFields: RULE_SET_INPUTS,
  },
  /** The home page's alerts under an organization (the "id") on a day (meta.asOf, today when omitted). */
  meetingAlerts: {
    typeName: 'MeetingAlerts',
    one: 'meetingAlerts',
    selections: MEETING_ALERTS,
    oneArguments: ({ id, meta }) => ({
      declarations: '$organizationId: ID!, $asOf: Date',
      args: 'organizationId: $organizationId, asOf: $asOf',
      variables: { organizationId: String(id), asOf: (meta as { asOf?: string } | undefined)?.asOf ?? null },
    }),
    sortFields: {},
    filterShape: {},
    idsFilter: false,
    createFields: [],
    updateFields: [],
    formFields: [],
  },
};

export const RESOURCES: Record<string, ResourceSpec> = { ...STRUCTURE_RESOURCES, ...MEETING_RESOURCES };

/** The spec of a resource, or an error naming it (a typo in a resource name should fail loudly). */
export function resourceSpec(resource: string): ResourceSpec {
  const spec = RESOURCES[resource];
  if (!spec) throw new Error(`Unknown resource "${resource}"`);
  return spec;
}

/** The API filter for a react-admin filter on a resource. */
export function apiFilter(spec: ResourceSpec, raw: Values | undefined, context: 'list' | 'reference'): Values {
  const mapped = mapFilter(spec.filterShape, raw);
  return spec.refineFilter ? spec.refineFilter(mapped, raw ?? {}, context) : mapped;
}
