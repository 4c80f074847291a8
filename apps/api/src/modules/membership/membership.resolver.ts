import { Authorized, Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { Access } from '../../shared/auth-guard';
import type { Context } from '../../context.type';
import { organizationScope, scoped } from '../../shared/scope';
import { activeOn, and, dateRangeConditionFor, listPage, orderBy } from '../../shared/crud';
import { parseId } from '../../shared/errors';
import { DateRange, Page, SortInput } from '../../shared/pagination';
import { DateScalar } from '../../shared/scalars';
import { Member } from '../member/member.entity';
import { Organization } from '../organization/organization.entity';
import { Membership } from './membership.entity';
import { createMembership, deleteMembership, updateMembership } from './membership.service';

export enum MembershipSortField { FROM = 'FROM', TO = 'TO', ID = 'ID' }
registerEnumType(MembershipSortField, { name: 'MembershipSortField', description: 'Fields memberships can be sorted by.' });
const MembershipSort = SortInput(MembershipSortField, 'Membership');
const MembershipPage = Page(Membership, 'Membership');
type MembershipPage = InstanceType<typeof MembershipPage>;

@InputType({ description: 'Filters for memberships; all given conditions must hold.' })
class MembershipFilter {
  @Field(() => ID, { nullable: true, description: 'Memberships of this member.' })
  memberId?: string;

  @Field(() => ID, { nullable: true, description: 'Memberships in this branch.' })
  branchId?: string;

  @Field(() => ID, { nullable: true, description: 'Memberships in this party group.' })
  partyGroupId?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Only those active on this day.' })
  activeOn?: string;

  @Field(() => DateRange, { nullable: true, description: 'Started within this range (joins).' })
  from?: DateRange;

  @Field(() => DateRange, { nullable: true, description: 'Ended within this range (departures).' })
  to?: DateRange;
}

@InputType({ description: 'A membership of a member in a branch.' })
class CreateMembershipInput {
  @Field(() => ID, { description: 'The member.' }) memberId!: string;
  @Field(() => ID, { description: 'The branch.' }) branchId!: string;
  @Field(() => ID, { nullable: true, description: 'A party group of the branch.' }) partyGroupId?: string | null;
  @Field(() => DateScalar, { description: 'First day.' }) from!: string;
  @Field(() => DateScalar, { nullable: true, description: 'First day no longer in the branch.' }) to?: string | null;
  @Field(() => String, { nullable: true, description: 'Notes.' }) note?: string | null;
}

@InputType({ description: 'Changes to a membership; omitted fields stay as they are.' })
class UpdateMembershipInput {
  @Field(() => Int, { nullable: true, description: 'The version you edited.' }) version?: number;
  @Field(() => ID, { nullable: true, description: 'The branch.' }) branchId?: string;
  @Field(() => ID, { nullable: true, description: 'A party group of the branch (null to clear).' }) partyGroupId?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'First day.' }) from?: string;
  @Field(() => DateScalar, { nullable: true, description: 'First day no longer in the branch (null: still there).' }) to?: string | null;
  @Field(() => String, { nullable: true, description: 'Notes.' }) note?: string | null;
}

@Resolver(() => Membership)
export class MembershipResolver {
  @Authorized(Access.SIGNED_IN)
  @Query(() => MembershipPage, { description: 'Memberships (who belonged where, when), filtered, sorted and paged.' })
  memberships(
    @Ctx() { em, viewer }: Context,
    @Arg('filter', () => MembershipFilter, { nullable: true }) filter?: MembershipFilter,
    @Arg('sort', () => [MembershipSort], { nullable: true, description: 'Sort keys; by start day when omitted.' }) sort?: InstanceType<typeof MembershipSort>[],
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0, description: 'Records to skip.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 25, description: 'Page size, 1 to 100.' }) limit?: number,
  ): Promise<MembershipPage> {
    const where = and(
      filter?.memberId != null && { member: parseId(filter.memberId, 'filter.memberId') },
      filter?.branchId != null && { branch: parseId(filter.branchId, 'filter.branchId') },
      filter?.partyGroupId != null && { partyGroup: parseId(filter.partyGroupId, 'filter.partyGroupId') },
      filter?.activeOn && activeOn(filter.activeOn),
      dateRangeConditionFor('from', filter?.from),
      dateRangeConditionFor('to', filter?.to),
      scoped('branch', viewer?.scopePath ?? '/'),
    );
    return listPage(em, Membership, where, orderBy(sort as never, { FROM: 'from', TO: 'to', ID: 'id' }, { from: 'desc' }), offset, limit);
  }

  @Authorized(Access.SIGNED_IN)
  @Query(() => Membership, { nullable: true, description: 'One membership by id, or null.' })
  membership(@Ctx() { em, viewer }: Context, @Arg('id', () => ID) id: string): Promise<Membership | null> {
    const scope = organizationScope(viewer?.scopePath ?? '/');
    return em.findOne(Membership, { id: parseId(id, 'id'), ...(scope ? { branch: scope } : {}) });
  }

  @Authorized(Access.EDIT_STRUCTURE)
  @Mutation(() => Membership, { description: 'Records a membership (use transferMember for an ordinary move). Held meetings on its days are counted and judged again.' })
  createMembership(@Ctx() { em }: Context, @Arg('input', () => CreateMembershipInput) input: CreateMembershipInput): Promise<Membership> {
    return createMembership(em, input);
  }

  @Authorized(Access.EDIT_STRUCTURE)
  @Mutation(() => Membership, { description: 'Corrects a membership. Held meetings on the days it changes are counted and judged again.' })
  updateMembership(@Ctx() { em }: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateMembershipInput) input: UpdateMembershipInput): Promise<Membership> {
    return updateMembership(em, id, input);
  }

  @Authorized(Access.EDIT_STRUCTURE)
  @Mutation(() => Membership, { description: 'Deletes a membership entered by mistake. Held meetings on its days are counted and judged again.' })
  deleteMembership(@Ctx() { em }: Context, @Arg('id', () => ID) id: string): Promise<Membership> {
    return deleteMembership(em, id);
  }

  @FieldResolver(() => Member, { nullable: true, description: 'The member (null outside your scope).' })
  member(@Root() row: Membership, @Ctx() { loaders }: Context): Promise<Member | null> {
    return loaders.member().load(row.member.id);
  }

  @FieldResolver(() => ID, { description: 'Id of the member.' })
  memberId(@Root() row: Membership): string { return String(row.member.id); }

  @FieldResolver(() => Organization, { nullable: true, description: 'The branch (null when outside your scope).' })
  branch(@Root() row: Membership, @Ctx() { loaders }: Context): Promise<Organization | null> {
    return loaders.organization().load(row.branch.id);
  }

  @FieldResolver(() => ID, { description: 'Id of the branch.' })
  branchId(@Root() row: Membership): string { return String(row.branch.id); }

  @FieldResolver(() => Organization, { nullable: true, description: 'The party group, if any.' })
  partyGroup(@Root() row: Membership, @Ctx() { loaders }: Context): Promise<Organization | null> | null {
    return row.partyGroup ? loaders.organization().load(row.partyGroup.id) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Id of the party group, if any.' })
  partyGroupId(@Root() row: Membership): string | null { return row.partyGroup ? String(row.partyGroup.id) : null; }
}
