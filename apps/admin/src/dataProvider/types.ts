import type {
  AuditAction,
  AuditEntry,
  BranchFinding,
  Exemption,
  Meeting,
  MeetingAlerts,
  MeetingFinding,
  MeetingGuest,
  MeetingLengthDecision,
  MeetingRuleSet,
  Member,
  MemberAttendanceAlert,
  Membership,
  MemberTask,
  OfficialShortfall,
  Organization,
  Position,
  Resolution,
  ResolutionReview,
  ResolutionTask,
  RosterEntry,
  SpecialDuty,
  ThematicPlanItem,
  Ward,
} from '@chibo/graphql-types';

/**
 * The shapes of the records the panel reads: each is exactly the field selection in ./documents.ts, so
 * components get types that match what the server sends rather than the whole schema type.
 */

export type Ref = { id: string; name: string };
export type OrganizationRef = Pick<Organization, 'id' | 'name' | 'kind'>;
export type MemberRef = Pick<Member, 'id' | 'fullName'>;

export type WardRecord = Pick<Ward, 'id' | 'version' | 'code' | 'name' | 'foundedOn' | 'dissolvedOn'> & {
  mergedFrom: Ref[];
  mergedInto?: Ref[];
  committee: Ref | null;
  /** Derived from mergedFrom so the edit form can bind a ReferenceArrayInput to it. */
  mergedFromIds: string[];
};

/** How many official members a branch lacks under the structure rule set in force. */
export type ShortfallRecord = Pick<OfficialShortfall, 'minimum' | 'actual' | 'shortfall' | 'documentNumber' | 'documentDate'>;

export type OrganizationRecord = Pick<
  Organization,
  | 'id'
  | 'version'
  | 'code'
  | 'name'
  | 'kind'
  | 'branchKind'
  | 'depth'
  | 'parentId'
  | 'wardId'
  | 'foundedOn'
  | 'dissolvedOn'
  | 'address'
  | 'memberCount'
  | 'officialMemberCount'
> & {
  parent: OrganizationRef | null;
  secretary: MemberRef | null;
  /** Null when the branch has enough official members (and for other organizations). */
  officialShortfall: ShortfallRecord | null;
  note?: string | null;
  ward?: Ref;
  ancestors?: OrganizationRef[];
  /** Units directly below today (getOne only). */
  children?: OrganizationRef[];
  predecessors?: Array<OrganizationRef & Pick<Organization, 'foundedOn' | 'dissolvedOn'>>;
  successors?: Array<OrganizationRef & Pick<Organization, 'foundedOn' | 'dissolvedOn'>>;
  /** Derived from predecessors (getOne only) for the edit form. */
  predecessorIds?: string[];
};

export type MembershipRecord = Pick<
  Membership,
  'id' | 'version' | 'memberId' | 'branchId' | 'partyGroupId' | 'from' | 'to' | 'note'
> & {
  member: Pick<Member, 'id' | 'fullName' | 'status'>;
  branch: Ref;
  partyGroup: Ref | null;
};

export type PositionRecord = Pick<
  Position,
  'id' | 'version' | 'role' | 'from' | 'to' | 'note' | 'memberId' | 'organizationId' | 'isActive'
> & {
  member: MemberRef;
  /** With its parent in lists: party groups are named alike ("Tổ đảng số 1") in every branch. */
  organization: OrganizationRef & { parent?: Ref | null };
};

export type ExemptionRecord = Pick<Exemption, 'id' | 'version' | 'memberId' | 'from' | 'to' | 'reason' | 'decisionRef'>;
export type SpecialDutyRecord = Pick<SpecialDuty, 'id' | 'version' | 'memberId' | 'from' | 'to' | 'note'>;

export type MemberRecord = Pick<
  Member,
  | 'id'
  | 'version'
  | 'fullName'
  | 'gender'
  | 'birthDate'
  | 'cardNumber'
  | 'phone'
  | 'status'
  | 'admittedOn'
  | 'officialOn'
  | 'workStatus'
  | 'retiredOn'
  | 'isExempt'
  | 'isOnSpecialDuty'
