import { branchBelowMinimum, OrganizationKind, STRUCTURE_RULE_SETS } from '@chibo/domain';
import { Authorized, Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../shared/auth-guard';
import type { Context } from '../../context.type';
import { and, dayOrToday, listPage, orderBy } from '../../shared/crud';
import { organizationScope } from '../../shared/scope';
import { parseId } from '../../shared/errors';
import { Page } from '../../shared/pagination';
import { DateScalar } from '../../shared/scalars';
import { Member } from '../member/member.entity';
import { Membership } from '../membership/membership.entity';
import { Position } from '../position/position.entity';
import { Ward } from '../ward/ward.entity';
import { ruleSetFor } from '../../shared/rule-sets';
import { OfficialShortfall } from './official-shortfall.type';
import { Organization } from './organization.entity';
import {
  CreateOrganizationInput, ORGANIZATION_SORT_COLUMNS, OrganizationFilter, OrganizationSort, UpdateOrganizationInput,
} from './organization.input';
import { createOrganization, deleteOrganization, organizationWhere, updateOrganization } from './organization.service';

const OrganizationPage = Page(Organization, 'Organization');
type OrganizationPage = InstanceType<typeof OrganizationPage>;

const AS_OF = { nullable: true, description: 'The day to read it as of; today (Vietnam time) when omitted.' };

@Resolver(() => Organization)
export class OrganizationResolver {
  @Authorized(Access.SIGNED_IN)
  @Query(() => OrganizationPage, { description: 'Organizations matching a filter, sorted and paged (at most 100 per page), with the total count.' })
  async organizations(
    @Ctx() { em, loaders, viewer }: Context,
    @Arg('filter', () => OrganizationFilter, { nullable: true }) filter?: OrganizationFilter,
    @Arg('sort', () => [OrganizationSort], { nullable: true, description: 'Sort keys in order; by name when omitted.' }) sort?: InstanceType<typeof OrganizationSort>[],
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0, description: 'Records to skip.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 25, description: 'Page size, 1 to 100.' }) limit?: number,
  ): Promise<OrganizationPage> {
    const where = and(await organizationWhere(em, filter), organizationScope(viewer?.scopePath ?? '/'));
    const page = await listPage(em, Organization, where, orderBy(sort as never, ORGANIZATION_SORT_COLUMNS, { sortKey: 'asc' }), offset, limit);
    loaders.primeOrganizations(page.items);
    return page;
  }

  @Authorized(Access.SIGNED_IN)
  @Query(() => Organization, { nullable: true, description: 'One organization by id, or null.' })
  organization(@Ctx() { loaders }: Context, @Arg('id', () => ID) id: string): Promise<Organization | null> {
    return loaders.organization().load(parseId(id, 'id'));
  }

  @Authorized(Access.EDIT_STRUCTURE)
  @Mutation(() => Organization, { description: 'Creates an organization. Refused with BAD_USER_INPUT / NOT_FOUND / CONFLICT naming the field.' })
  createOrganization(@Ctx() { em }: Context, @Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput): Promise<Organization> {
    return createOrganization(em, input);
  }

  @Authorized(Access.EDIT_STRUCTURE)
  @Mutation(() => Organization, { description: 'Updates an organization (dissolve it by setting dissolvedOn).' })
  updateOrganization(
    @Ctx() { em }: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateOrganizationInput) input: UpdateOrganizationInput,
  ): Promise<Organization> {
    return updateOrganization(em, id, input);
  }

  @Authorized(Access.EDIT_STRUCTURE)
  @Mutation(() => Organization, { description: 'Deletes an organization entered by mistake. One with history is refused with CONFLICT: dissolve it instead.' })
  deleteOrganization(@Ctx() { em }: Context, @Arg('id', () => ID) id: string): Promise<Organization> {
    return deleteOrganization(em, id);
  }

  @FieldResolver(() => Ward, { description: 'The ward it belongs to.' })
  async ward(@Root() org: Organization, @Ctx() { loaders }: Context): Promise<Ward> {
    return (await loaders.ward().load(org.ward.id)) as Ward;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization directly above.' })
  parent(@Root() org: Organization, @Ctx() { loaders }: Context): Promise<Organization | null> | null {
    return org.parent ? loaders.organization().load(org.parent.id) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Id of the organization directly above.' })
  parentId(@Root() org: Organization): string | null {
    return org.parent ? String(org.parent.id) : null;
  }

  @FieldResolver(() => ID, { description: 'Id of the ward.' })
  wardId(@Root() org: Organization): string {
    return String(org.ward.id);
  }

  @FieldResolver(() => Int, { description: 'Depth in the tree: 0 for the ward committee.' })
  depth(@Root() org: Organization): number {
    return Math.max(0, org.path.split('/').filter(Boolean).length - 1);
  }

  @FieldResolver(() => [Organization], { description: 'Organizations directly below that existed on the day (all, past and present, when allHistory is true).' })
  children(
    @Root() org: Organization,
    @Ctx() { loaders }: Context,
    @Arg('asOf', () => DateScalar, AS_OF) asOf?: string,
    @Arg('allHistory', { nullable: true, defaultValue: false, description: 'Include dissolved and not-yet-founded ones.' }) allHistory?: boolean,
  ): Promise<Organization[]> {
    return loaders.children(allHistory ? null : dayOrToday(asOf)).load(org.id);
  }

  @FieldResolver(() => Int, { description: 'Members on the day in this organization and everything below it.' })
  memberCount(@Root() org: Organization, @Ctx() { loaders }: Context, @Arg('asOf', () => DateScalar, AS_OF) asOf?: string): Promise<number> {
    return loaders.memberCounts(dayOrToday(asOf)).load(org.id).then((c) => c.members);
  }

  @FieldResolver(() => Int, { description: 'Official members on the day in this organization and below (decides whether a branch may elect a committee).' })
  officialMemberCount(@Root() org: Organization, @Ctx() { loaders }: Context, @Arg('asOf', () => DateScalar, AS_OF) asOf?: string): Promise<number> {
    return loaders.memberCounts(dayOrToday(asOf)).load(org.id).then((c) => c.official);
  }

  @FieldResolver(() => OfficialShortfall, { nullable: true, description: 'For a branch: how many official members it lacks on the day under the structure rule set in force (24-QĐ/TW: at least 3), or null when it has enough.' })
  async officialShortfall(@Root() org: Organization, @Ctx() { loaders }: Context, @Arg('asOf', () => DateScalar, AS_OF) asOf?: string): Promise<OfficialShortfall | null> {
    if (org.kind !== OrganizationKind.BRANCH) return null;
    const day = dayOrToday(asOf);
    ruleSetFor(STRUCTURE_RULE_SETS, day, 'asOf');
    return branchBelowMinimum((await loaders.memberCounts(day).load(org.id)).official, STRUCTURE_RULE_SETS, day);
  }

  @FieldResolver(() => Member, { nullable: true, description: 'The secretary (group leader for a party group) on the day.' })
  async secretary(@Root() org: Organization, @Ctx() { loaders }: Context, @Arg('asOf', () => DateScalar, AS_OF) asOf?: string): Promise<Member | null> {
    const memberId = await loaders.headMemberId(dayOrToday(asOf)).load(org.id);
    return memberId == null ? null : loaders.member().load(memberId);
  }

  @FieldResolver(() => [Position], { description: 'Positions held in it on the day (its committee), or every term ever with allHistory.' })
  positions(
    @Root() org: Organization,
    @Ctx() { loaders }: Context,
    @Arg('asOf', () => DateScalar, AS_OF) asOf?: string,
    @Arg('allHistory', { nullable: true, defaultValue: false, description: 'Every term, past and present.' }) allHistory?: boolean,
  ): Promise<Position[]> {
    return loaders.positionsOfOrganization(allHistory ? null : dayOrToday(asOf)).load(org.id);
  }

  @FieldResolver(() => [Membership], { description: 'Memberships in this branch or party group: those active on the day, or the whole history with allHistory.' })
  memberships(
    @Root() org: Organization,
    @Ctx() { loaders }: Context,
    @Arg('asOf', () => DateScalar, AS_OF) asOf?: string,
    @Arg('allHistory', { nullable: true, defaultValue: false, description: 'Every membership, past and present.' }) allHistory?: boolean,
  ): Promise<Membership[]> {
    const day = allHistory ? null : dayOrToday(asOf);
    return (org.kind === 'PARTY_GROUP' ? loaders.membershipsOfGroup(day) : loaders.membershipsOfBranch(day)).load(org.id);
  }

  @FieldResolver(() => [Organization], { description: 'Organizations it was formed from.' })
  async predecessors(@Root() org: Organization, @Ctx() { loaders }: Context): Promise<Organization[]> {
    const ids = await loaders.pivot('organization_predecessor', 'organization_id', 'predecessor_id').load(org.id);
    return loaders.organizations(ids);
  }

  @FieldResolver(() => [Organization], { description: 'Organizations later formed from it.' })
  async successors(@Root() org: Organization, @Ctx() { loaders }: Context): Promise<Organization[]> {
    const ids = await loaders.pivot('organization_predecessor', 'predecessor_id', 'organization_id').load(org.id);
    return loaders.organizations(ids);
  }

  @FieldResolver(() => Boolean, { description: 'Whether it exists on the day.' })
  existsOn(@Root() org: Organization, @Arg('day', () => DateScalar, AS_OF) day?: string): boolean {
    const d = dayOrToday(day);
    return org.foundedOn <= d && (org.dissolvedOn == null || d < org.dissolvedOn);
  }

  /** Used by the admin's tree: the names above, root first. */
  @FieldResolver(() => [Organization], { description: 'Organizations above it, from the ward committee down to its parent.' })
  async ancestors(@Root() org: Organization, @Ctx() { loaders }: Context): Promise<Organization[]> {
    const ids = org.path.split('/').filter(Boolean).map(Number).filter((id) => id !== org.id);
    return loaders.organizations(ids);
  }
}

