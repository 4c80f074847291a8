import { RESOLUTION, RESOLUTION_REVIEW } from '../../dataProvider/documents';
import type { Values } from '../../dataProvider/filters';
import { blankToNull, type ResourceSpec, withDescendants } from '../../dataProvider/spec';

const RESOLUTION_INPUTS = ['kind', 'title', 'content', 'requirements', 'measures'] as const;
const REVIEW_INPUTS = ['reviewedOn', 'kind', 'memberId', 'reviewMeetingId', 'note'] as const;

/** A task as the API takes it: one owner, a member or an organization, as the form's owner choice says. */
function taskInput(task: Values): Values {
  const byOrganization = task.ownerKind === 'ORGANIZATION';
  return {
    description: typeof task.description === 'string' ? task.description.trim() : task.description,
    deadline: blankToNull(task.deadline),
    ownerMemberId: byOrganization ? null : blankToNull(task.ownerMemberId),
    ownerOrganizationId: byOrganization ? blankToNull(task.ownerOrganizationId) : null,
  };
}

/** A resolution is created with its tasks (one transaction); afterwards they are changed one by one. */
export const resolutions: ResourceSpec = {
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
};

/** The monthly review entries of a resolution, added and changed on its page. */
export const resolutionReviews: ResourceSpec = {
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
};
