import 'reflect-metadata';
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { buildSchema, type MiddlewareFn } from 'type-graphql';
import type { Context } from './context.type';
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
import { MeetingAlertsResolver, MemberAttendanceAlertResolver } from './modules/indicators/alerts.resolver';
import { AttendanceResolver, MeetingGuestResolver, RosterEntryResolver } from './modules/meeting/attendance.resolver';
import { MeetingResolver } from './modules/meeting/meeting.resolver';
import { MeetingRuleSetResolver } from './modules/meeting-rule-set/meeting-rule-set.resolver';
import { MemberTaskResolver } from './modules/member-task/member-task.resolver';
import { ResolutionReviewResolver } from './modules/resolution/resolution-review.resolver';
import { ResolutionTaskResolver } from './modules/resolution/resolution-task.resolver';
import { ResolutionResolver } from './modules/resolution/resolution.resolver';
import { ThematicPlanItemResolver } from './modules/thematic-plan/thematic-plan.resolver';

let cached: Promise<GraphQLSchema> | undefined;

/** What every root field passes before its resolver: the session and role (authGuard), then the input bounds. */
const ROOT_GUARDS: MiddlewareFn<Context>[] = [authGuard, inputBounds];

/**
 * Applies ROOT_GUARDS to every root field. Not type-graphql's global middlewares: those wrap every field of every
 * row as well (some 800 calls for a page of branches), where these checks have nothing to do.
 */
function guardRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context: Context, info) => {
        const run = (i: number): Promise<unknown> =>
          i === ROOT_GUARDS.length
            ? Promise.resolve(resolve(root, args, context, info))
            : Promise.resolve(ROOT_GUARDS[i]({ root, args, context, info }, () => run(i + 1)));
        return run(0);
      };
    }
  }
  return schema;
}

/** Builds the GraphQL schema once per process from the resolvers. */
export function createSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: [
      AuthResolver, ViewerResolver, AuditResolver, WardResolver, OrganizationResolver, MemberResolver, MembershipResolver, PositionResolver, ExemptionResolver, SpecialDutyResolver,
      MeetingRuleSetResolver, MeetingResolver, RosterEntryResolver, MeetingGuestResolver, AttendanceResolver, ResolutionResolver, ResolutionTaskResolver,
      ResolutionReviewResolver, ThematicPlanItemResolver, MemberTaskResolver, MeetingAlertsResolver, MemberAttendanceAlertResolver,
    ],
    validate: false,
    emitSchemaFile: false,
  }).then(guardRootFields);
  return cached;
}
