import { POSITION } from '../../dataProvider/documents';
import { todayInVietnam } from '../../dataProvider/filters';
import type { ResourceSpec } from '../../dataProvider/spec';

export const positions: ResourceSpec = {
  typeName: 'Position',
  list: 'positions',
  one: 'position',
  create: 'createPosition',
  update: 'updatePosition',
  remove: 'deletePosition',
  filterType: 'PositionFilter',
  sortType: 'PositionSort',
  createInputType: 'CreatePositionInput',
  updateInputType: 'UpdatePositionInput',
  selections: POSITION,
  sortFields: { from: 'FROM', to: 'TO', role: 'ROLE', id: 'ID' },
  filterShape: { scalars: ['organizationId', 'descendants', 'memberId', 'activeOn'], lists: ['role'] },
  // "Serving now" is a toggle in the panel; the API asks for the day, which is today in Vietnam.
  refineFilter: (filter, raw) =>
    raw.active === true && filter.activeOn === undefined ? { ...filter, activeOn: todayInVietnam() } : filter,
  idsFilter: false,
  createFields: ['memberId', 'organizationId', 'role', 'from', 'to', 'note'],
  updateFields: ['role', 'from', 'to', 'note'],
  formFields: ['memberId', 'organizationId', 'role', 'from', 'to', 'note'],
};
