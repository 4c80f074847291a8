import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ExemptionResolver } from './modules/exemption/exemption.resolver';
import { MemberResolver } from './modules/member/member.resolver';
import { MembershipResolver } from './modules/membership/membership.resolver';
import { OrganizationResolver } from './modules/organization/organization.resolver';
import { PositionResolver } from './modules/position/position.resolver';
import { SpecialDutyResolver } from './modules/special-duty/special-duty.resolver';
import { WardResolver } from './modules/ward/ward.resolver';
import { AuditResolver } from './modules/audit/audit.resolver';
import { AuthResolver, ViewerResolver } from './modules/auth/auth.resolver';
import { authGuard } from './shared/auth-guard';
import { inputBounds } from './shared/input-limits';
import { MeetingAlertsResolver, MemberAttendanceAlertResolver } from './modules/meeting/alerts.resolver';
import { AttendanceResolver, MeetingGuestResolver, MeetingResolver, RosterEntryResolver } from './modules/meeting/meeting.resolver';
import { MemberTaskResolver, ThematicPlanItemResolver } from './modules/meeting/plan.resolver';
import { ResolutionResolver, ResolutionReviewResolver, ResolutionTaskResolver } from './modules/meeting/resolution.resolver';
import { MeetingRuleSetResolver } from './modules/meeting/rule-set.resolver';

let cached: Promise<GraphQLSchema> | undefined;

/** Builds the GraphQL schema once per process from the resolvers. */
export function createSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: [
      AuthResolver, ViewerResolver, AuditResolver, WardResolver, OrganizationResolver, MemberResolver, MembershipResolver, PositionResolver, ExemptionResolver, SpecialDutyResolver,
      MeetingRuleSetResolver, MeetingResolver, RosterEntryResolver, MeetingGuestResolver, AttendanceResolver, ResolutionResolver, ResolutionTaskResolver,
      ResolutionReviewResolver, ThematicPlanItemResolver, MemberTaskResolver, MeetingAlertsResolver, MemberAttendanceAlertResolver,
    ],
    validate: false,
    globalMiddlewares: [authGuard, inputBounds],
    emitSchemaFile: false,
  });
  return cached;
}
