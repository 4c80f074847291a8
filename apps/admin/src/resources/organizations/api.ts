import { ORGANIZATION } from '../../dataProvider/documents';
import type { Values } from '../../dataProvider/filters';
import { idsOf, type ResourceSpec } from '../../dataProvider/spec';

/**
 * Lists and pickers show the living tree unless asked otherwise: dissolved units are history, kept for the
 * record but not to be chosen as a parent. A date (asOf) already decides what existed then, so it wins.
 */
export function livingUnlessAsked(filter: Values, raw: Values, context: 'list' | 'reference'): Values {
  if (context === 'reference' || raw.includeDissolved === true) return filter;
  if (filter.dissolved !== undefined || filter.asOf !== undefined) return filter;
  return { ...filter, dissolved: false };
}

export const ORGANIZATION_INPUTS = ['code', 'name', 'foundedOn', 'dissolvedOn', 'address', 'note', 'predecessorIds'] as const;

/** What organizations and party groups (organizations of one kind) share: the API's queries, sorts and filter. */
export const organizationBase = {
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
  filterShape: {
    search: true,
    scalars: ['wardId', 'parentId', 'descendants', 'asOf', 'dissolved'],
    lists: ['kind', 'branchKind', 'ids'],
    ranges: ['foundedOn', 'dissolvedOn'],
  },
  idsFilter: true,
  normalize: (record: Values) =>
    record.predecessors === undefined ? record : { ...record, predecessorIds: idsOf(record.predecessors) },
} satisfies Partial<ResourceSpec>;

export const organizations: ResourceSpec = {
  ...organizationBase,
  typeName: 'Organization',
  refineFilter: livingUnlessAsked,
  createFields: ['kind', 'branchKind', 'parentId', 'wardId', ...ORGANIZATION_INPUTS],
  updateFields: ['branchKind', ...ORGANIZATION_INPUTS],
  formFields: ['kind', 'branchKind', 'parentId', 'wardId', ...ORGANIZATION_INPUTS],
};
