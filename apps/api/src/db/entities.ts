import { Exemption } from '../modules/exemption/exemption.entity';
import { Member } from '../modules/member/member.entity';
import { Membership } from '../modules/membership/membership.entity';
import { Organization } from '../modules/organization/organization.entity';
import { Position } from '../modules/position/position.entity';
import { SpecialDuty } from '../modules/special-duty/special-duty.entity';
import { Ward } from '../modules/ward/ward.entity';
import { AuditEntry } from '../modules/audit/audit-entry.entity';
import { LoginAttempt } from '../modules/auth/login-attempt.entity';
import { Session } from '../modules/auth/session.entity';
import { User } from '../modules/auth/user.entity';
import { MeetingRuleSet } from '../modules/meeting/meeting-rule-set.entity';
import { Attendance, Meeting, MeetingGuest } from '../modules/meeting/meeting.entity';
import { MemberTask, ThematicPlanItem } from '../modules/meeting/plan.entity';
import { Resolution, ResolutionReview, ResolutionTask } from '../modules/meeting/resolution.entity';

/** Every entity, listed explicitly so discovery needs no file globbing (works the same in dist and in tests). */
export const ENTITIES = [Ward, Organization, Member, Membership, Position, Exemption, SpecialDuty, User, Session, LoginAttempt, AuditEntry,
  MeetingRuleSet, ThematicPlanItem, MemberTask, Meeting, MeetingGuest, Attendance, Resolution, ResolutionTask, ResolutionReview,
];
