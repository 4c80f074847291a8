import {
  AUDIT_ENTRY,
  EXEMPTION,
  MEMBER,
  MEMBERSHIP,
  ORGANIZATION,
  POSITION,
  type Selections,
  SPECIAL_DUTY,
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
  filterType?: string;
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
  /** Input fields (as the API names them in errors) that forms bind under the same source name. */
  formFields: readonly string[];
  /** Adds fields derived from the selection, e.g. id lists for reference-array inputs. */
  normalize?: (record: Values) => Values;
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

export const RESOURCES: Record<string, ResourceSpec> = {
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
