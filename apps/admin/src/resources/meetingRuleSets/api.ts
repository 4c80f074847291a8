import { MEETING_RULE_SET } from '../../dataProvider/documents';
import type { ResourceSpec } from '../../dataProvider/spec';

const RULE_SET_INPUTS = [
  'documentNumber',
  'documentDate',
  'title',
  'validFrom',
  'validTo',
  'regularByDay',
  'minAttendanceShare',
  'minAttendanceStrict',
  'noUnexcusedAbsence',
  'maxConsecutiveExcused',
  'minMinutesRegular',
  'minMinutesCombined',
  'documentsDaysAhead',
  'procedure',
  'everyWorkingMemberTasked',
  'thematicPerQuarter',
  'rotationQuarters',
  'localLengthAllowed',
] as const;

/** The documents meetings are judged by; the API lists them oldest first and takes no filter. */
export const meetingRuleSets: ResourceSpec = {
  typeName: 'MeetingRuleSet',
  list: 'meetingRuleSets',
  one: 'meetingRuleSet',
  create: 'createMeetingRuleSet',
  update: 'updateMeetingRuleSet',
  createInputType: 'CreateMeetingRuleSetInput',
  updateInputType: 'UpdateMeetingRuleSetInput',
  selections: MEETING_RULE_SET,
  sortFields: {},
  filterShape: {},
  idsFilter: false,
  createFields: RULE_SET_INPUTS,
  updateFields: RULE_SET_INPUTS,
  formFields: RULE_SET_INPUTS,
};
