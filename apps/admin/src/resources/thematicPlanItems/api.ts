import { THEMATIC_PLAN_ITEM } from '../../dataProvider/documents';
import { type ResourceSpec, withDescendants, yearOf } from '../../dataProvider/spec';

const PLAN_INPUTS = ['year', 'quarter', 'topicArea', 'title', 'reportedOn'] as const;

export const thematicPlanItems: ResourceSpec = {
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
};
