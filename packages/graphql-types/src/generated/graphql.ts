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
  /** Reason (age, health). */
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
  /** Changes the password; every other session ends and this one gets a new id. */
  changePassword: Scalars['Boolean']['output'];
  /** Records a period (Thời gian miễn sinh hoạt); periods of one member never overlap. */
  createExemption: Exemption;
  /** Creates a member, optionally with their first membership. */
  createMember: Member;
  /** Records a membership (use transferMember for an ordinary move). */
  createMembership: Membership;
  /** Creates an organization. Refused with BAD_USER_INPUT / NOT_FOUND / CONFLICT naming the field. */
  createOrganization: Organization;
  /** Records a position term. A branch committee seat needs at least 9 official members (rule set in force); at most 7 seats. */
  createPosition: Position;
  /** Records a period (Thời gian làm nhiệm vụ đặc biệt); periods of one member never overlap. */
  createSpecialDuty: SpecialDuty;
  /** Creates a ward. */
  createWard: Ward;
  /** Deletes a period (Thời gian miễn sinh hoạt) entered by mistake. */
  deleteExemption: Exemption;
  /** Deletes a member entered by mistake, with their dated records. */
  deleteMember: Member;
  /** Deletes a membership entered by mistake. */
  deleteMembership: Membership;
  /** Deletes an organization entered by mistake. One with history is refused with CONFLICT: dissolve it instead. */
  deleteOrganization: Organization;
  /** Deletes a term entered by mistake (end a real one by setting `to`). */
  deletePosition: Position;
  /** Deletes a period (Thời gian làm nhiệm vụ đặc biệt) entered by mistake. */
  deleteSpecialDuty: SpecialDuty;
  /** Deletes a ward entered by mistake; a ward with organizations is refused with CONFLICT. */
  deleteWard: Ward;
  /** Signs in and sets the session cookie (HttpOnly, SameSite=Strict). Wrong credentials: UNAUTHENTICATED; too many failures: TOO_MANY_REQUESTS. */
  login: Viewer;
  /** Ends the session. */
  logout: Scalars['Boolean']['output'];
  /** Transfers a member to another branch from a day, keeping the old membership as history. */
  transferMember: Membership;
  /** Corrects or ends a period (Thời gian miễn sinh hoạt). */
  updateExemption: Exemption;
  /** Updates a member’s own fields. */
  updateMember: Member;
  /** Corrects a membership. */
  updateMembership: Membership;
  /** Updates an organization (dissolve it by setting dissolvedOn). */
  updateOrganization: Organization;
  /** Corrects or ends a position term. */
  updatePosition: Position;
  /** Corrects or ends a period (Thời gian làm nhiệm vụ đặc biệt). */
  updateSpecialDuty: SpecialDuty;
  /** Updates a ward. */
  updateWard: Ward;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCreateExemptionArgs = {
  input: CreateExemptionInput;
};


export type MutationCreateMemberArgs = {
  input: CreateMemberInput;
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


export type MutationCreateSpecialDutyArgs = {
  input: CreateSpecialDutyInput;
};


export type MutationCreateWardArgs = {
  input: CreateWardInput;
};


export type MutationDeleteExemptionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteMemberArgs = {
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


export type MutationDeleteSpecialDutyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteWardArgs = {
  id: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationTransferMemberArgs = {
  input: TransferMemberInput;
};


export type MutationUpdateExemptionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateExemptionInput;
};


export type MutationUpdateMemberArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMemberInput;
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


export type MutationUpdateSpecialDutyArgs = {
  id: Scalars['ID']['input'];
  input: UpdateSpecialDutyInput;
};


export type MutationUpdateWardArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWardInput;
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
  /** One member by id, or null. */
  member: Maybe<Member>;
  /** Members matching a filter, sorted (Vietnamese roll order by default) and paged, with the total count. */
  members: MemberPage;
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
  /** Thời gian làm nhiệm vụ đặc biệt: periods filtered by member and day, paged. */
  specialDuties: SpecialDutyPage;
  /** One specialDuty by id, or null. */
  specialDuty: Maybe<SpecialDuty>;
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


export type QueryMemberArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMembersArgs = {
  filter: InputMaybe<MemberFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort: InputMaybe<Array<MemberSort>>;
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


export type QuerySpecialDutiesArgs = {
  filter: InputMaybe<SpecialDutyFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySpecialDutyArgs = {
  id: Scalars['ID']['input'];
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
