import { BRANCH_FINDINGS, MEETING, MEETING_ALERTS } from '../../dataProvider/documents';
import type { Values } from '../../dataProvider/filters';
import { blankToNull, listAsRecord, READ_ONLY, type ResourceSpec, withDescendants } from '../../dataProvider/spec';

const MEETING_INPUTS = [
  'kind',
  'forms',
  'plannedOn',
  'heldOn',
  'startTime',
  'endTime',
  'place',
  'online',
  'onlineReason',
  'chairId',
  'minuteTakerId',
  'agenda',
  'thematicPlanItemId',
  'thematicTopic',
  'documentsSentOn',
  'stepsDone',
  'minutes',
  'votesFor',
  'votesAgainst',
  'votesAbstain',
  'guests',
] as const;

/** A guest as the API takes it: a member on file by id (the API writes the name), or an outside guest by name. */
function guestInput(guest: Values): Values {
  const memberId = blankToNull(guest.memberId);
  const name = typeof guest.name === 'string' ? guest.name.trim() : '';
  return { memberId, name: memberId ? null : name || null, role: guest.role ?? 'OTHER' };
}

export const meetings: ResourceSpec = {
  typeName: 'Meeting',
  list: 'meetings',
  one: 'meeting',
  create: 'createMeeting',
  update: 'updateMeeting',
  remove: 'deleteMeeting',
  filterType: 'MeetingFilter',
  sortType: 'MeetingSort',
  createInputType: 'CreateMeetingInput',
  updateInputType: 'UpdateMeetingInput',
  selections: MEETING,
  // DAY is the held day, else the planned day: the one date every meeting has.
  sortFields: { day: 'DAY', heldOn: 'DAY', plannedOn: 'DAY', month: 'MONTH', kind: 'KIND', id: 'ID' },
  filterShape: { scalars: ['organizationId', 'descendants', 'month', 'held', 'withFindings'], lists: ['kind', 'ids'], ranges: ['heldOn'] },
  refineFilter: withDescendants,
  idsFilter: true,
  createFields: ['organizationId', ...MEETING_INPUTS],
  updateFields: MEETING_INPUTS,
  prepare: (data) => (Array.isArray(data.guests) ? { ...data, guests: (data.guests as Values[]).map(guestInput) } : data),
  formFields: ['organizationId', ...MEETING_INPUTS, /^guests\.\d+\.(memberId|name|role)$/],
};

/** The home page's alerts under an organization (the "id") on a day (meta.asOf, today when omitted). */
export const meetingAlerts: ResourceSpec = {
  typeName: 'MeetingAlerts',
  one: 'meetingAlerts',
  selections: MEETING_ALERTS,
  oneArguments: ({ id, meta }) => ({
    declarations: '$organizationId: ID!, $asOf: Date',
    args: 'organizationId: $organizationId, asOf: $asOf',
    variables: { organizationId: String(id), asOf: (meta as { asOf?: string } | undefined)?.asOf ?? null },
  }),
  sortFields: {},
  filterShape: {},
  idsFilter: false,
  ...READ_ONLY,
};

/**
 * A quarter's findings of the branches under an organization (the "id"), quarter "YYYY-Qn" in meta.quarter,
 * counting meetings up to meta.asOf (today when omitted). The API answers a list; it is read as one record
 * holding it (items), known by the organization and cached per quarter.
 */
export const branchFindings: ResourceSpec = {
  typeName: 'BranchFindings',
  one: 'branchFindings',
  selections: BRANCH_FINDINGS,
  oneArguments: ({ id, meta }) => {
    const { quarter = '', asOf = null } = (meta ?? {}) as { quarter?: string; asOf?: string | null };
    return {
      declarations: '$organizationId: ID!, $quarter: String!, $asOf: Date',
      args: 'organizationId: $organizationId, quarter: $quarter, asOf: $asOf',
      variables: { organizationId: String(id), quarter, asOf },
    };
  },
  normalize: listAsRecord,
  sortFields: {},
  filterShape: {},
  idsFilter: false,
  ...READ_ONLY,
};
