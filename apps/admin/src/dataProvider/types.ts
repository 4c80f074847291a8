import type {
  AuditAction,
  AuditEntry,
  Exemption,
  Member,
  Membership,
  Organization,
  Position,
  SpecialDuty,
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
