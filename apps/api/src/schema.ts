import 'reflect-metadata';
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
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
import { assertAccess, authChecker, rootAccess } from './shared/auth-guard';
import { inputBounds } from './shared/input-limits';
import { BranchFindingResolver, MeetingAlertsResolver, MemberAttendanceAlertResolver } from './modules/indicators/alerts.resolver';
import { IndicatorGroupRowResolver, IndicatorRowResolver, IndicatorsResolver } from './modules/indicators/indicators.resolver';
import { AttendanceResolver, MeetingGuestResolver, RosterEntryResolver } from './modules/meeting/attendance.resolver';
import { MeetingResolver } from './modules/meeting/meeting.resolver';
import { MeetingLengthDecisionResolver } from './modules/meeting-rule-set/length-decision.resolver';
import { MeetingRuleSetResolver } from './modules/meeting-rule-set/meeting-rule-set.resolver';
import { MemberTaskResolver } from './modules/member-task/member-task.resolver';
import { ResolutionReviewResolver } from './modules/resolution/resolution-review.resolver';
import { ResolutionTaskResolver } from './modules/resolution/resolution-task.resolver';
import { ResolutionResolver } from './modules/resolution/resolution.resolver';
import { ThematicPlanItemResolver } from './modules/thematic-plan/thematic-plan.resolver';
import { PilotResolver } from './modules/pilot/pilot.resolver';
import { AnnualRatingResolver, BranchRatingResolver, BranchRatingsResolver, MemberRatingResolver, MemberRatingsResolver } from './modules/annual-rating/annual-rating.resolver';
import {
  InChargeComplianceResolver, ProposedVisitResolver, StandingMemberComplianceResolver, SupervisionComplianceResolver, UnplacedMemberResolver,
} from './modules/supervision/supervision-rows.resolver';
import { SupervisorAssignmentResolver } from './modules/supervision/supervision.resolver';

let cached: Promise<GraphQLSchema> | undefined;

/**
 * Guards every root field before its resolver: the access it declares (`@Authorized`), then the input bounds. Not
 * type-graphql's global middlewares: those wrap every field of every row as well (some 800 calls for a page of
 * branches), where these checks have nothing to do. Fails when a root field declares no access.
 */
function guardRootFields(schema: GraphQLSchema): GraphQLSchema {
  const access = rootAccess(schema);
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const resolve = field.resolve ?? defaultFieldResolver;
      const declared = access.get(field.name) as NonNullable<ReturnType<typeof access.get>>;
      field.resolve = async (root, args, context: Context, info) => {
        assertAccess(context.viewer, declared);
        return inputBounds({ root, args, context, info }, async () => resolve(root, args, context, info));
      };
    }
  }
  return schema;
}

/** The resolvers of the API. */
export const RESOLVERS: NonEmptyArray<Function> = [
  AuthResolver, ViewerResolver, AuditResolver, WardResolver, OrganizationResolver, MemberResolver, MembershipResolver, PositionResolver, ExemptionResolver, SpecialDutyResolver,
  MeetingRuleSetResolver, MeetingLengthDecisionResolver, MeetingResolver, RosterEntryResolver, MeetingGuestResolver, AttendanceResolver, ResolutionResolver, ResolutionTaskResolver,
  ResolutionReviewResolver, ThematicPlanItemResolver, MemberTaskResolver, MeetingAlertsResolver, MemberAttendanceAlertResolver, BranchFindingResolver, IndicatorsResolver, IndicatorGroupRowResolver, IndicatorRowResolver,
  SupervisorAssignmentResolver, StandingMemberComplianceResolver, InChargeComplianceResolver, ProposedVisitResolver, UnplacedMemberResolver,
  SupervisionComplianceResolver, PilotResolver,
  AnnualRatingResolver, BranchRatingResolver, MemberRatingResolver, BranchRatingsResolver, MemberRatingsResolver,
];

/** Builds a schema from resolvers, every root field guarded by the access it declares. */
export async function buildAppSchema(resolvers: NonEmptyArray<Function>): Promise<GraphQLSchema> {
  return guardRootFields(await buildSchema({ resolvers, authChecker, validate: false, emitSchemaFile: false }));
}

/** Builds the GraphQL schema once per process from the resolvers. */
export function createSchema(): Promise<GraphQLSchema> {
  cached ??= buildAppSchema(RESOLVERS);
  return cached;
}