> & {
  branch: Ref | null;
  partyGroup: Ref | null;
  identityNumber?: string | null;
  email?: string | null;
  address?: string | null;
  occupation?: string | null;
  note?: string | null;
  currentMembership?: Pick<Membership, 'id' | 'from'> | null;
  memberships?: Array<Pick<Membership, 'id' | 'from' | 'to' | 'note'> & { branch: Ref; partyGroup: Ref | null }>;
  positions?: Array<Pick<Position, 'id' | 'role' | 'from' | 'to' | 'note'> & { organization: OrganizationRef }>;
  exemptions?: Array<Pick<Exemption, 'id' | 'from' | 'to' | 'reason' | 'decisionRef'>>;
  specialDuties?: Array<Pick<SpecialDuty, 'id' | 'from' | 'to' | 'note'>>;
};

export type { AuditAction };

/** One line of the audit log; before and after are the record's fields as JSON text; the hashes on show pages only. */
export type AuditEntryRecord = Pick<
  AuditEntry,
  'id' | 'at' | 'userId' | 'username' | 'ip' | 'action' | 'entity' | 'entityId' | 'before' | 'after'
> & { hash?: string; previousHash?: string };

/** A meeting's organization: a branch, or a party group with its branch. */
export type MeetingOrganization = OrganizationRef & { parentId?: string | null; parent?: Ref | null };

export type TaskRecord = Pick<
  ResolutionTask,
  'id' | 'version' | 'description' | 'deadline' | 'status' | 'completedOn' | 'isOverdue' | 'ownerMemberId' | 'ownerOrganizationId'
> & { ownerMember: MemberRef | null; ownerOrganization: OrganizationRef | null };

export type ResolutionSummary = Pick<Resolution, 'id' | 'version' | 'kind' | 'title' | 'content' | 'requirements' | 'measures'> & {
  tasks: TaskRecord[];
};

export type RosterLine = Pick<RosterEntry, 'memberId' | 'partyGroupId' | 'exclusion' | 'status' | 'reason'> & {
  member: MemberRef | null;
};

/** A rule shortfall with its figures, on a meeting's page or a branch's quarter. */
export type FindingRecord = Pick<
  MeetingFinding,
  'code' | 'documentNumber' | 'documentDate' | 'detail' | 'threshold' | 'actual' | 'unit' | 'decisionReference'
>;

export type MeetingRecord = Pick<
  Meeting,
  | 'id'
  | 'version'
  | 'organizationId'
  | 'branchId'
  | 'kind'
  | 'plannedOn'
  | 'heldOn'
  | 'month'
  | 'startTime'
  | 'endTime'
  | 'lengthMinutes'
  | 'place'
  | 'online'
  | 'onlineReason'
  | 'attendanceRecorded'
  | 'expectedCount'
  | 'presentCount'
  | 'excusedCount'
  | 'unexcusedCount'
  | 'attendanceRate'
  | 'findingCount'
  | 'thematicTopic'
> & {
  organization: MeetingOrganization | null;
  branch: (Ref & { parent?: Ref | null; ward?: Ref | null }) | null;
  findings: Array<Pick<MeetingFinding, 'code' | 'documentNumber'> & Partial<FindingRecord>>;
  // Pages only (getOne):
  forms?: string[];
  stepsDone?: string[];
  chairId?: string | null;
  minuteTakerId?: string | null;
  agenda?: string | null;
  thematicPlanItemId?: string | null;
  documentsSentOn?: string | null;
  minutes?: string | null;
  votesFor?: number | null;
  votesAgainst?: number | null;
  votesAbstain?: number | null;
  chair?: MemberRef | null;
  minuteTaker?: MemberRef | null;
  thematicPlanItem?: Pick<ThematicPlanItem, 'id' | 'year' | 'quarter' | 'topicArea' | 'title'> | null;
  /** A guest's member is null for an outside guest, and for a member outside the viewer's scope (the name stays). */
  guests?: Array<Pick<MeetingGuest, 'id' | 'name' | 'role' | 'memberId'> & { member?: (MemberRef & { branch: Ref | null }) | null }>;
  judgedBy?: JudgingRuleSet[];
  roster?: RosterLine[];
  resolutions?: ResolutionSummary[];
};

