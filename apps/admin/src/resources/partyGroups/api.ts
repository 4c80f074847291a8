import type { ResourceSpec } from '../../dataProvider/spec';
import { livingUnlessAsked, ORGANIZATION_INPUTS, organizationBase } from '../organizations/api';

export const partyGroups: ResourceSpec = {
  ...organizationBase,
  typeName: 'PartyGroup',
  refineFilter: (filter, raw, context) => ({ ...livingUnlessAsked(filter, raw, context), kind: ['PARTY_GROUP'] }),
  createFields: ['parentId', 'wardId', ...ORGANIZATION_INPUTS],
  updateFields: [...ORGANIZATION_INPUTS],
  // A party group is an organization of one kind: the kind is not the user's to choose.
  createInput: (_data, picked) => ({ ...picked, kind: 'PARTY_GROUP' }),
  formFields: ['parentId', 'wardId', ...ORGANIZATION_INPUTS],
};
