import { MEETING_LENGTH_DECISION } from '../../dataProvider/documents';
import { type ResourceSpec, recordFields } from '../../dataProvider/spec';

const DECISION_INPUTS = ['branchKind', 'minutes', 'decisionReference', 'validFrom', 'validTo'] as const;

/**
 * Committees' decisions on the minimum length of branch meetings (42-HD/BTCTW lets the competent committee decide
 * it), newest first; read by every role, written by the party office. The organization is fixed once decided.
 */
export const meetingLengthDecisions: ResourceSpec = {
  ...recordFields('MeetingLengthDecision', 'meetingLengthDecision'),
  filterType: 'LengthDecisionFilter',
  createInputType: 'CreateLengthDecisionInput',
  updateInputType: 'UpdateLengthDecisionInput',
  selections: MEETING_LENGTH_DECISION,
  sortFields: {},
  filterShape: { scalars: ['organizationId', 'activeOn'] },
  idsFilter: false,
  createFields: ['organizationId', ...DECISION_INPUTS],
  updateFields: DECISION_INPUTS,
  formFields: ['organizationId', ...DECISION_INPUTS],
};
