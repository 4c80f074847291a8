import type {
  AssignmentKind,
  AttendanceExclusion,
  AttendanceStatus,
  AuditAction,
  BranchKind,
  Gender,
  GuestRole,
  MeetingForm,
  MeetingKind,
  MemberStatus,
  OrganizationKind,
  PilotKind,
  PositionRole,
  ProcedureStep,
  ResolutionKind,
  ReviewKind,
  Role,
  TaskStatus,
  ThematicTopicArea,
  WorkStatus,
} from '@chibo/graphql-types';

/**
 * The API's enums in the order a ward office reads them, each value labelled by the translation key
 * `chibo.enums.<Enum>.<VALUE>`. `satisfies` rejects a value the schema does not have; i18n.test.ts checks
 * that none is missing and that each has a label in both languages.
 */
export const ENUMS = {
  OrganizationKind: ['WARD_COMMITTEE', 'GRASSROOTS_COMMITTEE', 'BRANCH', 'PARTY_GROUP'] satisfies OrganizationKind[],
  BranchKind: ['RESIDENTIAL', 'AGENCY', 'SCHOOL', 'ARMED_FORCES', 'NON_STATE_ENTERPRISE'] satisfies BranchKind[],
  PositionRole: [
    'WARD_SECRETARY',
    'WARD_DEPUTY_SECRETARY',
    'WARD_STANDING_COMMITTEE_MEMBER',
    'WARD_COMMITTEE_MEMBER',
    'INSPECTION_COMMITTEE_MEMBER',
    'BRANCH_SECRETARY',
    'BRANCH_DEPUTY_SECRETARY',
    'BRANCH_COMMITTEE_MEMBER',
    'GROUP_LEADER',
    'GROUP_DEPUTY_LEADER',
  ] satisfies PositionRole[],
  MemberStatus: ['OFFICIAL', 'PROBATIONARY'] satisfies MemberStatus[],
  WorkStatus: ['WORKING', 'RETIRED'] satisfies WorkStatus[],
  Gender: ['MALE', 'FEMALE'] satisfies Gender[],
  Role: ['ADMINISTRATOR', 'COMMITTEE_MEMBER', 'BRANCH_SECRETARY', 'INSPECTOR', 'ANALYST'] satisfies Role[],
  AuditAction: ['CREATE', 'UPDATE', 'DELETE', 'LOGIN', 'LOGOUT', 'PASSWORD_CHANGE'] satisfies AuditAction[],
  MeetingKind: ['REGULAR', 'THEMATIC', 'COMBINED'] satisfies MeetingKind[],
  MeetingForm: ['POLITICAL', 'STUDY', 'THEMATIC'] satisfies MeetingForm[],
  /** The steps of a regular meeting in the order they are carried out (12-HD/BTCTW). */
  ProcedureStep: [
    'GUESTS_INTRODUCED',
    'ATTENDANCE_REPORTED',
    'AGENDA_ADOPTED',
    'MINUTE_TAKER_NAMED',
    'LAST_RESOLUTION_REVIEWED',
    'NEXT_TASKS_DISCUSSED',
    'RESOLUTION_VOTED',
    'MINUTES_ADOPTED',
  ] satisfies ProcedureStep[],
  AttendanceStatus: ['PRESENT', 'EXCUSED', 'UNEXCUSED'] satisfies AttendanceStatus[],
  AttendanceExclusion: ['EXEMPT', 'SPECIAL_DUTY'] satisfies AttendanceExclusion[],
  GuestRole: ['COMMITTEE_MEMBER', 'OBSERVING_SECRETARY', 'OTHER'] satisfies GuestRole[],
  ResolutionKind: ['RESOLUTION', 'CONCLUSION'] satisfies ResolutionKind[],
  TaskStatus: ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'] satisfies TaskStatus[],
  ReviewKind: ['PROGRESS', 'PRAISE', 'CORRECTION'] satisfies ReviewKind[],
  ThematicTopicArea: [
    'HO_CHI_MINH_THOUGHT',
    'POLITICAL_THEORY',
    'DIRECTIVES_AND_LAWS',
    'PARTY_BUILDING',
    'ANTI_CORRUPTION',
    'OTHER',
  ] satisfies ThematicTopicArea[],
  AssignmentKind: ['IN_CHARGE', 'ROTATION'] satisfies AssignmentKind[],
  PilotKind: ['REGULAR_MEETING', 'THEMATIC_MEETING', 'PARTY_GROUP_MEETING'] satisfies PilotKind[],
} as const;

export type EnumName = keyof typeof ENUMS;

export const enumLabel = (name: EnumName, value: string) => `chibo.enums.${name}.${value}`;

/** Choices for SelectInput / SelectArrayInput; react-admin translates the names. */
export function enumChoices(name: EnumName, only?: readonly string[]): Array<{ id: string; name: string }> {
  return ENUMS[name]
    .filter((value) => !only || only.includes(value))
    .map((value) => ({ id: value, name: enumLabel(name, value) }));
}

/** Which kinds of organization may stand directly above each kind (as the API's structure rules say). */
export const PARENT_KINDS: Record<OrganizationKind, OrganizationKind[]> = {
  WARD_COMMITTEE: [],
  GRASSROOTS_COMMITTEE: ['WARD_COMMITTEE'],
  BRANCH: ['WARD_COMMITTEE', 'GRASSROOTS_COMMITTEE'],
  PARTY_GROUP: ['BRANCH'],
};

/** The positions held in each kind of organization. */
export const ROLES_BY_KIND: Record<OrganizationKind, PositionRole[]> = {
  WARD_COMMITTEE: [
    'WARD_SECRETARY',
    'WARD_DEPUTY_SECRETARY',
    'WARD_STANDING_COMMITTEE_MEMBER',
    'WARD_COMMITTEE_MEMBER',
    'INSPECTION_COMMITTEE_MEMBER',
  ],
  GRASSROOTS_COMMITTEE: [
    'WARD_SECRETARY',
    'WARD_DEPUTY_SECRETARY',
    'WARD_STANDING_COMMITTEE_MEMBER',
    'WARD_COMMITTEE_MEMBER',
    'INSPECTION_COMMITTEE_MEMBER',
  ],
  BRANCH: ['BRANCH_SECRETARY', 'BRANCH_DEPUTY_SECRETARY', 'BRANCH_COMMITTEE_MEMBER'],
  PARTY_GROUP: ['GROUP_LEADER', 'GROUP_DEPUTY_LEADER'],
};