/** A rule set a meeting was judged by: its document, and the limits its findings' words name. */
export type JudgingRuleSet = Pick<MeetingRuleSet, 'id' | 'documentNumber' | 'documentDate' | 'title' | 'regularByDay'> &
  Pick<MeetingRuleSet, 'minAttendanceShare' | 'minAttendanceStrict' | 'maxConsecutiveExcused' | 'procedure'>;

export type ReviewRecord = Pick<
  ResolutionReview,
  'id' | 'version' | 'resolutionId' | 'reviewedOn' | 'kind' | 'note' | 'memberId' | 'reviewMeetingId'
> & { member: MemberRef | null };

export type ResolutionRecord = Pick<
  Resolution,
  'id' | 'version' | 'meetingId' | 'branchId' | 'kind' | 'title' | 'content' | 'requirements' | 'measures'
> & {
  meeting: (Pick<Meeting, 'id' | 'kind' | 'heldOn' | 'plannedOn'> & { organization: OrganizationRef | null }) | null;
  branch: Ref | null;
  tasks: Array<Pick<ResolutionTask, 'id' | 'status' | 'isOverdue'> & Partial<TaskRecord>>;
  reviews?: ReviewRecord[];
};

export type ResolutionTaskRecord = TaskRecord &
  Pick<ResolutionTask, 'resolutionId' | 'branchId'> & {
    branch: Ref | null;
    resolution: (Pick<Resolution, 'id' | 'kind' | 'title'> & { meeting: Pick<Meeting, 'id' | 'heldOn'> | null }) | null;
  };

export type ThematicPlanItemRecord = Pick<
  ThematicPlanItem,
  'id' | 'version' | 'branchId' | 'year' | 'quarter' | 'topicArea' | 'title' | 'reportedOn'
> & { branch: Ref | null };

export type MemberTaskRecord = Pick<MemberTask, 'id' | 'version' | 'memberId' | 'branchId' | 'year' | 'description' | 'assignedOn'> & {
  member: MemberRef | null;
  branch: Ref | null;
};

export type MeetingRuleSetRecord = Pick<
  MeetingRuleSet,
  | 'id'
  | 'version'
  | 'documentNumber'
  | 'documentDate'
  | 'title'
  | 'validFrom'
  | 'validTo'
  | 'regularByDay'
  | 'minAttendanceShare'
  | 'minAttendanceStrict'
  | 'noUnexcusedAbsence'
  | 'maxConsecutiveExcused'
  | 'minMinutesRegular'
  | 'minMinutesCombined'
  | 'documentsDaysAhead'
  | 'procedure'
  | 'everyWorkingMemberTasked'
  | 'thematicPerQuarter'
  | 'rotationQuarters'
  | 'localLengthAllowed'
>;

export type MeetingLengthDecisionRecord = Pick<
  MeetingLengthDecision,
  'id' | 'version' | 'organizationId' | 'branchKind' | 'minutes' | 'decisionReference' | 'validFrom' | 'validTo'
> & {
  organization: OrganizationRef | null;
  createdAt?: string;
  updatedAt?: string;
};

export type AttendanceAlert = Pick<MemberAttendanceAlert, 'memberId' | 'count' | 'documentNumber' | 'limit'> & {
  member: (MemberRef & { branch: Ref | null }) | null;
};

/** A branch in an alert's list, with its parent for the secretary's access check. */
export type BranchRef = OrganizationRef & { parentId?: string | null };

/** A quarter's findings under an organization; `id` is the organization (react-admin caches records by id). */
export interface BranchFindingsRecord {
  id: string;
  items: Array<Pick<BranchFinding, 'branchId'> & { branch: BranchRef | null; finding: FindingRecord }>;
}

/** The home page's alerts; `id` is the organization they are for (react-admin caches records by id). */
export type MeetingAlertsRecord = Pick<
  MeetingAlerts,
  'asOf' | 'month' | 'regularDueDay' | 'regularOverdue' | 'overdueTaskCount' | 'membersWithoutTaskCount' | 'quarter' | 'thematicDue'
> & {
  id: string;
  branchesWithoutRegularMeeting: BranchRef[];
  branchesWithoutThematicMeeting: BranchRef[];
  unexcusedMonths: AttendanceAlert[];
  excusedRuns: AttendanceAlert[];
};
