export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date without time zone, written YYYY-MM-DD, e.g. "2025-07-01". */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
};

/** Tasks the branch assigns at once (the January vote): one line per member. */
export type AssignMemberTasksInput = {
  /** Day assigned; every member must be in the branch that day. */
  assignedOn: Scalars['Date']['input'];
  /** The branch. */
  branchId: Scalars['ID']['input'];
  /** The tasks; a member who already has one for the year from this branch is refused. */
  tasks: Array<MemberTaskLine>;
  /** Year. */
  year: Scalars['Int']['input'];
};

/** A member’s attendance at a meeting: present, excused with a reason, or unexcused; exempt and special-duty members are marked and left out of the denominator. */
export type Attendance = {
  /** When the record was created (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when the member was exempt or on special duty on the date (left out of the denominator). */
  exclusion: Maybe<AttendanceExclusion>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The member. */
  member: Maybe<Member>;
  /** Id of the member. */
  memberId: Scalars['ID']['output'];
  /** Reason of an excused absence (personal data: it may concern health). */
  reason: Maybe<Scalars['String']['output']>;
  /** Present, excused or unexcused. */
  status: AttendanceStatus;
  /** When the record was last changed (UTC). */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Version, raised by every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
};

/** One line of an attendance sheet. */
export type AttendanceEntryInput = {
  /** The member (on the roster of the meeting date). */
  memberId: Scalars['ID']['input'];
  /** Reason (required when excused). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Present, excused or unexcused. */
  status: AttendanceStatus;
};

/** Why a member is left out of the expected attendees on the meeting date. */
export type AttendanceExclusion =
  /** Miễn công tác và sinh hoạt đảng. */
  | 'EXEMPT'
  /** Lực lượng vũ trang làm nhiệm vụ đặc biệt. */
  | 'SPECIAL_DUTY';

/** How a member stood at a meeting. */
export type AttendanceStatus =
  /** Vắng có lý do. */
  | 'EXCUSED'
  /** Có mặt. */
  | 'PRESENT'
  /** Vắng không lý do. */
  | 'UNEXCUSED';

/** What was done. */
export type AuditAction =
  /** A record was created. */
  | 'CREATE'
  /** A record was deleted. */
  | 'DELETE'
  /** A user signed in. */
  | 'LOGIN'
  /** A user signed out. */
  | 'LOGOUT'
  /** A user changed their password. */
  | 'PASSWORD_CHANGE'
  /** A record was changed. */
  | 'UPDATE';

/** An audit trail entry: who changed what, when, from where, with the values before and after. Append-only and hash-chained. */
export type AuditEntry = {
  /** What was done. */
  action: AuditAction;
  /** The record’s fields after the change, as JSON. */
  after: Maybe<Scalars['String']['output']>;
  /** When (UTC). */
  at: Scalars['DateTimeISO']['output'];
  /** The record’s fields before the change, as JSON. */
  before: Maybe<Scalars['String']['output']>;
  /** Entity type, e.g. "Organization". */
  entity: Scalars['String']['output'];
  /** Id of the changed record. */
  entityId: Scalars['String']['output'];
  /** SHA-256 of the previous entry’s hash and this entry’s content. */
  hash: Scalars['String']['output'];
  /** Sequence number. */
  id: Scalars['ID']['output'];
  /** Client address. */
  ip: Maybe<Scalars['String']['output']>;
  /** Hash of the previous entry (64 zeros for the first). */
  previousHash: Scalars['String']['output'];
  /** The user, if signed in. */
  userId: Maybe<Scalars['ID']['output']>;
  /** The user’s login name at the time (or "anonymous", "system"). */
  username: Scalars['String']['output'];
};

/** Filters for the audit trail; all given conditions must hold. */
export type AuditEntryFilter = {
  /** Actions. */
  action?: InputMaybe<Array<AuditAction>>;
  /** Days (Vietnam calendar days are close enough; stored in UTC). */
  at?: InputMaybe<DateRange>;
  /** Entity types, e.g. "Member". */
  entity?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Id of the changed record. */
  entityId?: InputMaybe<Scalars['String']['input']>;
  /** Entries of this user. */
  userId?: InputMaybe<Scalars['ID']['input']>;
  /** Entries of this login name. */
  username?: InputMaybe<Scalars['String']['input']>;
};

/** One page of AuditEntry records and the total matching the filter. */
export type AuditEntryPage = {
  /** The records of this page, in the requested order. */
  items: Array<AuditEntry>;
  /** Page size used (at most 100). */
  limit: Scalars['Int']['output'];
  /** Records skipped before this page. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter in all pages. */
  total: Scalars['Int']['output'];
};

/** Kind of branch, each with its own typical meeting content. */
export type BranchKind =
  /** Cơ quan (state agency). */
  | 'AGENCY'
  /** Lực lượng vũ trang: ward police or ward military. */
  | 'ARMED_FORCES'
  /** Doanh nghiệp ngoài khu vực nhà nước. */
  | 'NON_STATE_ENTERPRISE'
  /** Chi bộ tổ dân phố (residential). */
  | 'RESIDENTIAL'
  /** Trường học. */
  | 'SCHOOL';

/** What the signed-in user may do. */
export type Capabilities = {
  /** May create, change and delete wards, organizations, members and their dated records. */
  editStructure: Scalars['Boolean']['output'];
  /** Reads the audit log. */
  readAudit: Scalars['Boolean']['output'];
  /** Sees members’ personal fields. */
  readPersonalData: Scalars['Boolean']['output'];
  /** May record meetings, attendance, resolutions, thematic plans and member tasks of the organizations in scope. */
  recordMeetings: Scalars['Boolean']['output'];
};

/** A password change. */
export type ChangePasswordInput = {
  /** The password in use. */
  currentPassword: Scalars['String']['input'];
  /** The new password (at least 10 characters, not containing the login name). */
  newPassword: Scalars['String']['input'];
};

