import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.type';
import { Member } from '../member/member.entity';
import { Organization } from '../organization/organization.entity';
import { InChargeCompliance, ProposedVisit, StandingMemberCompliance, SupervisionCompliance, UnplacedMember } from './supervision.type';
import { SupervisorAssignment } from './supervisor-assignment.entity';

/** The member and branch behind each row of the compliance view and the planner's proposal, through the loaders. */
const member = (row: { memberId: string }, { loaders }: Context) => loaders.member().load(Number(row.memberId));
const branch = (row: { branchId: string }, { loaders }: Context) => loaders.organization().load(Number(row.branchId));

@Resolver(() => StandingMemberCompliance)
export class StandingMemberComplianceResolver {
  @FieldResolver(() => Member, { nullable: true, description: 'The standing member.' })
  member(@Root() row: StandingMemberCompliance, @Ctx() ctx: Context) { return member(row, ctx); }
}

@Resolver(() => InChargeCompliance)
export class InChargeComplianceResolver {
  @FieldResolver(() => Member, { nullable: true, description: 'The member in charge.' })
  member(@Root() row: InChargeCompliance, @Ctx() ctx: Context) { return member(row, ctx); }

  @FieldResolver(() => Organization, { nullable: true, description: 'The branch.' })
  branch(@Root() row: InChargeCompliance, @Ctx() ctx: Context) { return branch(row, ctx); }
}

@Resolver(() => ProposedVisit)
export class ProposedVisitResolver {
  @FieldResolver(() => Member, { nullable: true, description: 'The standing member.' })
  member(@Root() row: ProposedVisit, @Ctx() ctx: Context) { return member(row, ctx); }

  @FieldResolver(() => Organization, { nullable: true, description: 'The branch.' })
  branch(@Root() row: ProposedVisit, @Ctx() ctx: Context) { return branch(row, ctx); }
}

@Resolver(() => UnplacedMember)
export class UnplacedMemberResolver {
  @FieldResolver(() => Member, { nullable: true, description: 'The member.' })
  member(@Root() row: UnplacedMember, @Ctx() ctx: Context) { return member(row, ctx); }
}

@Resolver(() => SupervisionCompliance)
export class SupervisionComplianceResolver {
  @FieldResolver(() => [SupervisorAssignment], { description: 'Rotation visits whose planned meeting has passed without the member recorded as a guest.' })
  missedPlannedVisits(@Root() row: SupervisionCompliance): SupervisorAssignment[] { return row.missedPlannedVisits; }

  @FieldResolver(() => [Organization], { description: 'Branches existing on asOf that no committee member has visited since 1 January.' })
  branchesWithoutVisitThisYear(@Root() row: SupervisionCompliance, @Ctx() { loaders }: Context) { return loaders.primeOrganizations(row.branchesWithoutVisitThisYear); }
}
