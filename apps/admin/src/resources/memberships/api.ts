import { MEMBERSHIP } from '../../dataProvider/documents';
import type { ResourceSpec } from '../../dataProvider/spec';

export const memberships: ResourceSpec = {
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
};
