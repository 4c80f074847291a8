import { Exemption } from '../modules/exemption/exemption.entity';
import { Member } from '../modules/member/member.entity';
import { Membership } from '../modules/membership/membership.entity';
import { Organization } from '../modules/organization/organization.entity';
import { Position } from '../modules/position/position.entity';
import { SpecialDuty } from '../modules/special-duty/special-duty.entity';
import { Ward } from '../modules/ward/ward.entity';
import { Pilot, PilotGuide } from '../modules/pilot/pilot.entity';
import { SupervisorAssignment } from '../modules/supervision/supervisor-assignment.entity';
import { AuditEntry } from '../modules/audit/audit-entry.entity';
import { LoginAttempt } from '../modules/auth/login-attempt.entity';
import { Session } from '../modules/auth/session.entity';
import { User } from '../modules/auth/user.entity';
import { MeetingLengthDecision } from '../modules/meeting-rule-set/length-decision.entity';
import { MeetingRuleSet } from '../modules/meeting-rule-set/meeting-rule-set.entity';
import { Attendance } from '../modules/meeting/attendance.entity';
import { Meeting } from '../modules/meeting/meeting.entity';
import { MeetingGuest } from '../modules/meeting/meeting-guest.entity';
import { MemberTask } from '../modules/member-task/member-task.entity';
import { ThematicPlanItem } from '../modules/thematic-plan/thematic-plan.entity';
import { Resolution } from '../modules/resolution/resolution.entity';
import { ResolutionReview } from '../modules/resolution/resolution-review.entity';
import { ResolutionTask } from '../modules/resolution/resolution-task.entity';
import { AnnualRating } from '../modules/annual-rating/annual-rating.entity';

/** Every entity, listed explicitly so discovery needs no file globbing (works the same in dist and in tests). */
export const ENTITIES = [Ward, Organization, Member, Membership, Position, Exemption, SpecialDuty, User, Session, LoginAttempt, AuditEntry,
  MeetingRuleSet, MeetingLengthDecision, ThematicPlanItem, MemberTask, Meeting, MeetingGuest, Attendance, Resolution, ResolutionTask, ResolutionReview,
  SupervisorAssignment, Pilot, PilotGuide, AnnualRating,
];