/** A new exemption period. */
export type CreateExemptionInput = {
  /** The branch resolution that decided it. */
  decisionRef?: InputMaybe<Scalars['String']['input']>;
  /** First day exempt. */
  from: Scalars['Date']['input'];
  /** The member. */
  memberId: Scalars['ID']['input'];
  /** Reason (age, health). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** First day no longer exempt. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A new meeting of a branch or party group. */
export type CreateMeetingInput = {
  /** Agenda. */
  agenda?: InputMaybe<Scalars['String']['input']>;
  /** Chair: a member of the branch on the day. */
  chairId?: InputMaybe<Scalars['ID']['input']>;
  /** Day documents were sent. */
  documentsSentOn?: InputMaybe<Scalars['Date']['input']>;
  /** End time HH:MM, after the start. */
  endTime?: InputMaybe<Scalars['String']['input']>;
  /** Forms of content. */
  forms?: InputMaybe<Array<MeetingForm>>;
  /** Guests; replaces the list when given. */
  guests?: InputMaybe<Array<GuestInput>>;
  /** Held day (not in the future). */
  heldOn?: InputMaybe<Scalars['Date']['input']>;
  /** Regular, thematic or combined. */
  kind: MeetingKind;
  /** Minute-taker: a member of the branch on the day. */
  minuteTakerId?: InputMaybe<Scalars['ID']['input']>;
  /** Minutes. */
  minutes?: InputMaybe<Scalars['String']['input']>;
  /** Held online (needs onlineReason). */
  online?: InputMaybe<Scalars['Boolean']['input']>;
  /** Why online. */
  onlineReason?: InputMaybe<Scalars['String']['input']>;
  /** The branch, or the party group (group pilot), that meets. */
  organizationId: Scalars['ID']['input'];
  /** Place. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** Planned day. */
  plannedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Start time HH:MM. */
  startTime?: InputMaybe<Scalars['String']['input']>;
  /** Procedure steps carried out. */
  stepsDone?: InputMaybe<Array<ProcedureStep>>;
  /** The quarter of the branch’s thematic plan this meeting carries out. */
  thematicPlanItemId?: InputMaybe<Scalars['ID']['input']>;
  /** Thematic topic (taken from the plan item when omitted). */
  thematicTopic?: InputMaybe<Scalars['String']['input']>;
  /** Abstentions. */
  votesAbstain?: InputMaybe<Scalars['Int']['input']>;
  /** Votes against. */
  votesAgainst?: InputMaybe<Scalars['Int']['input']>;
  /** Votes for. */
  votesFor?: InputMaybe<Scalars['Int']['input']>;
};

/** A new meeting rule set. */
export type CreateMeetingRuleSetInput = {
  /** Document date. */
  documentDate: Scalars['Date']['input'];
  /** Document number. */
  documentNumber: Scalars['String']['input'];
  /** Documents this many days ahead. */
  documentsDaysAhead?: InputMaybe<Scalars['Int']['input']>;
  /** Every working member tasked each year. */
  everyWorkingMemberTasked?: InputMaybe<Scalars['Boolean']['input']>;
  /** Most excused absences in a row in a year. */
  maxConsecutiveExcused?: InputMaybe<Scalars['Int']['input']>;
  /** Minimum share present, e.g. 0.9. */
  minAttendanceShare?: InputMaybe<Scalars['Float']['input']>;
  /** Share must be exceeded (true) or reached (false). */
  minAttendanceStrict?: InputMaybe<Scalars['Boolean']['input']>;
  /** Minimum minutes of a combined meeting. */
  minMinutesCombined?: InputMaybe<Scalars['Int']['input']>;
  /** Minimum minutes. */
  minMinutesRegular?: InputMaybe<Scalars['Int']['input']>;
  /** Nobody absent without a reason. */
  noUnexcusedAbsence?: InputMaybe<Scalars['Boolean']['input']>;
  /** Required procedure steps. */
  procedure?: InputMaybe<Array<ProcedureStep>>;
  /** Regular meeting due by this day of the month. */
  regularByDay?: InputMaybe<Scalars['Int']['input']>;
  /** Supervisor rotation window in quarters. */
  rotationQuarters?: InputMaybe<Scalars['Int']['input']>;
  /** Thematic meetings per quarter. */
  thematicPerQuarter?: InputMaybe<Scalars['Int']['input']>;
  /** Title. */
  title: Scalars['String']['input'];
  /** First day in force. */
  validFrom: Scalars['Date']['input'];
  /** First day no longer in force. */
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

/** A new member, optionally placed in a branch in the same step. */
export type CreateMemberInput = {
  /** Home address. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Day admitted to the party. */
  admittedOn: Scalars['Date']['input'];
  /** Birth date. */
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /** Party card number. */
  cardNumber?: InputMaybe<Scalars['String']['input']>;
  /** Email. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Full name. */
  fullName: Scalars['String']['input'];
  /** Gender. */
  gender?: InputMaybe<Gender>;
  /** Citizen identity number. */
  identityNumber?: InputMaybe<Scalars['String']['input']>;
  /** Place the member in a branch from a day. */
  membership?: InputMaybe<InitialMembershipInput>;
  /** Notes. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Occupation or workplace. */
  occupation?: InputMaybe<Scalars['String']['input']>;
  /** Day recognised official (required for official members). */
  officialOn?: InputMaybe<Scalars['Date']['input']>;
  /** Phone. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Official or probationary. */
  status: MemberStatus;
  /** Working or retired. */
  workStatus?: WorkStatus;
};

/** A member’s task for a year. */
export type CreateMemberTaskInput = {
  /** Day assigned. */
  assignedOn: Scalars['Date']['input'];
  /** The branch that assigns it. */
  branchId: Scalars['ID']['input'];
  /** The task. */
  description: Scalars['String']['input'];
  /** The member. */
  memberId: Scalars['ID']['input'];
  /** Year. */
  year: Scalars['Int']['input'];
};

/** A membership of a member in a branch. */
export type CreateMembershipInput = {
  /** The branch. */
  branchId: Scalars['ID']['input'];
  /** First day. */
  from: Scalars['Date']['input'];
  /** The member. */
  memberId: Scalars['ID']['input'];
  /** Notes. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** A party group of the branch. */
  partyGroupId?: InputMaybe<Scalars['ID']['input']>;
  /** First day no longer in the branch. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A new organization. */
export type CreateOrganizationInput = {
  /** Address. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Kind of branch (required for branches). */
  branchKind?: InputMaybe<BranchKind>;
  /** Code, unique among the parent’s children. */
  code: Scalars['String']['input'];
  /** Day dissolved, if already. */
  dissolvedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Day founded. */
  foundedOn: Scalars['Date']['input'];
  /** Level in the tree. */
  kind: OrganizationKind;
  /** Name. */
  name: Scalars['String']['input'];
  /** Notes. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The organization directly above (none for a ward committee). */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Organizations this one was formed from (merger, split, reorganisation). */
  predecessorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The ward it belongs to. */
  wardId: Scalars['ID']['input'];
};

/** A position term. */
export type CreatePositionInput = {
  /** First day of the term. */
  from: Scalars['Date']['input'];
  /** The member who holds it. */
  memberId: Scalars['ID']['input'];
  /** Decision or notes. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The organization it is held in. */
  organizationId: Scalars['ID']['input'];
  /** The position. */
  role: PositionRole;
  /** First day after the term. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A resolution or conclusion issued by a held meeting, with its tasks. */
export type CreateResolutionInput = {
  /** Content. */
  content: Scalars['String']['input'];
  /** Resolution or conclusion. */
  kind: ResolutionKind;
  /** Measures. */
  measures?: InputMaybe<Scalars['String']['input']>;
  /** The meeting (held). */
  meetingId: Scalars['ID']['input'];
  /** Requirements. */
  requirements?: InputMaybe<Scalars['String']['input']>;
  /** Tasks, created in the same transaction. */
  tasks?: InputMaybe<Array<NewTaskInput>>;
  /** Title. */
  title: Scalars['String']['input'];
};

/** A monthly review entry of a resolution. */
export type CreateResolutionReviewInput = {
  /** Progress, praise or correction. */
  kind: ReviewKind;
  /** Member praised or corrected. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** What was said. */
  note: Scalars['String']['input'];
  /** The resolution reviewed. */
  resolutionId: Scalars['ID']['input'];
  /** The meeting at which it was reviewed. */
  reviewMeetingId?: InputMaybe<Scalars['ID']['input']>;
  /** Day of the review. */
  reviewedOn: Scalars['Date']['input'];
};

/** A new task of an existing resolution. */
export type CreateResolutionTaskInput = {
  /** Day completed (today when marked done without one). */
  completedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Deadline. */
  deadline: Scalars['Date']['input'];
  /** The task. */
  description: Scalars['String']['input'];
  /** Responsible member (a member of the branch on the meeting day). Give this or ownerOrganizationId. */
  ownerMemberId?: InputMaybe<Scalars['ID']['input']>;
  /** Responsible organization (the branch or one of its party groups). */
  ownerOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The resolution. */
  resolutionId: Scalars['ID']['input'];
  /** State (OPEN when omitted). */
  status?: InputMaybe<TaskStatus>;
};

/** A new special-duty period. */
export type CreateSpecialDutyInput = {
  /** First day on duty. */
  from: Scalars['Date']['input'];
  /** The member. */
  memberId: Scalars['ID']['input'];
  /** Notes (no operational details). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** First day back. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A quarter of a branch’s thematic plan. */
export type CreateThematicPlanItemInput = {
  /** The branch. */
  branchId: Scalars['ID']['input'];
  /** Quarter, 1 to 4. */
  quarter: Scalars['Int']['input'];
  /** Day reported to the ward committee. */
  reportedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The topic. */
  title: Scalars['String']['input'];
  /** Topic area. */
  topicArea: ThematicTopicArea;
  /** Year. */
  year: Scalars['Int']['input'];
};

/** A new ward. */
export type CreateWardInput = {
  /** Code, unique among wards. */
  code: Scalars['String']['input'];
  /** Day dissolved or merged away. */
  dissolvedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Day established. */
  foundedOn: Scalars['Date']['input'];
  /** Wards it was merged from. */
  mergedFromIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Official name. */
  name: Scalars['String']['input'];
};

/** A range of calendar days, both ends included; either end may be left open. */
export type DateRange = {
  /** First day (YYYY-MM-DD), included. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Last day (YYYY-MM-DD), included. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A period of exemption from party work and meetings, decided by a branch resolution on the member’s request (age or health). Exempt members still count toward the branch size but not toward the attendance denominator. */
export type Exemption = {
  /** When the record was created (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The branch resolution that decided it. */
  decisionRef: Maybe<Scalars['String']['output']>;
  /** First day exempt. */
  from: Scalars['Date']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The member (null outside your scope). */
  member: Maybe<Member>;
  /** Id of the member. */
  memberId: Scalars['ID']['output'];
  /** Reason (age, health): personal data. */
  reason: Maybe<Scalars['String']['output']>;
  /** First day no longer exempt (open while exempt). */
  to: Maybe<Scalars['Date']['output']>;
  /** When the record was last changed (UTC). */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Version, raised by every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
};

/** Filters for exemption periods. */
export type ExemptionFilter = {
  /** Only periods covering this day. */
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  /** Periods of this member. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
};

/** One page of Exemption records and the total matching the filter. */
export type ExemptionPage = {
  /** The records of this page, in the requested order. */
  items: Array<Exemption>;
  /** Page size used (at most 100). */
  limit: Scalars['Int']['output'];
  /** Records skipped before this page. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter in all pages. */
  total: Scalars['Int']['output'];
};

/** Gender as recorded in the member file. */
export type Gender =
  | 'FEMALE'
  | 'MALE';

/** A guest of a meeting: a member on file, or an outside guest by name. */
export type GuestInput = {
  /** The guest, when a party member on file. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** Name of an outside guest (taken from the member file otherwise). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Who the guest is. */
  role: GuestRole;
};

/** Who a guest of a meeting is. */
export type GuestRole =
  /** Cấp ủy viên cấp trên dự sinh hoạt. */
  | 'COMMITTEE_MEMBER'
  /** Bí thư chi bộ khác dự để học tập. */
  | 'OBSERVING_SECRETARY'
  /** Khách mời khác. */
  | 'OTHER';

/** The branch a new member joins. */
export type InitialMembershipInput = {
  /** The branch. */
  branchId: Scalars['ID']['input'];
  /** First day in the branch. */
  from: Scalars['Date']['input'];
  /** A party group of that branch. */
  partyGroupId?: InputMaybe<Scalars['ID']['input']>;
};

/** Credentials. */
export type LoginInput = {
  /** Password. */
  password: Scalars['String']['input'];
  /** Login name. */
  username: Scalars['String']['input'];
};

/** A branch meeting (sinh hoạt chi bộ), or a party group meeting: planned, then held with its attendance, procedure, minutes, vote and findings. */
export type Meeting = {
  /** Agenda announced before the meeting. */
  agenda: Maybe<Scalars['String']['output']>;
  /** Attendance as recorded. */
  attendance: Array<Attendance>;
  /** Attendance rate: present among expected ÷ expected (null before the sheet is saved or with nobody expected). */
  attendanceRate: Maybe<Scalars['Float']['output']>;
  /** Whether an attendance sheet has been saved. */
  attendanceRecorded: Scalars['Boolean']['output'];
  /** The branch (the organization itself, or the group’s branch). */
  branch: Maybe<Organization>;
  /** Id of the branch. */
  branchId: Scalars['ID']['output'];
  /** Chair. */
  chair: Maybe<Member>;
  /** Id of the chair. */
  chairId: Maybe<Scalars['ID']['output']>;
  /** When the record was created (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Day documents and suggested questions were sent. */
  documentsSentOn: Maybe<Scalars['Date']['output']>;
  /** End time, HH:MM. */
  endTime: Maybe<Scalars['String']['output']>;
  /** Expected attendees absent with a reason. */
  excusedCount: Scalars['Int']['output'];
  /** Expected attendees: members on the meeting date minus those exempt or on special duty (0 until attendance is recorded). */
  expectedCount: Scalars['Int']['output'];
  /** Number of findings. */
  findingCount: Scalars['Int']['output'];
  /** Rule shortfalls found when the meeting was last saved, each naming its document. */
  findings: Array<MeetingFinding>;
  /** Forms of content (POLITICAL, STUDY, THEMATIC); see MeetingForm. */
  forms: Array<Scalars['String']['output']>;
  /** Guests. */
  guests: Array<MeetingGuest>;
  /** Day it was held; null while only planned. Never in the future. */
  heldOn: Maybe<Scalars['Date']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The rule sets in force on the meeting day, by which it is judged. */
  judgedBy: Array<MeetingRuleSet>;
  /** Regular, thematic, or both held together. */
  kind: MeetingKind;
  /** Length in minutes, from the start and end times. */
  lengthMinutes: Maybe<Scalars['Int']['output']>;
  /** Minute-taker. */
  minuteTaker: Maybe<Member>;
  /** Id of the minute-taker. */
  minuteTakerId: Maybe<Scalars['ID']['output']>;
  /** Minutes: the proceedings and every opinion, minority opinions included. */
  minutes: Maybe<Scalars['String']['output']>;
  /** Month of the meeting (YYYY-MM) from the held day, else the planned day. */
  month: Scalars['String']['output'];
  /** Held online (only as a pilot or in force majeure). */
  online: Scalars['Boolean']['output'];
  /** Why it was held online. */
  onlineReason: Maybe<Scalars['String']['output']>;
  /** The branch or party group that meets. */
  organization: Maybe<Organization>;
  /** Id of the branch or party group. */
  organizationId: Scalars['ID']['output'];
  /** Place. */
  place: Maybe<Scalars['String']['output']>;
  /** Day the meeting was planned for. */
  plannedOn: Maybe<Scalars['Date']['output']>;
  /** Expected attendees who were present. */
  presentCount: Scalars['Int']['output'];
  /** Resolutions and conclusions issued. */
  resolutions: Array<Resolution>;
  /** Every member of the organization on the meeting day (held, else planned), in roll order, with exclusions and the attendance recorded. This is the attendance sheet. */
  roster: Array<RosterEntry>;
  /** Start time, HH:MM (Vietnam time). */
  startTime: Maybe<Scalars['String']['output']>;
  /** Procedure steps carried out (see ProcedureStep). */
  stepsDone: Array<Scalars['String']['output']>;
  /** The quarter of the thematic plan this meeting carries out. */
  thematicPlanItem: Maybe<ThematicPlanItem>;
  /** Id of the thematic plan item. */
  thematicPlanItemId: Maybe<Scalars['ID']['output']>;
  /** Topic of a thematic meeting. */
  thematicTopic: Maybe<Scalars['String']['output']>;
  /** Expected attendees absent without a reason. */
  unexcusedCount: Scalars['Int']['output'];
  /** When the record was last changed (UTC). */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Version, raised by every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
  /** Abstentions. */
  votesAbstain: Maybe<Scalars['Int']['output']>;
  /** Votes against. */
  votesAgainst: Maybe<Scalars['Int']['output']>;
  /** Votes for the resolution. */
  votesFor: Maybe<Scalars['Int']['output']>;
};

/** What needs the ward office’s attention on a day, under an organization. */
export type MeetingAlerts = {
  /** The day the alerts are for. */
  asOf: Scalars['Date']['output'];
  /** Branches expected to hold this month’s regular meeting (existing on the first day) that have not held one of their own by asOf, in tree order. */
  branchesWithoutRegularMeeting: Array<Organization>;
  /** Members absent with a reason more times in a row this year than the rule set in force allows. */
  excusedRuns: Array<MemberAttendanceAlert>;
  /** Working members with no task for the year. */
  membersWithoutTaskCount: Scalars['Int']['output'];
  /** Month of the day, YYYY-MM. */
  month: Scalars['String']['output'];
  /** Resolution tasks past their deadline and not done. */
  overdueTaskCount: Scalars['Int']['output'];
  /** The first 20 overdue tasks, earliest deadline first. */
  overdueTasks: Array<ResolutionTask>;
  /** Day of the month by which the regular meeting is due under the rule sets in force (null: none sets one). */
  regularDueDay: Maybe<Scalars['Int']['output']>;
  /** Whether the due day has passed on asOf. */
  regularOverdue: Scalars['Boolean']['output'];
  /** Members absent without a reason in at least the number of months of the year that is grounds for removal from the rolls. */
  unexcusedMonths: Array<MemberAttendanceAlert>;
};

/** Filters for meetings; all given conditions must hold. */
export type MeetingFilter = {
  /** With organizationId: include branches and groups below it. */
  descendants?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: held meetings only; false: planned ones not yet held. */
  held?: InputMaybe<Scalars['Boolean']['input']>;
  /** Held between these days. */
  heldOn?: InputMaybe<DateRange>;
  /** Only these ids. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these kinds. */
  kind?: InputMaybe<Array<MeetingKind>>;
  /** Only this month, YYYY-MM (held day, else planned day). */
  month?: InputMaybe<Scalars['String']['input']>;
  /** Meetings of this organization (and below it with descendants). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** true: only meetings with at least one finding; false: only those without. */
  withFindings?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A rule shortfall found on a held meeting (a warning, not a refusal), with the document whose rule it falls short of. */
export type MeetingFinding = {
  /** HELD_AFTER_FIRST_WEEK, ATTENDANCE_BELOW_THRESHOLD, UNEXCUSED_ABSENCE, TOO_SHORT, DOCUMENTS_LATE or PROCEDURE_INCOMPLETE. */
  code: Scalars['String']['output'];
  /** What falls short, in Vietnamese. */
  detail: Scalars['String']['output'];
  /** Date of that document. */
  documentDate: Scalars['Date']['output'];
  /** Number of the document that sets the rule. */
  documentNumber: Scalars['String']['output'];
};

/** Basic forms of meeting content; one meeting may combine them. */
export type MeetingForm =
  /** Sinh hoạt chính trị. */
  | 'POLITICAL'
  /** Sinh hoạt học tập. */
  | 'STUDY'
  /** Sinh hoạt chuyên đề. */
  | 'THEMATIC';

/** A guest of a meeting. Committee members attending count for supervisor coverage. */
export type MeetingGuest = {
  /** When the record was created (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The guest’s member record (null for an outside guest or outside your scope). */
  member: Maybe<Member>;
  /** Id of the guest’s member record. */
  memberId: Maybe<Scalars['ID']['output']>;
  /** Name as recorded (kept even when the member is outside your scope). */
  name: Scalars['String']['output'];
  /** Who the guest is. */
  role: GuestRole;
  /** When the record was last changed (UTC). */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Version, raised by every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
};

/** Kind of branch meeting. */
export type MeetingKind =
  /** A regular and a thematic meeting held together; counts as both. */
  | 'COMBINED'
  /** Sinh hoạt thường kỳ: the monthly regular meeting. */
  | 'REGULAR'
  /** Sinh hoạt chuyên đề: the quarterly thematic meeting. */
  | 'THEMATIC';

/** One page of Meeting records and the total matching the filter. */
export type MeetingPage = {
  /** The records of this page, in the requested order. */
  items: Array<Meeting>;
  /** Page size used (at most 100). */
  limit: Scalars['Int']['output'];
  /** Records skipped before this page. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter in all pages. */
  total: Scalars['Int']['output'];
};

/** A meeting rule set: the document (number and date) that sets meeting thresholds, and the period it is in force. A meeting is judged by every rule set in force on its date. */
export type MeetingRuleSet = {
  /** When the record was created (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Date the document was issued. */
  documentDate: Scalars['Date']['output'];
  /** Document number as issued, e.g. "11-ĐA/TU". Ambiguous alone: read it with documentDate. */
  documentNumber: Scalars['String']['output'];
  /** Documents go out at least this many days before the meeting. */
  documentsDaysAhead: Maybe<Scalars['Int']['output']>;
  /** Every working member is given a task each year. */
  everyWorkingMemberTasked: Maybe<Scalars['Boolean']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** At most this many excused absences in a row within a year. */
  maxConsecutiveExcused: Maybe<Scalars['Int']['output']>;
  /** Share of expected attendees who must be present, e.g. 0.9. */
  minAttendanceShare: Maybe<Scalars['Float']['output']>;
  /** True: the share must be exceeded ("more than 85%"); false: reached ("at least 90%"). */
  minAttendanceStrict: Maybe<Scalars['Boolean']['output']>;
  /** Minimum length in minutes when a regular and a thematic meeting are held together. */
  minMinutesCombined: Maybe<Scalars['Int']['output']>;
  /** Minimum length of a meeting in minutes. */
  minMinutesRegular: Maybe<Scalars['Int']['output']>;
  /** Nobody may be absent without a reason. */
  noUnexcusedAbsence: Maybe<Scalars['Boolean']['output']>;
  /** The steps a regular meeting must go through, in order. */
  procedure: Maybe<Array<ProcedureStep>>;
  /** The regular meeting is due by this day of the month (7: the first week). */
  regularByDay: Maybe<Scalars['Int']['output']>;
  /** Quarters a standing committee member must rotate over (supervisor coverage). */
  rotationQuarters: Maybe<Scalars['Int']['output']>;
  /** Thematic meetings expected per quarter. */
  thematicPerQuarter: Maybe<Scalars['Int']['output']>;
  /** Title (trích yếu). */
  title: Scalars['String']['output'];
  /** When the record was last changed (UTC). */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** First day in force. */
  validFrom: Scalars['Date']['output'];
  /** First day no longer in force (open while in force). */
  validTo: Maybe<Scalars['Date']['output']>;
  /** Version, raised by every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
};

/** One page of MeetingRuleSet records and the total matching the filter. */
export type MeetingRuleSetPage = {
  /** The records of this page, in the requested order. */
  items: Array<MeetingRuleSet>;
  /** Page size used (at most 100). */
  limit: Scalars['Int']['output'];
  /** Records skipped before this page. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter in all pages. */
  total: Scalars['Int']['output'];
};

/** One sort key for Meeting lists. */
export type MeetingSort = {
  /** Direction, ascending by default. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: MeetingSortField;
};

/** Fields meetings can be sorted by (DAY: held day, else planned day). */
export type MeetingSortField =
  | 'DAY'
  | 'ID'
  | 'KIND'
  | 'MONTH';

/** A party member (đảng viên). Where they belong over time is in memberships; positions, exemptions and special-duty periods are dated. */
export type Member = {
  /** Home address (personal data). */
  address: Maybe<Scalars['String']['output']>;
  /** Day admitted to the party (start of probation). */
  admittedOn: Scalars['Date']['output'];
  /** Birth date (personal data). */
  birthDate: Maybe<Scalars['Date']['output']>;
  /** The branch the member belongs to on the day. */
  branch: Maybe<Organization>;
  /** Party card number (số thẻ đảng viên), unique. */
  cardNumber: Maybe<Scalars['String']['output']>;
  /** When the record was created (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The membership active on the day. */
  currentMembership: Maybe<Membership>;
  /** Email (personal data). */
  email: Maybe<Scalars['String']['output']>;
  /** Exemption periods, oldest first. */
  exemptions: Array<Exemption>;
  /** Full name as in the member file, e.g. "Nguyễn Thị Hoa". */
  fullName: Scalars['String']['output'];
  /** Gender. */
  gender: Maybe<Gender>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Citizen identity number (personal data). */
  identityNumber: Maybe<Scalars['String']['output']>;
  /** Exempt from party work and meetings on the day. */
  isExempt: Scalars['Boolean']['output'];
  /** On armed-forces special duty on the day. */
  isOnSpecialDuty: Scalars['Boolean']['output'];
  /** Every membership, oldest first: where the member has been. */
  memberships: Array<Membership>;
  /** Free notes of the party office. */
  note: Maybe<Scalars['String']['output']>;
  /** Occupation or workplace. */
  occupation: Maybe<Scalars['String']['output']>;
  /** Day recognised as an official member. */
  officialOn: Maybe<Scalars['Date']['output']>;
  /** The party group the member belongs to on the day. */
  partyGroup: Maybe<Organization>;
  /** Phone (personal data). */
  phone: Maybe<Scalars['String']['output']>;
  /** Positions held on the day, or every term with allHistory. */
  positions: Array<Position>;
  /** Armed-forces special-duty periods, oldest first. */
  specialDuties: Array<SpecialDuty>;
  /** Official or probationary. */
  status: MemberStatus;
  /** When the record was last changed (UTC). */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Version, raised by every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
  /** Working or retired. */
  workStatus: WorkStatus;
};


/** A party member (đảng viên). Where they belong over time is in memberships; positions, exemptions and special-duty periods are dated. */
export type MemberBranchArgs = {
  asOf: InputMaybe<Scalars['Date']['input']>;
};


/** A party member (đảng viên). Where they belong over time is in memberships; positions, exemptions and special-duty periods are dated. */
export type MemberCurrentMembershipArgs = {
  asOf: InputMaybe<Scalars['Date']['input']>;
};


/** A party member (đảng viên). Where they belong over time is in memberships; positions, exemptions and special-duty periods are dated. */
export type MemberIsExemptArgs = {
  asOf: InputMaybe<Scalars['Date']['input']>;
};


/** A party member (đảng viên). Where they belong over time is in memberships; positions, exemptions and special-duty periods are dated. */
export type MemberIsOnSpecialDutyArgs = {
  asOf: InputMaybe<Scalars['Date']['input']>;
};


/** A party member (đảng viên). Where they belong over time is in memberships; positions, exemptions and special-duty periods are dated. */
export type MemberPartyGroupArgs = {
  asOf: InputMaybe<Scalars['Date']['input']>;
};


/** A party member (đảng viên). Where they belong over time is in memberships; positions, exemptions and special-duty periods are dated. */
export type MemberPositionsArgs = {
  allHistory?: InputMaybe<Scalars['Boolean']['input']>;
  asOf: InputMaybe<Scalars['Date']['input']>;
};

/** A member flagged by an attendance rule, with the count that triggered it. */
export type MemberAttendanceAlert = {
  /** Months with an unexcused absence this year, or the longest run of excused absences in a row. */
  count: Scalars['Int']['output'];
  /** The document whose rule the count is measured against. */
  documentNumber: Scalars['String']['output'];
  /** The threshold of that rule: months that are grounds for removal (flagged at this many), or the most excused absences in a row allowed (flagged above it). */
  limit: Scalars['Int']['output'];
  /** The member. */
  member: Maybe<Member>;
  /** The member. */
  memberId: Scalars['ID']['output'];
};

/** Filters for members; all given conditions must hold. Organization filters use memberships active on `asOf` (today by default). */
export type MemberFilter = {
  /** Admitted within this range. */
  admittedOn?: InputMaybe<DateRange>;
  /** The day memberships, exemptions and duty are read as of; today when omitted. */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** Born within this range. */
  birthDate?: InputMaybe<DateRange>;
  /** true: only members exempt on the day; false: only those not exempt. */
  exempt?: InputMaybe<Scalars['Boolean']['input']>;
  /** Gender. */
  gender?: InputMaybe<Array<Gender>>;
  /** Only these members. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** true: only members on armed-forces special duty on the day; false: the others. */
  onSpecialDuty?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only members of this organization on the day: of the branch or group itself, or of every branch below a committee. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Words to find in the name or card number, ignoring diacritics ("Nguyen" finds "Nguyễn"). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Official or probationary. */
  status?: InputMaybe<Array<MemberStatus>>;
  /** true: only members in no branch on the day (to be placed); false: only placed members. */
  unplaced?: InputMaybe<Scalars['Boolean']['input']>;
  /** Working or retired. */
  workStatus?: InputMaybe<Array<WorkStatus>>;
};

/** One page of Member records and the total matching the filter. */
export type MemberPage = {
  /** The records of this page, in the requested order. */
  items: Array<Member>;
  /** Page size used (at most 100). */
  limit: Scalars['Int']['output'];
  /** Records skipped before this page. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter in all pages. */
  total: Scalars['Int']['output'];
};

/** One sort key for Member lists. */
export type MemberSort = {
  /** Direction, ascending by default. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: MemberSortField;
};

/** Fields members can be sorted by. NAME is the Vietnamese roll order (given name first); FULL_NAME sorts by the full name as written. */
export type MemberSortField =
  | 'ADMITTED_ON'
  | 'BIRTH_DATE'
  | 'FULL_NAME'
  | 'ID'
  | 'NAME'
  | 'STATUS';

/** Official or probationary member. */
export type MemberStatus =
  /** Đảng viên chính thức. */
  | 'OFFICIAL'
  /** Đảng viên dự bị. */
  | 'PROBATIONARY';

/** A member’s specific task for a year, assigned by the branch (every January; promptly for a member who transfers in). */
export type MemberTask = {
  /** Day assigned (voted by the branch). */
  assignedOn: Scalars['Date']['output'];
  /** The branch. */
  branch: Maybe<Organization>;
  /** Id of the branch. */
  branchId: Scalars['ID']['output'];
  /** When the record was created (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The task. */
  description: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The member. */
  member: Maybe<Member>;
  /** Id of the member. */
  memberId: Scalars['ID']['output'];
  /** When the record was last changed (UTC). */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Version, raised by every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
  /** Year the task is for. */
  year: Scalars['Int']['output'];
};

/** Filters for member tasks. */
export type MemberTaskFilter = {
  /** With organizationId: include branches below it. */
  descendants?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these ids. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Tasks of this member. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** Of this branch (or below this organization with descendants). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Tasks for this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** One member’s task in a bulk assignment. */
export type MemberTaskLine = {
  /** The task. */
  description: Scalars['String']['input'];
  /** The member. */
  memberId: Scalars['ID']['input'];
};

/** One page of MemberTask records and the total matching the filter. */
export type MemberTaskPage = {
  /** The records of this page, in the requested order. */
  items: Array<MemberTask>;
  /** Page size used (at most 100). */
  limit: Scalars['Int']['output'];
  /** Records skipped before this page. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter in all pages. */
  total: Scalars['Int']['output'];
};

/** Which members without a task to list. */
export type MembersWithoutTaskFilter = {
  /** Membership as of this day (today when omitted). */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** Branches at or below this organization. */
  organizationId: Scalars['ID']['input'];
  /** The year. */
  year: Scalars['Int']['input'];
};

/** A member’s placement in a branch (and optionally a party group) from one day to another. A transfer ends one membership and starts the next, so the past is kept. */
export type Membership = {
  /** The branch (null when outside your scope). */
  branch: Maybe<Organization>;
  /** Id of the branch. */
  branchId: Scalars['ID']['output'];
  /** When the record was created (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** First day in this branch. */
  from: Scalars['Date']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The member (null outside your scope). */
  member: Maybe<Member>;
  /** Id of the member. */
  memberId: Scalars['ID']['output'];
  /** Why the membership started or ended (transfer, new admission...). */
  note: Maybe<Scalars['String']['output']>;
  /** The party group, if any. */
  partyGroup: Maybe<Organization>;
  /** Id of the party group, if any. */
  partyGroupId: Maybe<Scalars['ID']['output']>;
  /** First day no longer in this branch (open while current). */
  to: Maybe<Scalars['Date']['output']>;
  /** When the record was last changed (UTC). */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Version, raised by every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
};

/** Filters for memberships; all given conditions must hold. */
export type MembershipFilter = {
  /** Only those active on this day. */
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  /** Memberships in this branch. */
  branchId?: InputMaybe<Scalars['ID']['input']>;
  /** Started within this range (joins). */
  from?: InputMaybe<DateRange>;
  /** Memberships of this member. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** Memberships in this party group. */
  partyGroupId?: InputMaybe<Scalars['ID']['input']>;
  /** Ended within this range (departures). */
  to?: InputMaybe<DateRange>;
};

/** One page of Membership records and the total matching the filter. */
export type MembershipPage = {
  /** The records of this page, in the requested order. */
  items: Array<Membership>;
  /** Page size used (at most 100). */
  limit: Scalars['Int']['output'];
  /** Records skipped before this page. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter in all pages. */
  total: Scalars['Int']['output'];
};

/** One sort key for Membership lists. */
export type MembershipSort = {
  /** Direction, ascending by default. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: MembershipSortField;
};

/** Fields memberships can be sorted by. */
export type MembershipSortField =
  | 'FROM'
  | 'ID'
  | 'TO';

export type Mutation = {
  /** Assigns several members’ tasks for a year in one transaction (all or none), e.g. the January vote. */
  assignMemberTasks: Array<MemberTask>;
  /** Changes the password; every other session ends and this one gets a new id. */
  changePassword: Scalars['Boolean']['output'];
  /** Records a period (Thời gian miễn sinh hoạt); periods of one member never overlap. */
  createExemption: Exemption;
  /** Plans or records a meeting. Impossible data is refused (a held day in the future, end before start, a second regular meeting in a month); rule shortfalls are kept as findings. */
  createMeeting: Meeting;
  /** Adds a meeting rule set (a new document); held meetings in its period are judged again. */
  createMeetingRuleSet: MeetingRuleSet;
  /** Creates a member, optionally with their first membership. */
  createMember: Member;
  /** Assigns a member’s task for a year. */
  createMemberTask: MemberTask;
  /** Records a membership (use transferMember for an ordinary move). */
  createMembership: Membership;
  /** Creates an organization. Refused with BAD_USER_INPUT / NOT_FOUND / CONFLICT naming the field. */
  createOrganization: Organization;
  /** Records a position term. A branch committee seat needs at least 9 official members (rule set in force); at most 7 seats. */
  createPosition: Position;
  /** Records a resolution or conclusion of a held meeting, with its tasks, in one transaction. */
  createResolution: Resolution;
  /** Records a monthly review entry of a resolution. */
  createResolutionReview: ResolutionReview;
  /** Adds a task to a resolution. */
  createResolutionTask: ResolutionTask;
  /** Records a period (Thời gian làm nhiệm vụ đặc biệt); periods of one member never overlap. */
  createSpecialDuty: SpecialDuty;
  /** Plans a quarter’s thematic topic for a branch. */
  createThematicPlanItem: ThematicPlanItem;
  /** Creates a ward. */
  createWard: Ward;
  /** Deletes a period (Thời gian miễn sinh hoạt) entered by mistake. */
  deleteExemption: Exemption;
  /** Deletes a meeting entered by mistake, with its attendance, guests and resolutions. */
  deleteMeeting: Meeting;
  /** Deletes a member entered by mistake, with their dated records. */
  deleteMember: Member;
  /** Deletes a member task entered by mistake. */
  deleteMemberTask: MemberTask;
  /** Deletes a membership entered by mistake. */
  deleteMembership: Membership;
  /** Deletes an organization entered by mistake. One with history is refused with CONFLICT: dissolve it instead. */
  deleteOrganization: Organization;
  /** Deletes a term entered by mistake (end a real one by setting `to`). */
  deletePosition: Position;
  /** Deletes a resolution entered by mistake, with its tasks and reviews. */
  deleteResolution: Resolution;
  /** Deletes a review entry entered by mistake. */
  deleteResolutionReview: ResolutionReview;
  /** Deletes a task entered by mistake. */
  deleteResolutionTask: ResolutionTask;
  /** Deletes a period (Thời gian làm nhiệm vụ đặc biệt) entered by mistake. */
  deleteSpecialDuty: SpecialDuty;
  /** Deletes a thematic plan item. */
  deleteThematicPlanItem: ThematicPlanItem;
  /** Deletes a ward entered by mistake; a ward with organizations is refused with CONFLICT. */
  deleteWard: Ward;
  /** Signs in and sets the session cookie (HttpOnly, SameSite=Strict). Wrong credentials: UNAUTHENTICATED. After repeated failures of one account from one address, that address waits a growing time: TOO_MANY_REQUESTS with extensions.retryAfterSeconds (seconds). Failures spread over addresses or accounts only slow the answer down, by a few seconds at most. */
  login: Viewer;
  /** Ends the session. */
  logout: Scalars['Boolean']['output'];
  /** Saves a meeting’s attendance sheet in one transaction: one line per member on the roster of the meeting date. Members not on the roster are refused; excused absences need a reason. Counts and findings are recomputed. */
  recordAttendance: Meeting;
  /** Transfers a member to another branch from a day, keeping the old membership as history. */
  transferMember: Membership;
  /** Corrects or ends a period (Thời gian miễn sinh hoạt). */
  updateExemption: Exemption;
  /** Changes a meeting; findings are recomputed. */
  updateMeeting: Meeting;
  /** Corrects a meeting rule set or ends it; held meetings in the old and new periods are judged again. */
  updateMeetingRuleSet: MeetingRuleSet;
  /** Updates a member’s own fields. */
  updateMember: Member;
  /** Changes a member task. */
  updateMemberTask: MemberTask;
  /** Corrects a membership. */
  updateMembership: Membership;
  /** Updates an organization (dissolve it by setting dissolvedOn). */
  updateOrganization: Organization;
  /** Corrects or ends a position term. */
  updatePosition: Position;
  /** Changes a resolution. */
  updateResolution: Resolution;
  /** Changes a review entry. */
  updateResolutionReview: ResolutionReview;
  /** Changes a task, e.g. marks it done. */
  updateResolutionTask: ResolutionTask;
  /** Corrects or ends a period (Thời gian làm nhiệm vụ đặc biệt). */
  updateSpecialDuty: SpecialDuty;
  /** Changes a thematic plan item (e.g. records the day it was reported). */
  updateThematicPlanItem: ThematicPlanItem;
  /** Updates a ward. */
  updateWard: Ward;
};


export type MutationAssignMemberTasksArgs = {
  input: AssignMemberTasksInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCreateExemptionArgs = {
  input: CreateExemptionInput;
};


export type MutationCreateMeetingArgs = {
  input: CreateMeetingInput;
};


export type MutationCreateMeetingRuleSetArgs = {
  input: CreateMeetingRuleSetInput;
};


export type MutationCreateMemberArgs = {
  input: CreateMemberInput;
};


export type MutationCreateMemberTaskArgs = {
  input: CreateMemberTaskInput;
};


export type MutationCreateMembershipArgs = {
  input: CreateMembershipInput;
};


export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


export type MutationCreatePositionArgs = {
  input: CreatePositionInput;
};


export type MutationCreateResolutionArgs = {
  input: CreateResolutionInput;
};


export type MutationCreateResolutionReviewArgs = {
  input: CreateResolutionReviewInput;
};


export type MutationCreateResolutionTaskArgs = {
  input: CreateResolutionTaskInput;
};


export type MutationCreateSpecialDutyArgs = {
  input: CreateSpecialDutyInput;
};


export type MutationCreateThematicPlanItemArgs = {
  input: CreateThematicPlanItemInput;
};


export type MutationCreateWardArgs = {
  input: CreateWardInput;
};


export type MutationDeleteExemptionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteMemberArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteMemberTaskArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteMembershipArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePositionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteResolutionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteResolutionReviewArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteResolutionTaskArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSpecialDutyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteThematicPlanItemArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteWardArgs = {
  id: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationRecordAttendanceArgs = {
  entries: Array<AttendanceEntryInput>;
  meetingId: Scalars['ID']['input'];
  version: InputMaybe<Scalars['Int']['input']>;
};


export type MutationTransferMemberArgs = {
  input: TransferMemberInput;
};


export type MutationUpdateExemptionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateExemptionInput;
};


export type MutationUpdateMeetingArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMeetingInput;
};


export type MutationUpdateMeetingRuleSetArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMeetingRuleSetInput;
};


export type MutationUpdateMemberArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMemberInput;
};


export type MutationUpdateMemberTaskArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMemberTaskInput;
};


export type MutationUpdateMembershipArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMembershipInput;
};


export type MutationUpdateOrganizationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOrganizationInput;
};


export type MutationUpdatePositionArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePositionInput;
};


export type MutationUpdateResolutionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateResolutionInput;
};


export type MutationUpdateResolutionReviewArgs = {
  id: Scalars['ID']['input'];
  input: UpdateResolutionReviewInput;
};


export type MutationUpdateResolutionTaskArgs = {
  id: Scalars['ID']['input'];
  input: UpdateResolutionTaskInput;
};


export type MutationUpdateSpecialDutyArgs = {
  id: Scalars['ID']['input'];
  input: UpdateSpecialDutyInput;
};


export type MutationUpdateThematicPlanItemArgs = {
  id: Scalars['ID']['input'];
  input: UpdateThematicPlanItemInput;
};


export type MutationUpdateWardArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWardInput;
};

/** A new task of a resolution given with it. */
export type NewTaskInput = {
  /** Day completed (today when marked done without one). */
  completedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Deadline. */
  deadline: Scalars['Date']['input'];
  /** The task. */
  description: Scalars['String']['input'];
  /** Responsible member (a member of the branch on the meeting day). Give this or ownerOrganizationId. */
  ownerMemberId?: InputMaybe<Scalars['ID']['input']>;
  /** Responsible organization (the branch or one of its party groups). */
  ownerOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** State (OPEN when omitted). */
  status?: InputMaybe<TaskStatus>;
};

/** A party organization: the ward committee, a grassroots committee, a branch (chi bộ) or a party group (tổ đảng). Each has founded/dissolved dates so the tree can be read as of any day; a reorganised unit links to its predecessors. */
export type Organization = {
  /** Where the organization meets or is based. */
  address: Maybe<Scalars['String']['output']>;
  /** Organizations above it, from the ward committee down to its parent. */
  ancestors: Array<Organization>;
  /** Kind of branch (branches only). */
  branchKind: Maybe<BranchKind>;
  /** Organizations directly below that existed on the day (all, past and present, when allHistory is true). */
  children: Array<Organization>;
  /** Short code, unique among the children of one parent. */
  code: Scalars['String']['output'];
  /** When the record was created (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Depth in the tree: 0 for the ward committee. */
  depth: Scalars['Int']['output'];
  /** Day dissolved (first day it no longer exists). */
  dissolvedOn: Maybe<Scalars['Date']['output']>;
  /** Whether it exists on the day. */
  existsOn: Scalars['Boolean']['output'];
  /** Day founded (first day it exists). */
  foundedOn: Scalars['Date']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Level in the tree. */
  kind: OrganizationKind;
  /** Members on the day in this organization and everything below it. */
  memberCount: Scalars['Int']['output'];
  /** Memberships in this branch or party group: those active on the day, or the whole history with allHistory. */
  memberships: Array<Membership>;
  /** Name, e.g. "Chi bộ Tổ dân phố số 5". */
  name: Scalars['String']['output'];
  /** Free notes of the party office. */
  note: Maybe<Scalars['String']['output']>;
  /** Official members on the day in this organization and below (decides whether a branch may elect a committee). */
  officialMemberCount: Scalars['Int']['output'];
  /** The organization directly above. */
  parent: Maybe<Organization>;
  /** Id of the organization directly above. */
  parentId: Maybe<Scalars['ID']['output']>;
  /** Positions held in it on the day (its committee), or every term ever with allHistory. */
  positions: Array<Position>;
  /** Organizations it was formed from. */
  predecessors: Array<Organization>;
  /** The secretary (group leader for a party group) on the day. */
  secretary: Maybe<Member>;
  /** Organizations later formed from it. */
  successors: Array<Organization>;
  /** When the record was last changed (UTC). */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Version, raised by every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
  /** The ward it belongs to. */
  ward: Ward;
  /** Id of the ward. */
  wardId: Scalars['ID']['output'];
};


/** A party organization: the ward committee, a grassroots committee, a branch (chi bộ) or a party group (tổ đảng). Each has founded/dissolved dates so the tree can be read as of any day; a reorganised unit links to its predecessors. */
export type OrganizationChildrenArgs = {
  allHistory?: InputMaybe<Scalars['Boolean']['input']>;
  asOf: InputMaybe<Scalars['Date']['input']>;
};


/** A party organization: the ward committee, a grassroots committee, a branch (chi bộ) or a party group (tổ đảng). Each has founded/dissolved dates so the tree can be read as of any day; a reorganised unit links to its predecessors. */
export type OrganizationExistsOnArgs = {
  day: InputMaybe<Scalars['Date']['input']>;
};


/** A party organization: the ward committee, a grassroots committee, a branch (chi bộ) or a party group (tổ đảng). Each has founded/dissolved dates so the tree can be read as of any day; a reorganised unit links to its predecessors. */
export type OrganizationMemberCountArgs = {
  asOf: InputMaybe<Scalars['Date']['input']>;
};


/** A party organization: the ward committee, a grassroots committee, a branch (chi bộ) or a party group (tổ đảng). Each has founded/dissolved dates so the tree can be read as of any day; a reorganised unit links to its predecessors. */
export type OrganizationMembershipsArgs = {
  allHistory?: InputMaybe<Scalars['Boolean']['input']>;
  asOf: InputMaybe<Scalars['Date']['input']>;
};


/** A party organization: the ward committee, a grassroots committee, a branch (chi bộ) or a party group (tổ đảng). Each has founded/dissolved dates so the tree can be read as of any day; a reorganised unit links to its predecessors. */
export type OrganizationOfficialMemberCountArgs = {
  asOf: InputMaybe<Scalars['Date']['input']>;
};


/** A party organization: the ward committee, a grassroots committee, a branch (chi bộ) or a party group (tổ đảng). Each has founded/dissolved dates so the tree can be read as of any day; a reorganised unit links to its predecessors. */
export type OrganizationPositionsArgs = {
  allHistory?: InputMaybe<Scalars['Boolean']['input']>;
  asOf: InputMaybe<Scalars['Date']['input']>;
};


/** A party organization: the ward committee, a grassroots committee, a branch (chi bộ) or a party group (tổ đảng). Each has founded/dissolved dates so the tree can be read as of any day; a reorganised unit links to its predecessors. */
export type OrganizationSecretaryArgs = {
  asOf: InputMaybe<Scalars['Date']['input']>;
};

/** Filters for organizations; all given conditions must hold. List-valued fields match any of their values (a single value is accepted too). */
export type OrganizationFilter = {
  /** Only organizations that existed on this day (the tree as of a date). */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** Only branches of these kinds. */
  branchKind?: InputMaybe<Array<BranchKind>>;
  /** With parentId: include every level below, not only direct children. */
  descendants?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: only dissolved ones; false: only those not dissolved. */
  dissolved?: InputMaybe<Scalars['Boolean']['input']>;
  /** Dissolved within this range. */
  dissolvedOn?: InputMaybe<DateRange>;
  /** Founded within this range. */
  foundedOn?: InputMaybe<DateRange>;
  /** Only these organizations. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these levels, e.g. BRANCH. */
  kind?: InputMaybe<Array<OrganizationKind>>;
  /** Only children of this organization (all descendants with `descendants: true`). */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Words to find in the code or name, ignoring Vietnamese diacritics ("duc giang" finds "Đức Giang"). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only organizations of this ward. */
  wardId?: InputMaybe<Scalars['ID']['input']>;
};

/** Level of a party organization. */
export type OrganizationKind =
  /** Chi bộ: a party branch. */
  | 'BRANCH'
  /** Đảng ủy cơ sở: a grassroots committee under the ward committee, with branches of its own. */
  | 'GRASSROOTS_COMMITTEE'
  /** Tổ đảng: a party group inside a branch. */
  | 'PARTY_GROUP'
  /** Đảng ủy phường: the ward party committee. */
  | 'WARD_COMMITTEE';

/** One page of Organization records and the total matching the filter. */
export type OrganizationPage = {
  /** The records of this page, in the requested order. */
  items: Array<Organization>;
  /** Page size used (at most 100). */
  limit: Scalars['Int']['output'];
  /** Records skipped before this page. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter in all pages. */
  total: Scalars['Int']['output'];
};

/** One sort key for Organization lists. */
export type OrganizationSort = {
  /** Direction, ascending by default. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: OrganizationSortField;
};

/** Fields organizations can be sorted by; NAME follows Vietnamese alphabetical order. */
export type OrganizationSortField =
  | 'CODE'
  | 'DISSOLVED_ON'
  | 'FOUNDED_ON'
  | 'ID'
  | 'KIND'
  | 'NAME';

/** A position (chức vụ) held by a member in an organization for a dated term, e.g. branch secretary from 2025-07-01. */
export type Position = {
  /** When the record was created (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** First day of the term. */
  from: Scalars['Date']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Whether the term runs on the day (today when omitted). */
  isActive: Scalars['Boolean']['output'];
  /** The holder (null outside your scope). */
  member: Maybe<Member>;
  /** Id of the holder. */
  memberId: Scalars['ID']['output'];
  /** Decision or notes. */
  note: Maybe<Scalars['String']['output']>;
  /** The organization (null outside your scope). */
  organization: Maybe<Organization>;
  /** Id of the organization. */
  organizationId: Scalars['ID']['output'];
  /** The position. */
  role: PositionRole;
  /** First day after the term (open while serving). */
  to: Maybe<Scalars['Date']['output']>;
  /** When the record was last changed (UTC). */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Version, raised by every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
};


/** A position (chức vụ) held by a member in an organization for a dated term, e.g. branch secretary from 2025-07-01. */
export type PositionIsActiveArgs = {
  asOf: InputMaybe<Scalars['Date']['input']>;
};

/** Filters for positions; all given conditions must hold. */
export type PositionFilter = {
  /** Only terms running on this day. */
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  /** With organizationId: include organizations below it. */
  descendants?: InputMaybe<Scalars['Boolean']['input']>;
  /** Terms of this member. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** Terms in this organization (and below it with descendants). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these positions. */
  role?: InputMaybe<Array<PositionRole>>;
};

/** One page of Position records and the total matching the filter. */
export type PositionPage = {
  /** The records of this page, in the requested order. */
  items: Array<Position>;
  /** Page size used (at most 100). */
  limit: Scalars['Int']['output'];
  /** Records skipped before this page. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter in all pages. */
  total: Scalars['Int']['output'];
};

/** A position held for a dated term. */
export type PositionRole =
  /** Chi ủy viên (only where a branch committee is elected). */
  | 'BRANCH_COMMITTEE_MEMBER'
  /** Phó Bí thư chi bộ. */
  | 'BRANCH_DEPUTY_SECRETARY'
  /** Bí thư chi bộ. */
  | 'BRANCH_SECRETARY'
  /** Tổ phó tổ đảng. */
  | 'GROUP_DEPUTY_LEADER'
  /** Tổ trưởng tổ đảng. */
  | 'GROUP_LEADER'
  /** Ủy viên Ủy ban Kiểm tra. */
  | 'INSPECTION_COMMITTEE_MEMBER'
  /** Đảng ủy viên. */
  | 'WARD_COMMITTEE_MEMBER'
  /** Phó Bí thư Đảng ủy. */
  | 'WARD_DEPUTY_SECRETARY'
  /** Bí thư Đảng ủy. */
  | 'WARD_SECRETARY'
  /** Ủy viên Ban Thường vụ. */
  | 'WARD_STANDING_COMMITTEE_MEMBER';

/** One sort key for Position lists. */
export type PositionSort = {
  /** Direction, ascending by default. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: PositionSortField;
};

/** Fields positions can be sorted by. */
export type PositionSortField =
  | 'FROM'
  | 'ID'
  | 'ROLE'
  | 'TO';

/** Steps of a regular meeting, in order (12-HD/BTCTW, 2018). */
export type ProcedureStep =
  /** Thông qua chương trình. */
  | 'AGENDA_ADOPTED'
  /** Báo cáo tình hình đảng viên dự họp, vắng mặt và lý do. */
  | 'ATTENDANCE_REPORTED'
  /** Giới thiệu đại biểu. */
  | 'GUESTS_INTRODUCED'
  /** Đánh giá thực hiện nghị quyết tháng trước. */
  | 'LAST_RESOLUTION_REVIEWED'
  /** Thông qua biên bản. */
  | 'MINUTES_ADOPTED'
  /** Cử thư ký. */
  | 'MINUTE_TAKER_NAMED'
  /** Thảo luận nhiệm vụ tháng tới. */
  | 'NEXT_TASKS_DISCUSSED'
  /** Kết luận và biểu quyết nghị quyết. */
  | 'RESOLUTION_VOTED';

export type Query = {
  /** The audit trail, newest first (administrators and inspectors). */
  auditEntries: AuditEntryPage;
  /** One audit entry by id. */
  auditEntry: Maybe<AuditEntry>;
  /** One exemption by id, or null. */
  exemption: Maybe<Exemption>;
  /** Thời gian miễn sinh hoạt: periods filtered by member and day, paged. */
  exemptions: ExemptionPage;
  /** The signed-in user, or null. */
  me: Maybe<Viewer>;
  /** One meeting by id, or null. */
  meeting: Maybe<Meeting>;
  /** Alerts for the home page under an organization on a day (today when omitted); null outside your scope. */
  meetingAlerts: Maybe<MeetingAlerts>;
  /** One meeting rule set by id, or null. */
  meetingRuleSet: Maybe<MeetingRuleSet>;
  /** Meeting rule sets, oldest first. */
  meetingRuleSets: MeetingRuleSetPage;
  /** Meetings, filtered, sorted (latest first by default) and paged. */
  meetings: MeetingPage;
  /** One member by id, or null. */
  member: Maybe<Member>;
  /** One member task by id, or null. */
  memberTask: Maybe<MemberTask>;
  /** Members’ yearly tasks. */
  memberTasks: MemberTaskPage;
  /** Members matching a filter, sorted (Vietnamese roll order by default) and paged, with the total count. */
  members: MemberPage;
  /** Working members (not retired, not exempt on the day) of branches under the organization on the day who hold no task for the year from any branch. Roll order. */
  membersWithoutTask: MemberPage;
  /** One membership by id, or null. */
  membership: Maybe<Membership>;
  /** Memberships (who belonged where, when), filtered, sorted and paged. */
  memberships: MembershipPage;
  /** One organization by id, or null. */
  organization: Maybe<Organization>;
  /** Organizations matching a filter, sorted and paged (at most 100 per page), with the total count. */
  organizations: OrganizationPage;
  /** One position term by id, or null. */
  position: Maybe<Position>;
  /** Position terms, filtered, sorted and paged. */
  positions: PositionPage;
  /** One resolution by id, or null. */
  resolution: Maybe<Resolution>;
  /** One review entry by id, or null. */
  resolutionReview: Maybe<ResolutionReview>;
  /** Monthly review entries of resolutions, latest first. */
  resolutionReviews: ResolutionReviewPage;
  /** One task by id, or null. */
  resolutionTask: Maybe<ResolutionTask>;
  /** Resolution tasks: the task board. Filter overdueOn for overdue ones. */
  resolutionTasks: ResolutionTaskPage;
  /** Resolutions and conclusions, latest meeting first. */
  resolutions: ResolutionPage;
  /** Thời gian làm nhiệm vụ đặc biệt: periods filtered by member and day, paged. */
  specialDuties: SpecialDutyPage;
  /** One specialDuty by id, or null. */
  specialDuty: Maybe<SpecialDuty>;
  /** One thematic plan item by id, or null. */
  thematicPlanItem: Maybe<ThematicPlanItem>;
  /** Quarters of branches’ annual thematic plans. */
  thematicPlanItems: ThematicPlanItemPage;
  /** One ward by id, or null. */
  ward: Maybe<Ward>;
  /** Wards matching a filter, sorted and paged, with the total count. */
  wards: WardPage;
};


export type QueryAuditEntriesArgs = {
  filter: InputMaybe<AuditEntryFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditEntryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExemptionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExemptionsArgs = {
  filter: InputMaybe<ExemptionFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeetingAlertsArgs = {
  asOf: InputMaybe<Scalars['Date']['input']>;
  organizationId: Scalars['ID']['input'];
};


export type QueryMeetingRuleSetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeetingRuleSetsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMeetingsArgs = {
  filter: InputMaybe<MeetingFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort: InputMaybe<Array<MeetingSort>>;
};


export type QueryMemberArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMemberTaskArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMemberTasksArgs = {
  filter: InputMaybe<MemberTaskFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMembersArgs = {
  filter: InputMaybe<MemberFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort: InputMaybe<Array<MemberSort>>;
};


export type QueryMembersWithoutTaskArgs = {
  filter: MembersWithoutTaskFilter;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMembershipArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMembershipsArgs = {
  filter: InputMaybe<MembershipFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort: InputMaybe<Array<MembershipSort>>;
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  filter: InputMaybe<OrganizationFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort: InputMaybe<Array<OrganizationSort>>;
};


export type QueryPositionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPositionsArgs = {
  filter: InputMaybe<PositionFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort: InputMaybe<Array<PositionSort>>;
};


export type QueryResolutionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryResolutionReviewArgs = {
  id: Scalars['ID']['input'];
};


export type QueryResolutionReviewsArgs = {
  filter: InputMaybe<ResolutionReviewFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryResolutionTaskArgs = {
  id: Scalars['ID']['input'];
};


export type QueryResolutionTasksArgs = {
  filter: InputMaybe<ResolutionTaskFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort: InputMaybe<Array<ResolutionTaskSort>>;
};


export type QueryResolutionsArgs = {
  filter: InputMaybe<ResolutionFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySpecialDutiesArgs = {
  filter: InputMaybe<SpecialDutyFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySpecialDutyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryThematicPlanItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryThematicPlanItemsArgs = {
  filter: InputMaybe<ThematicPlanFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWardArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWardsArgs = {
  filter: InputMaybe<WardFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort: InputMaybe<Array<WardSort>>;
};

/** A resolution or conclusion (nghị quyết / kết luận) issued by a meeting: content, requirements, measures, and its tasks. */
export type Resolution = {
  /** The branch. */
  branch: Maybe<Organization>;
  /** Id of the branch. */
  branchId: Scalars['ID']['output'];
  /** Content. */
  content: Scalars['String']['output'];
  /** When the record was created (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Resolution or conclusion. */
  kind: ResolutionKind;
  /** Measures. */
  measures: Maybe<Scalars['String']['output']>;
  /** The meeting that issued it. */
  meeting: Maybe<Meeting>;
  /** Id of the meeting. */
  meetingId: Scalars['ID']['output'];
  /** Requirements. */
  requirements: Maybe<Scalars['String']['output']>;
  /** Monthly review entries, oldest first. */
  reviews: Array<ResolutionReview>;
  /** Tasks, by deadline. */
  tasks: Array<ResolutionTask>;
  /** Title. */
  title: Scalars['String']['output'];
  /** When the record was last changed (UTC). */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Version, raised by every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
};

/** Filters for resolutions. */
export type ResolutionFilter = {
  /** With organizationId: include branches below it. */
  descendants?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these ids. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Issued by this meeting. */
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  /** Of this branch (or below this organization with descendants). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};

/** Nghị quyết or kết luận. */
export type ResolutionKind =
  /** Kết luận. */
  | 'CONCLUSION'
  /** Nghị quyết. */
  | 'RESOLUTION';

/** One page of Resolution records and the total matching the filter. */
export type ResolutionPage = {
  /** The records of this page, in the requested order. */
  items: Array<Resolution>;
  /** Page size used (at most 100). */
  limit: Scalars['Int']['output'];
  /** Records skipped before this page. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter in all pages. */
  total: Scalars['Int']['output'];
};

/** A monthly review entry of a resolution’s implementation: progress noted, a member praised, or a member corrected. */
export type ResolutionReview = {
  /** When the record was created (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Progress, praise or correction. */
  kind: ReviewKind;
  /** Member praised or corrected. */
  member: Maybe<Member>;
  /** Id of that member. */
  memberId: Maybe<Scalars['ID']['output']>;
  /** What was said. */
  note: Scalars['String']['output'];
  /** The resolution. */
  resolution: Maybe<Resolution>;
  /** Id of the resolution. */
  resolutionId: Scalars['ID']['output'];
  /** Id of the meeting at which it was reviewed. */
  reviewMeetingId: Maybe<Scalars['ID']['output']>;
  /** Day of the review. */
  reviewedOn: Scalars['Date']['output'];
  /** When the record was last changed (UTC). */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Version, raised by every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
};

/** Filters for review entries. */
export type ResolutionReviewFilter = {
  /** With organizationId: include branches below it. */
  descendants?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these ids. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Of this branch (or below this organization with descendants). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Entries of this resolution. */
  resolutionId?: InputMaybe<Scalars['ID']['input']>;
};

/** One page of ResolutionReview records and the total matching the filter. */
export type ResolutionReviewPage = {
  /** The records of this page, in the requested order. */
  items: Array<ResolutionReview>;
  /** Page size used (at most 100). */
  limit: Scalars['Int']['output'];
  /** Records skipped before this page. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter in all pages. */
  total: Scalars['Int']['output'];
};

/** A task of a resolution: what, who is responsible (a member or an organization), by when, and how far it is. */
export type ResolutionTask = {
  /** The branch. */
  branch: Maybe<Organization>;
  /** Id of the branch. */
  branchId: Scalars['ID']['output'];
  /** Day completed. */
  completedOn: Maybe<Scalars['Date']['output']>;
  /** When the record was created (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Deadline (the last day to complete it). */
  deadline: Scalars['Date']['output'];
  /** The task. */
  description: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Overdue on the day (today when omitted): not done or cancelled and past its deadline. */
  isOverdue: Scalars['Boolean']['output'];
  /** Responsible member. */
  ownerMember: Maybe<Member>;
  /** Id of the responsible member. */
  ownerMemberId: Maybe<Scalars['ID']['output']>;
  /** Responsible organization. */
  ownerOrganization: Maybe<Organization>;
  /** Id of the responsible organization. */
  ownerOrganizationId: Maybe<Scalars['ID']['output']>;
  /** The resolution. */
  resolution: Maybe<Resolution>;
  /** Id of the resolution. */
  resolutionId: Scalars['ID']['output'];
  /** State. */
  status: TaskStatus;
  /** When the record was last changed (UTC). */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Version, raised by every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
};


/** A task of a resolution: what, who is responsible (a member or an organization), by when, and how far it is. */
export type ResolutionTaskIsOverdueArgs = {
  asOf: InputMaybe<Scalars['Date']['input']>;
};

/** Filters for resolution tasks. */
export type ResolutionTaskFilter = {
  /** With organizationId: include branches below it. */
  descendants?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these ids. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Of this branch (or below this organization with descendants). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only tasks overdue on this day: not done or cancelled, deadline before the day. */
  overdueOn?: InputMaybe<Scalars['Date']['input']>;
  /** Owned by this member. */
  ownerMemberId?: InputMaybe<Scalars['ID']['input']>;
  /** Tasks of this resolution. */
  resolutionId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these states. */
  status?: InputMaybe<Array<TaskStatus>>;
};

/** One page of ResolutionTask records and the total matching the filter. */
export type ResolutionTaskPage = {
  /** The records of this page, in the requested order. */
  items: Array<ResolutionTask>;
  /** Page size used (at most 100). */
  limit: Scalars['Int']['output'];
  /** Records skipped before this page. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter in all pages. */
  total: Scalars['Int']['output'];
};

/** One sort key for ResolutionTask lists. */
export type ResolutionTaskSort = {
  /** Direction, ascending by default. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: ResolutionTaskSortField;
};

/** Fields resolution tasks can be sorted by. */
export type ResolutionTaskSortField =
  | 'DEADLINE'
  | 'ID'
  | 'STATUS';

/** A monthly review entry on a resolution. */
export type ReviewKind =
  /** Nhắc nhở, phê bình. */
  | 'CORRECTION'
  /** Biểu dương. */
  | 'PRAISE'
  /** Tiến độ. */
  | 'PROGRESS';

/** A user’s role, held over a subtree of the organization tree. */
export type Role =
  /** Party office: keeps the structure under their ward committee. */
  | 'ADMINISTRATOR'
  /** Reads everything but personal fields (phone, birth date, identity number, email, address). */
  | 'ANALYST'
  /** Branch secretary: their own branch. */
  | 'BRANCH_SECRETARY'
  /** Committee member: reads everything in the ward. */
  | 'COMMITTEE_MEMBER'
  /** Inspection committee: reads everything in the ward and the audit log. */
  | 'INSPECTOR';

/** A line of a meeting’s roster: a member of the organization on the meeting date, any exclusion, and the attendance recorded (null until the sheet is saved). */
export type RosterEntry = {
  /** Exempt or on special duty on the day: listed, recordable, not in the denominator. */
  exclusion: Maybe<AttendanceExclusion>;
  /** The member. */
  member: Maybe<Member>;
  /** The member. */
  memberId: Scalars['ID']['output'];
  /** The member’s party group on the day. */
  partyGroupId: Maybe<Scalars['ID']['output']>;
  /** Recorded reason (personal data). */
  reason: Maybe<Scalars['String']['output']>;
  /** Recorded status, or null when not yet recorded. */
  status: Maybe<AttendanceStatus>;
};

/** Ascending or descending order. */
export type SortDirection =
  | 'ASC'
  | 'DESC';

/** A period in which an armed-forces member is on special duty (làm nhiệm vụ đặc biệt) and left out of the attendance denominator. */
export type SpecialDuty = {
  /** When the record was created (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** First day on duty. */
  from: Scalars['Date']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The member (null outside your scope). */
  member: Maybe<Member>;
  /** Id of the member. */
  memberId: Scalars['ID']['output'];
  /** Notes (no operational details). */
  note: Maybe<Scalars['String']['output']>;
  /** First day back (open while on duty). */
  to: Maybe<Scalars['Date']['output']>;
  /** When the record was last changed (UTC). */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Version, raised by every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
};

/** Filters for special-duty periods. */
export type SpecialDutyFilter = {
  /** Only periods covering this day. */
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  /** Periods of this member. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
};

/** One page of SpecialDuty records and the total matching the filter. */
export type SpecialDutyPage = {
  /** The records of this page, in the requested order. */
  items: Array<SpecialDuty>;
  /** Page size used (at most 100). */
  limit: Scalars['Int']['output'];
  /** Records skipped before this page. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter in all pages. */
  total: Scalars['Int']['output'];
};

/** State of a resolution task. */
export type TaskStatus =
  /** Hủy. */
  | 'CANCELLED'
  /** Đã hoàn thành. */
  | 'DONE'
  /** Đang thực hiện. */
  | 'IN_PROGRESS'
  /** Chưa thực hiện. */
  | 'OPEN';

/** Filters for thematic plan items. */
export type ThematicPlanFilter = {
  /** With organizationId: include branches below it. */
  descendants?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these ids. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Of this branch (or below this organization with descendants). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Plans of this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** One quarter of a branch’s annual plan of thematic meetings, reported to the ward committee. */
export type ThematicPlanItem = {
  /** The branch. */
  branch: Maybe<Organization>;
  /** Id of the branch. */
  branchId: Scalars['ID']['output'];
  /** When the record was created (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Quarter, 1 to 4. */
  quarter: Scalars['Int']['output'];
  /** Day the plan was reported to the ward committee. */
  reportedOn: Maybe<Scalars['Date']['output']>;
  /** The topic. */
  title: Scalars['String']['output'];
  /** Topic area. */
  topicArea: ThematicTopicArea;
  /** When the record was last changed (UTC). */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Version, raised by every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
  /** Year of the plan. */
  year: Scalars['Int']['output'];
};

/** One page of ThematicPlanItem records and the total matching the filter. */
export type ThematicPlanItemPage = {
  /** The records of this page, in the requested order. */
  items: Array<ThematicPlanItem>;
  /** Page size used (at most 100). */
  limit: Scalars['Int']['output'];
  /** Records skipped before this page. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter in all pages. */
  total: Scalars['Int']['output'];
};

/** Topic areas of thematic meetings named by the plan. */
export type ThematicTopicArea =
  /** Phòng chống tham nhũng, lãng phí. */
  | 'ANTI_CORRUPTION'
  /** Thực hiện chỉ thị, nghị quyết, pháp luật. */
  | 'DIRECTIVES_AND_LAWS'
  /** Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. */
  | 'HO_CHI_MINH_THOUGHT'
  /** Chủ đề khác. */
  | 'OTHER'
  /** Xây dựng Đảng. */
  | 'PARTY_BUILDING'
  /** Lý luận chính trị, chuyên môn nghiệp vụ. */
  | 'POLITICAL_THEORY';

/** Moves a member to another branch from a day: the current membership ends that day and a new one starts. */
export type TransferMemberInput = {
  /** The receiving branch. */
  branchId: Scalars['ID']['input'];
  /** The member. */
  memberId: Scalars['ID']['input'];
  /** Reason or decision reference. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** First day in the new branch. */
  on: Scalars['Date']['input'];
  /** A party group of the receiving branch. */
  partyGroupId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to an exemption period. */
export type UpdateExemptionInput = {
  /** Decision reference. */
  decisionRef?: InputMaybe<Scalars['String']['input']>;
  /** First day exempt. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Reason. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** First day no longer exempt (null: still exempt). */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** The version you edited. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a meeting; omitted fields stay as they are. */
export type UpdateMeetingInput = {
  /** Agenda. */
  agenda?: InputMaybe<Scalars['String']['input']>;
  /** Chair: a member of the branch on the day. */
  chairId?: InputMaybe<Scalars['ID']['input']>;
  /** Day documents were sent. */
  documentsSentOn?: InputMaybe<Scalars['Date']['input']>;
  /** End time HH:MM, after the start. */
  endTime?: InputMaybe<Scalars['String']['input']>;
  /** Forms of content. */
  forms?: InputMaybe<Array<MeetingForm>>;
  /** Guests; replaces the list when given. */
  guests?: InputMaybe<Array<GuestInput>>;
  /** Held day (not in the future). */
  heldOn?: InputMaybe<Scalars['Date']['input']>;
  /** Regular, thematic or combined. */
  kind?: InputMaybe<MeetingKind>;
  /** Minute-taker: a member of the branch on the day. */
  minuteTakerId?: InputMaybe<Scalars['ID']['input']>;
  /** Minutes. */
  minutes?: InputMaybe<Scalars['String']['input']>;
  /** Held online (needs onlineReason). */
  online?: InputMaybe<Scalars['Boolean']['input']>;
  /** Why online. */
  onlineReason?: InputMaybe<Scalars['String']['input']>;
  /** Place. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** Planned day. */
  plannedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Start time HH:MM. */
  startTime?: InputMaybe<Scalars['String']['input']>;
  /** Procedure steps carried out. */
  stepsDone?: InputMaybe<Array<ProcedureStep>>;
  /** The quarter of the branch’s thematic plan this meeting carries out. */
  thematicPlanItemId?: InputMaybe<Scalars['ID']['input']>;
  /** Thematic topic (taken from the plan item when omitted). */
  thematicTopic?: InputMaybe<Scalars['String']['input']>;
  /** The version you edited. */
  version?: InputMaybe<Scalars['Int']['input']>;
  /** Abstentions. */
  votesAbstain?: InputMaybe<Scalars['Int']['input']>;
  /** Votes against. */
  votesAgainst?: InputMaybe<Scalars['Int']['input']>;
  /** Votes for. */
  votesFor?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a meeting rule set; omitted fields stay as they are. */
export type UpdateMeetingRuleSetInput = {
  /** Document date. */
  documentDate?: InputMaybe<Scalars['Date']['input']>;
  /** Document number. */
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  /** Documents this many days ahead. */
  documentsDaysAhead?: InputMaybe<Scalars['Int']['input']>;
  /** Every working member tasked each year. */
  everyWorkingMemberTasked?: InputMaybe<Scalars['Boolean']['input']>;
  /** Most excused absences in a row in a year. */
  maxConsecutiveExcused?: InputMaybe<Scalars['Int']['input']>;
  /** Minimum share present, e.g. 0.9. */
  minAttendanceShare?: InputMaybe<Scalars['Float']['input']>;
  /** Share must be exceeded (true) or reached (false). */
  minAttendanceStrict?: InputMaybe<Scalars['Boolean']['input']>;
  /** Minimum minutes of a combined meeting. */
  minMinutesCombined?: InputMaybe<Scalars['Int']['input']>;
  /** Minimum minutes. */
  minMinutesRegular?: InputMaybe<Scalars['Int']['input']>;
  /** Nobody absent without a reason. */
  noUnexcusedAbsence?: InputMaybe<Scalars['Boolean']['input']>;
  /** Required procedure steps. */
  procedure?: InputMaybe<Array<ProcedureStep>>;
  /** Regular meeting due by this day of the month. */
  regularByDay?: InputMaybe<Scalars['Int']['input']>;
  /** Supervisor rotation window in quarters. */
  rotationQuarters?: InputMaybe<Scalars['Int']['input']>;
  /** Thematic meetings per quarter. */
  thematicPerQuarter?: InputMaybe<Scalars['Int']['input']>;
  /** Title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** First day in force. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** First day no longer in force. */
  validTo?: InputMaybe<Scalars['Date']['input']>;
  /** The version you edited. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a member; omitted fields stay as they are. Use transferMember to change branch. */
export type UpdateMemberInput = {
  /** Home address. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Day admitted. */
  admittedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Birth date. */
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /** Party card number. */
  cardNumber?: InputMaybe<Scalars['String']['input']>;
  /** Email. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Full name. */
  fullName?: InputMaybe<Scalars['String']['input']>;
  /** Gender. */
  gender?: InputMaybe<Gender>;
  /** Citizen identity number. */
  identityNumber?: InputMaybe<Scalars['String']['input']>;
  /** Notes. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Occupation or workplace. */
  occupation?: InputMaybe<Scalars['String']['input']>;
  /** Day recognised official. */
  officialOn?: InputMaybe<Scalars['Date']['input']>;
  /** Phone. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Official or probationary. */
  status?: InputMaybe<MemberStatus>;
  /** The version you edited; a stale one is refused with CONFLICT. */
  version?: InputMaybe<Scalars['Int']['input']>;
  /** Working or retired. */
  workStatus?: InputMaybe<WorkStatus>;
};

/** Changes to a member task. */
export type UpdateMemberTaskInput = {
  /** Day assigned; the member must be in the branch that day. */
  assignedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The task. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The version you edited. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a membership; omitted fields stay as they are. */
export type UpdateMembershipInput = {
  /** The branch. */
  branchId?: InputMaybe<Scalars['ID']['input']>;
  /** First day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Notes. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** A party group of the branch (null to clear). */
  partyGroupId?: InputMaybe<Scalars['ID']['input']>;
  /** First day no longer in the branch (null: still there). */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** The version you edited. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to an organization; omitted fields stay as they are. The parent cannot change: a move is recorded by dissolving and founding a successor, so the past stays true. */
export type UpdateOrganizationInput = {
  /** Address. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Kind of branch. */
  branchKind?: InputMaybe<BranchKind>;
  /** Code. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Day dissolved (null to clear). */
  dissolvedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Day founded. */
  foundedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Notes. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the list of predecessors. */
  predecessorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The version you edited; a stale one is refused with CONFLICT. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a position term; omitted fields stay as they are. */
export type UpdatePositionInput = {
  /** First day of the term. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Decision or notes. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The position. */
  role?: InputMaybe<PositionRole>;
  /** First day after the term (null: still serving). */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** The version you edited. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a resolution; omitted fields stay as they are. */
export type UpdateResolutionInput = {
  /** Content. */
  content?: InputMaybe<Scalars['String']['input']>;
  /** Resolution or conclusion. */
  kind?: InputMaybe<ResolutionKind>;
  /** Measures. */
  measures?: InputMaybe<Scalars['String']['input']>;
  /** Requirements. */
  requirements?: InputMaybe<Scalars['String']['input']>;
  /** Title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version you edited. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a review entry. */
export type UpdateResolutionReviewInput = {
  /** Progress, praise or correction. */
  kind?: InputMaybe<ReviewKind>;
  /** Member praised or corrected. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** What was said. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The meeting at which it was reviewed. */
  reviewMeetingId?: InputMaybe<Scalars['ID']['input']>;
  /** Day of the review. */
  reviewedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The version you edited. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a task; omitted fields stay as they are. */
export type UpdateResolutionTaskInput = {
  /** Day completed (today when marked done without one). */
  completedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Deadline, not before the meeting. */
  deadline?: InputMaybe<Scalars['Date']['input']>;
  /** The task. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Responsible member (a member of the branch on the meeting day). Give this or ownerOrganizationId. */
  ownerMemberId?: InputMaybe<Scalars['ID']['input']>;
  /** Responsible organization (the branch or one of its party groups). */
  ownerOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** State (OPEN when omitted). */
  status?: InputMaybe<TaskStatus>;
  /** The version you edited. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a special-duty period. */
export type UpdateSpecialDutyInput = {
  /** First day on duty. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Notes. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** First day back (null: still on duty). */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** The version you edited. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a thematic plan item. */
export type UpdateThematicPlanItemInput = {
  /** Quarter, 1 to 4. */
  quarter?: InputMaybe<Scalars['Int']['input']>;
  /** Day reported to the ward committee. */
  reportedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The topic. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Topic area. */
  topicArea?: InputMaybe<ThematicTopicArea>;
  /** The version you edited. */
  version?: InputMaybe<Scalars['Int']['input']>;
  /** Year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a ward; omitted fields stay as they are. */
export type UpdateWardInput = {
  /** Code. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Day dissolved (null to clear). */
  dissolvedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Day established. */
  foundedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Replaces the list of wards it was merged from. */
  mergedFromIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The version you edited; a stale one is refused with CONFLICT. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** The signed-in user. */
export type Viewer = {
  /** What the role may do. */
  can: Capabilities;
  /** Name shown in the panel. */
  displayName: Scalars['String']['output'];
  /** User id. */
  id: Scalars['ID']['output'];
  /** The organization whose subtree the role covers. */
  organization: Maybe<Organization>;
  /** The organization whose subtree the role covers. */
  organizationId: Scalars['ID']['output'];
  /** Role. */
  role: Role;
  /** Login name. */
  username: Scalars['String']['output'];
};

/** A ward (phường): an administrative unit. Wards are merged and dissolved; a new ward links to the units it came from. */
export type Ward = {
  /** Short code, unique among wards (e.g. "LONG-BIEN"). */
  code: Scalars['String']['output'];
  /** The ward party committee (root of its tree) existing today, or the latest one. */
  committee: Maybe<Organization>;
  /** When the record was created (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Day the ward was dissolved or merged away (first day it no longer exists). */
  dissolvedOn: Maybe<Scalars['Date']['output']>;
  /** Day the ward was established (first day it exists). */
  foundedOn: Scalars['Date']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Wards it was merged from. */
  mergedFrom: Array<Ward>;
  /** Wards later formed by merging this one. */
  mergedInto: Array<Ward>;
  /** Official name, e.g. "Phường Long Biên". */
  name: Scalars['String']['output'];
  /** When the record was last changed (UTC). */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Version, raised by every change; send it back with an update to detect concurrent edits. */
  version: Scalars['Int']['output'];
};

/** Filters for wards; all given conditions must hold. */
export type WardFilter = {
  /** Only wards that existed on this day. */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** Founded within this range. */
  foundedOn?: InputMaybe<DateRange>;
  /** Only these wards. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Words to find in code or name, ignoring diacritics. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** One page of Ward records and the total matching the filter. */
export type WardPage = {
  /** The records of this page, in the requested order. */
  items: Array<Ward>;
  /** Page size used (at most 100). */
  limit: Scalars['Int']['output'];
  /** Records skipped before this page. */
  offset: Scalars['Int']['output'];
  /** How many records match the filter in all pages. */
  total: Scalars['Int']['output'];
};

/** One sort key for Ward lists. */
export type WardSort = {
  /** Direction, ascending by default. */
  direction?: SortDirection;
  /** The field to sort by. */
  field: WardSortField;
};

/** Fields wards can be sorted by; NAME follows Vietnamese alphabetical order. */
export type WardSortField =
  | 'CODE'
  | 'FOUNDED_ON'
  | 'ID'
  | 'NAME';

/** Whether the member is working or retired. */
export type WorkStatus =
  /** Đã nghỉ hưu. */
  | 'RETIRED'
  /** Đang công tác. */
  | 'WORKING';
