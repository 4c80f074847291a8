import { PILOT, PILOT_RATIOS } from '../../dataProvider/documents';
import { idsOf, listAsRecord, READ_ONLY, type ResourceSpec, recordFields, yearOf } from '../../dataProvider/spec';
import { byCommittee } from '../supervision/api';

/**
 * Pilot branches (chi bộ điểm) of a year, by kind, with the committee members who guide them. Read by every role in
 * its reach, chosen by those who supervise; the branch, year and kind are fixed once chosen.
 */
export const pilots: ResourceSpec = {
  ...recordFields('Pilot', 'pilot'),
  filterType: 'PilotFilter',
  createInputType: 'CreatePilotInput',
  updateInputType: 'UpdatePilotInput',
  selections: PILOT,
  sortFields: {},
  filterShape: { scalars: ['organizationId', 'year'], lists: ['kind'] },
  refineFilter: (filter) => yearOf(filter, false),
  idsFilter: false,
  // The form picks guides as guideMemberIds; a pilot read back lists them as guideIds.
  createFields: ['year', 'branchId', 'kind', 'note', 'guideMemberIds'],
  updateFields: ['note', 'guideMemberIds'],
  createInput: (data, picked) => (data.year === undefined ? picked : { ...picked, year: Number(data.year) }),
  formFields: ['year', 'branchId', 'kind', 'note', 'guideMemberIds'],
  normalize: (record) => ({ ...record, guideMemberIds: Array.isArray(record.guides) ? idsOf(record.guides) : (record.guideIds ?? []) }),
};

/** A year's share of pilot branches by kind under a committee (the "id"), the year in meta.year. */
export const pilotRatios: ResourceSpec = {
  typeName: 'PilotRatios',
  one: 'pilotRatios',
  selections: PILOT_RATIOS,
  oneArguments: byCommittee('year'),
  normalize: listAsRecord,
  sortFields: {},
  filterShape: {},
  idsFilter: false,
  ...READ_ONLY,
};
