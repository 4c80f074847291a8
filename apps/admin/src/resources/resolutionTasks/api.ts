import { RESOLUTION_TASK } from '../../dataProvider/documents';
import { todayInVietnam } from '../../dataProvider/filters';
import { type ResourceSpec, withDescendants } from '../../dataProvider/spec';

const TASK_INPUTS = ['description', 'ownerMemberId', 'ownerOrganizationId', 'deadline', 'status', 'completedOn'] as const;

/** The task board: overdue is a toggle in the panel, the day it is judged on today in Vietnam. */
export const resolutionTasks: ResourceSpec = {
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
};
