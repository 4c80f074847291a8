import { THEMATIC_PLAN_ITEM } from '../../dataProvider/documents';
import { type ResourceSpec, recordFields, withDescendants, yearOf } from '../../dataProvider/spec';

const PLAN_INPUTS = ['year', 'quarter', 'topicArea', 'title', 'reportedOn'] as const;

export const thematicPlanItems: ResourceSpec = {
  ...recordFields('ThematicPlanItem', 'thematicPlanItem'),
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
};
