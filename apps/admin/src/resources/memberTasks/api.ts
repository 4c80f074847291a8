import { MEMBER, MEMBER_TASK } from '../../dataProvider/documents';
import { READ_ONLY, type ResourceSpec, withDescendants, yearOf } from '../../dataProvider/spec';

export const memberTasks: ResourceSpec = {
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
};

/** Working members with no task for the year, under an organization: the list the API requires a filter for. */
export const membersWithoutTask: ResourceSpec = {
  typeName: 'MemberWithoutTask',
  list: 'membersWithoutTask',
  filterType: 'MembersWithoutTaskFilter',
  filterRequired: true,
  selections: MEMBER,
  sortFields: {},
  filterShape: { scalars: ['organizationId', 'year', 'asOf'] },
  refineFilter: (filter) => yearOf(filter, true),
  idsFilter: false,
  ...READ_ONLY,
};
