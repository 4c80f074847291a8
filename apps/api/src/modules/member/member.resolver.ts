import { covers } from '@chibo/domain';
import { Authorized, Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../shared/auth-guard';
import type { Context } from '../../context.type';
import { and, dayOrToday, listPage, orderBy } from '../../shared/crud';
import { memberScope } from '../../shared/scope';
import { parseId } from '../../shared/errors';
import { Page } from '../../shared/pagination';
import { DateScalar } from '../../shared/scalars';
import { Exemption } from '../exemption/exemption.entity';
import { Membership } from '../membership/membership.entity';
import { Organization } from '../organization/organization.entity';
import { Position } from '../position/position.entity';
import { SpecialDuty } from '../special-duty/special-duty.entity';
import { Member } from './member.entity';
import { CreateMemberInput, MEMBER_SORT_COLUMNS, MemberFilter, MemberSort, TransferMemberInput, UpdateMemberInput } from './member.input';
import { createMember, deleteMember, memberWhere, personalDataCondition, transferMember, updateMember } from './member.service';

export const MemberPage = Page(Member, 'Member');
export type MemberPage = InstanceType<typeof MemberPage>;
const AS_OF = { nullable: true, description: 'The day to read it as of; today (Vietnam time) when omitted.' };

@Resolver(() => Member)
export class MemberResolver {
  @Authorized(Access.SIGNED_IN)
  @Query(() => MemberPage, { description: 'Members matching a filter, sorted (Vietnamese roll order by default) and paged, with the total count.' })
  async members(
    @Ctx() { em, viewer }: Context,
    @Arg('filter', () => MemberFilter, { nullable: true }) filter?: MemberFilter,
    @Arg('sort', () => [MemberSort], { nullable: true, description: 'Sort keys in order; roll order when omitted.' }) sort?: InstanceType<typeof MemberSort>[],
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0, description: 'Records to skip.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 25, description: 'Page size, 1 to 100.' }) limit?: number,
  ): Promise<MemberPage> {
    const where = and(await memberWhere(em, filter), memberScope(viewer?.scopePath ?? '/'), personalDataCondition(viewer, filter, sort));
    return listPage(em, Member, where, orderBy(sort as never, MEMBER_SORT_COLUMNS, { sortKey: 'asc' }), offset, limit);
  }

  @Authorized(Access.SIGNED_IN)
  @Query(() => Member, { nullable: true, description: 'One member by id, or null.' })
  member(@Ctx() { loaders }: Context, @Arg('id', () => ID) id: string): Promise<Member | null> {
    return loaders.member().load(parseId(id, 'id'));
  }

  @Authorized(Access.EDIT_STRUCTURE)
  @Mutation(() => Member, { description: 'Creates a member, optionally with their first membership.' })
  createMember(@Ctx() { em }: Context, @Arg('input', () => CreateMemberInput) input: CreateMemberInput): Promise<Member> {
    return createMember(em, input);
  }

  @Authorized(Access.EDIT_STRUCTURE)
  @Mutation(() => Member, { description: 'Updates a member’s own fields.' })
  updateMember(@Ctx() { em }: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateMemberInput) input: UpdateMemberInput): Promise<Member> {
    return updateMember(em, id, input);
  }

  @Authorized(Access.EDIT_STRUCTURE)
  @Mutation(() => Member, { description: 'Deletes a member entered by mistake, with their dated records.' })
  deleteMember(@Ctx() { em }: Context, @Arg('id', () => ID) id: string): Promise<Member> {
    return deleteMember(em, id);
  }

  @Authorized(Access.EDIT_STRUCTURE)
  @Mutation(() => Membership, { description: 'Transfers a member to another branch from a day, keeping the old membership as history.' })
  transferMember(@Ctx() { em }: Context, @Arg('input', () => TransferMemberInput) input: TransferMemberInput): Promise<Membership> {
    return transferMember(em, input);
  }

  @FieldResolver(() => [Membership], { description: 'Every membership, oldest first: where the member has been.' })
  memberships(@Root() member: Member, @Ctx() { loaders }: Context): Promise<Membership[]> {
    return loaders.membershipsOfMember().load(member.id);
  }

  @FieldResolver(() => Membership, { nullable: true, description: 'The membership active on the day.' })
  async currentMembership(@Root() member: Member, @Ctx() { loaders }: Context, @Arg('asOf', () => DateScalar, AS_OF) asOf?: string): Promise<Membership | null> {
    const day = dayOrToday(asOf);
    return (await loaders.membershipsOfMember().load(member.id)).find((m) => covers(m, day)) ?? null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The branch the member belongs to on the day.' })
  async branch(@Root() member: Member, @Ctx() ctx: Context, @Arg('asOf', () => DateScalar, AS_OF) asOf?: string): Promise<Organization | null> {
    const current = await this.currentMembership(member, ctx, asOf);
    return current ? ctx.loaders.organization().load(current.branch.id) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The party group the member belongs to on the day.' })
  async partyGroup(@Root() member: Member, @Ctx() ctx: Context, @Arg('asOf', () => DateScalar, AS_OF) asOf?: string): Promise<Organization | null> {
    const current = await this.currentMembership(member, ctx, asOf);
    return current?.partyGroup ? ctx.loaders.organization().load(current.partyGroup.id) : null;
  }

  @FieldResolver(() => [Position], { description: 'Positions held on the day, or every term with allHistory.' })
  async positions(
    @Root() member: Member,
    @Ctx() { loaders }: Context,
    @Arg('asOf', () => DateScalar, AS_OF) asOf?: string,
    @Arg('allHistory', { nullable: true, defaultValue: false, description: 'Every term, past and present.' }) allHistory?: boolean,
  ): Promise<Position[]> {
    const rows = await loaders.positionsOfMember().load(member.id);
    const day = dayOrToday(asOf);
    return allHistory ? rows : rows.filter((p) => covers(p, day));
  }

  @FieldResolver(() => [Exemption], { description: 'Exemption periods, oldest first.' })
  exemptions(@Root() member: Member, @Ctx() { loaders }: Context): Promise<Exemption[]> {
    return loaders.exemptionsOfMember().load(member.id);
  }

  @FieldResolver(() => [SpecialDuty], { description: 'Armed-forces special-duty periods, oldest first.' })
  specialDuties(@Root() member: Member, @Ctx() { loaders }: Context): Promise<SpecialDuty[]> {
    return loaders.specialDutiesOfMember().load(member.id);
  }

  @FieldResolver(() => Boolean, { description: 'Exempt from party work and meetings on the day.' })
  async isExempt(@Root() member: Member, @Ctx() { loaders }: Context, @Arg('asOf', () => DateScalar, AS_OF) asOf?: string): Promise<boolean> {
    const day = dayOrToday(asOf);
    return (await loaders.exemptionsOfMember().load(member.id)).some((p) => covers(p, day));
  }

  @FieldResolver(() => Boolean, { description: 'On armed-forces special duty on the day.' })
  async isOnSpecialDuty(@Root() member: Member, @Ctx() { loaders }: Context, @Arg('asOf', () => DateScalar, AS_OF) asOf?: string): Promise<boolean> {
    const day = dayOrToday(asOf);
    return (await loaders.specialDutiesOfMember().load(member.id)).some((p) => covers(p, day));
  }
}
