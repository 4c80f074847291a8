import { EXEMPTION, MEMBER, MEMBERSHIP, SPECIAL_DUTY } from '../../dataProvider/documents';
import type { Values } from '../../dataProvider/filters';
import type { ResourceSpec } from '../../dataProvider/spec';

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
  'retiredOn',
  'note',
] as const;

export const members: ResourceSpec = {
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
};

/** A member's periods away from meetings, listed on the member's page. */
export const exemptions: ResourceSpec = {
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
};

export const specialDuties: ResourceSpec = {
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
};

/** A transfer (the member page's button) is created like a record; the API answers with the new membership. */
export const memberTransfers: ResourceSpec = {
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
};
