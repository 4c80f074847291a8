import { WARD } from '../../dataProvider/documents';
import { idsOf, type ResourceSpec, recordFields } from '../../dataProvider/spec';

const WARD_INPUTS = ['code', 'name', 'foundedOn', 'dissolvedOn', 'mergedFromIds'] as const;

export const wards: ResourceSpec = {
  ...recordFields('Ward', 'ward'),
  filterType: 'WardFilter',
  sortType: 'WardSort',
  createInputType: 'CreateWardInput',
  updateInputType: 'UpdateWardInput',
  selections: WARD,
  sortFields: { name: 'NAME', code: 'CODE', foundedOn: 'FOUNDED_ON', id: 'ID' },
  filterShape: { search: true, scalars: ['asOf'], lists: ['ids'], ranges: ['foundedOn'] },
  idsFilter: true,
  createFields: WARD_INPUTS,
  updateFields: WARD_INPUTS,
  formFields: WARD_INPUTS,
  normalize: (record) => ({ ...record, mergedFromIds: idsOf(record.mergedFrom) }),
};
