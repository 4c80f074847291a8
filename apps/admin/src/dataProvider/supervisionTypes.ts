import type {
  ComplianceFigure,
  InChargeCompliance,
  Meeting,
  Pilot,
  PilotRatio,
  ProposedVisit,
  RotationProposal,
  StandingMemberCompliance,
  SupervisionCompliance,
  SupervisorAssignment,
  UnplacedMember,
} from '@chibo/graphql-types';
import type { BranchRef, MemberRef } from './types';

/**
 * Supervision from above and pilots, as the panel reads them: each type is exactly the selection in
 * ./documents.ts (SUPERVISOR_ASSIGNMENT, SUPERVISION_COMPLIANCE, ROTATION_PROPOSAL, PILOT, PILOT_RATIOS).
 */

export type PlannedMeetingRef = Pick<Meeting, 'id' | 'kind' | 'plannedOn' | 'heldOn'>;

/** A member assigned to a branch: in charge for a term, or a standing committee member's visit in a quarter. */
export type SupervisorAssignmentRecord = Pick<
  SupervisorAssignment,
  'id' | 'version' | 'kind' | 'quarter' | 'from' | 'to' | 'note' | 'memberId' | 'branchId' | 'plannedMeetingId'
> & {
  /** Null for a member outside the viewer's reach or personal data. */
  member: MemberRef | null;
  branch: BranchRef | null;
  plannedMeeting: PlannedMeetingRef | null;
};

export type FigureRecord = Pick<ComplianceFigure, 'numerator' | 'denominator' | 'rate'>;

export type StandingMemberLine = Pick<
  StandingMemberCompliance,
  'memberId' | 'visits' | 'branchIds' | 'attended' | 'rotationRespected' | 'repeatedBranchIds'
> & { member: MemberRef | null };

export type InChargeLine = Pick<InChargeCompliance, 'assignmentId' | 'memberId' | 'branchId' | 'visits' | 'attended'> & {
  member: MemberRef | null;
  branch: BranchRef | null;
};

/** A quarter's supervision under a committee; `id` is the committee (react-admin caches records by id). */
export type SupervisionComplianceRecord = Pick<SupervisionCompliance, 'organizationId' | 'quarter' | 'asOf' | 'rotationQuarters'> & {
  id: string;
  standing: FigureRecord;
  inCharge: FigureRecord;
  standingMembers: StandingMemberLine[];
  inChargeAssignments: InChargeLine[];
  missedPlannedVisits: SupervisorAssignmentRecord[];
  branchesWithoutVisitThisYear: BranchRef[];
};

export type ProposedVisitRecord = Pick<ProposedVisit, 'memberId' | 'branchId' | 'day' | 'meetingId' | 'reasons' | 'reasonCodes'> & {
  member: MemberRef | null;
  branch: BranchRef | null;
};

export type UnplacedRecord = Pick<UnplacedMember, 'memberId' | 'reason' | 'code'> & { member: MemberRef | null };

/** The planner's proposal; `id` is the committee it was asked for. */
export type RotationProposalRecord = Pick<RotationProposal, 'quarter' | 'complete' | 'explanation' | 'constraints'> & {
  id: string;
  visits: ProposedVisitRecord[];
  unplaced: UnplacedRecord[];
};

export type PilotRecord = Pick<Pilot, 'id' | 'version' | 'year' | 'kind' | 'note' | 'branchId' | 'guideIds'> & {
  branch: BranchRef | null;
  guides: MemberRef[];
};

export type PilotRatioLine = Pick<PilotRatio, 'kind' | 'chosen' | 'branches' | 'rate' | 'min' | 'max' | 'warning' | 'documentNumber'>;

/** A year's pilot shares under a committee; `id` is the committee. */
export interface PilotRatiosRecord {
  id: string;
  items: PilotRatioLine[];
}
