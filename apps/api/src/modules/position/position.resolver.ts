import {
  checkPeriod, checkPosition, covers, invalid, OrganizationKind, PositionRole, STRUCTURE_RULE_SETS,
} from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import { Authorized, Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { Access } from '../../shared/auth-guard';
import type { Context } from '../../context.type';
import { ruleSetFor } from '../../shared/rule-sets';
import { activeOn, and, checkVersion, dayOrToday, findOr404, listPage, orderBy, write } from '../../shared/crud';
import '../../shared/enums';
import { assertWritable, organizationScope, scoped } from '../../shared/scope';
import { actorOf } from '../../shared/request-scope';
import { assertMemberWritable, assertOrganizationWritable } from '../../shared/write-scope';
import { assertValid, parseId } from '../../shared/errors';
import { Page, SortInput } from '../../shared/pagination';
import { DateScalar } from '../../shared/scalars';
import { Member } from '../member/member.entity';
import { Membership } from '../membership/membership.entity';
import { Organization } from '../organization/organization.entity';
import { Position } from './position.entity';

export enum PositionSortField { FROM = 'FROM', TO = 'TO', ROLE = 'ROLE', ID = 'ID' }
registerEnumType(PositionSortField, { name: 'PositionSortField', description: 'Fields positions can be sorted by.' });
const PositionSort = SortInput(PositionSortField, 'Position');
const PositionPage = Page(Position, 'Position');
type PositionPage = InstanceType<typeof PositionPage>;

@InputType({ description: 'Filters for positions; all given conditions must hold.' })
class PositionFilter {
  @Field(() => ID, { nullable: true, description: 'Terms of this member.' }) memberId?: string;
  @Field(() => ID, { nullable: true, description: 'Terms in this organization (and below it with descendants).' }) organizationId?: string;
  @Field({ nullable: true, defaultValue: false, description: 'With organizationId: include organizations below it.' }) descendants?: boolean;
  @Field(() => [PositionRole], { nullable: true, description: 'Only these positions.' }) role?: PositionRole[];
  @Field(() => DateScalar, { nullable: true, description: 'Only terms running on this day.' }) activeOn?: string;
}

@InputType({ description: 'A position term.' })
class CreatePositionInput {
  @Field(() => ID, { description: 'The member who holds it.' }) memberId!: string;
  @Field(() => ID, { description: 'The organization it is held in.' }) organizationId!: string;
  @Field(() => PositionRole, { description: 'The position.' }) role!: PositionRole;
  @Field(() => DateScalar, { description: 'First day of the term.' }) from!: string;
  @Field(() => DateScalar, { nullable: true, description: 'First day after the term.' }) to?: string | null;
  @Field(() => String, { nullable: true, description: 'Decision or notes.' }) note?: string | null;
}

@InputType({ description: 'Changes to a position term; omitted fields stay as they are.' })
class UpdatePositionInput {
  @Field(() => Int, { nullable: true, description: 'The version you edited.' }) version?: number;
  @Field(() => PositionRole, { nullable: true, description: 'The position.' }) role?: PositionRole;
  @Field(() => DateScalar, { nullable: true, description: 'First day of the term.' }) from?: string;
  @Field(() => DateScalar, { nullable: true, description: 'First day after the term (null: still serving).' }) to?: string | null;
  @Field(() => String, { nullable: true, description: 'Decision or notes.' }) note?: string | null;
}

/** Official members of a branch on a day (the committee rule counts them). */
async function officialMembersOn(em: EntityManager, branchId: number, day: string): Promise<number> {
  return em.count(Membership, { branch: branchId, ...activeOn(day), member: { officialOn: { $lte: day } } });
}

/** Whether the member belongs to the organization (or, for a committee, to any branch below it) on the day. */
async function belongs(em: EntityManager, memberId: number, org: Organization, day: string): Promise<boolean> {
  const where = org.kind === OrganizationKind.PARTY_GROUP ? { partyGroup: org.id }
    : org.kind === OrganizationKind.BRANCH ? { branch: org.id }
    : { branch: { path: { $like: `${org.path}%` } } };
  return (await em.count(Membership, { member: memberId, ...activeOn(day), ...where })) > 0;
}

async function validateTerm(tem: EntityManager, term: { id?: number; memberId: number; org: Organization; role: PositionRole; from: string; to: string | null }) {
  assertWritable(actorOf(tem).viewer?.scopePath ?? '/', term.org.path, 'organizationId');
  assertValid(checkPeriod(term, 'from', 'to'));
  if (term.org.foundedOn > term.from) assertValid([invalid('from', 'Tổ chức chưa thành lập vào ngày bắt đầu nhiệm kỳ.')]);
  const overlapping = await tem.find(Position, {
    organization: term.org.id, from: { $lt: term.to ?? '9999-12-31' }, $or: [{ to: null }, { to: { $gt: term.from } }],
  });
  const rules = ruleSetFor(STRUCTURE_RULE_SETS, term.from, 'from').rules;
  assertValid(checkPosition({
    role: term.role,
    organizationKind: term.org.kind,
    officialMembers: term.org.kind === OrganizationKind.BRANCH ? await officialMembersOn(tem, term.org.id, term.from) : 0,
    overlappingTerms: overlapping.map((p) => ({ id: p.id, role: p.role, memberId: p.member.id })),
    memberId: term.memberId,
    holderBelongs: await belongs(tem, term.memberId, term.org, term.from),
  }, rules, term.id));
}

@Resolver(() => Position)
export class PositionResolver {
  @Authorized(Access.SIGNED_IN)
  @Query(() => PositionPage, { description: 'Position terms, filtered, sorted and paged.' })
  async positions(
    @Ctx() { em, viewer }: Context,
    @Arg('filter', () => PositionFilter, { nullable: true }) filter?: PositionFilter,
    @Arg('sort', () => [PositionSort], { nullable: true, description: 'Sort keys; by start day when omitted.' }) sort?: InstanceType<typeof PositionSort>[],
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0, description: 'Records to skip.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 25, description: 'Page size, 1 to 100.' }) limit?: number,
  ): Promise<PositionPage> {
    let inOrg: object | undefined;
    if (filter?.organizationId != null) {
      const id = parseId(filter.organizationId, 'filter.organizationId');
      if (filter.descendants) {
        const org = await em.findOne(Organization, { id }, { fields: ['path'] });
        inOrg = { organization: { path: { $like: `${org?.path ?? '/none/'}%` } } };
      } else inOrg = { organization: id };
    }
    const where = and(
      filter?.memberId != null && { member: parseId(filter.memberId, 'filter.memberId') },
      inOrg,
      filter?.role?.length && { role: { $in: filter.role } },
      filter?.activeOn && activeOn(filter.activeOn),
      scoped('organization', viewer?.scopePath ?? '/'),
    );
    return listPage(em, Position, where, orderBy(sort as never, { FROM: 'from', TO: 'to', ROLE: 'role', ID: 'id' }, { from: 'desc' }), offset, limit);
  }

  @Authorized(Access.SIGNED_IN)
  @Query(() => Position, { nullable: true, description: 'One position term by id, or null.' })
  position(@Ctx() { em, viewer }: Context, @Arg('id', () => ID) id: string): Promise<Position | null> {
    const scope = organizationScope(viewer?.scopePath ?? '/');
    return em.findOne(Position, { id: parseId(id, 'id'), ...(scope ? { organization: scope } : {}) });
  }

  @Authorized(Access.EDIT_STRUCTURE)
  @Mutation(() => Position, { description: 'Records a position term. A branch committee seat needs at least 9 official members (rule set in force); at most 7 seats.' })
  createPosition(@Ctx() { em }: Context, @Arg('input', () => CreatePositionInput) input: CreatePositionInput): Promise<Position> {
    return write(em, async (tem) => {
      const member = await findOr404(tem, Member, parseId(input.memberId, 'memberId'), 'memberId', 'đảng viên');
      await assertMemberWritable(tem, member.id, 'memberId');
      const org = await findOr404(tem, Organization, parseId(input.organizationId, 'organizationId'), 'organizationId', 'tổ chức');
      assertWritable(actorOf(tem).viewer?.scopePath ?? '/', org.path, 'organizationId');
      if (input.note && input.note.length > 300) assertValid([invalid('note', 'Tối đa 300 ký tự.')]);
      await validateTerm(tem, { memberId: member.id, org, role: input.role, from: input.from, to: input.to ?? null });
      const row = tem.create(Position, { member, organization: org, role: input.role, from: input.from, to: input.to ?? null, note: input.note ?? null } as never);
      await tem.flush();
      return row;
    });
  }

  @Authorized(Access.EDIT_STRUCTURE)
  @Mutation(() => Position, { description: 'Corrects or ends a position term.' })
  updatePosition(@Ctx() { em }: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdatePositionInput) input: UpdatePositionInput): Promise<Position> {
    return write(em, async (tem) => {
      const row = await findOr404(tem, Position, parseId(id, 'id'), 'id', 'chức vụ');
      // Scope first, naming the id: outside the subtree answers as a missing id does.
      await assertOrganizationWritable(tem, row.organization.id, 'id', 'chức vụ');
      await checkVersion(tem, row, input.version);
      const org = await tem.findOneOrFail(Organization, row.organization.id);
      const next = { role: input.role ?? row.role, from: input.from ?? row.from, to: input.to !== undefined ? input.to : row.to ?? null };
      if (input.note && input.note.length > 300) assertValid([invalid('note', 'Tối đa 300 ký tự.')]);
      await validateTerm(tem, { id: row.id, memberId: row.member.id, org, ...next });
      Object.assign(row, next, input.note !== undefined ? { note: input.note } : {});
      await tem.flush();
      return row;
    });
  }

  @Authorized(Access.EDIT_STRUCTURE)
  @Mutation(() => Position, { description: 'Deletes a term entered by mistake (end a real one by setting `to`).' })
  deletePosition(@Ctx() { em }: Context, @Arg('id', () => ID) id: string): Promise<Position> {
    return write(em, async (tem) => {
      const row = await findOr404(tem, Position, parseId(id, 'id'), 'id', 'chức vụ');
      await assertOrganizationWritable(tem, row.organization.id, 'id', 'chức vụ');
      const snapshot = { ...row } as Position;
      tem.remove(row);
      await tem.flush();
      return snapshot;
    });
  }

  @FieldResolver(() => Member, { nullable: true, description: 'The holder (null outside your scope).' })
  member(@Root() row: Position, @Ctx() { loaders }: Context): Promise<Member | null> {
    return loaders.member().load(row.member.id);
  }

  @FieldResolver(() => ID, { description: 'Id of the holder.' })
  memberId(@Root() row: Position): string { return String(row.member.id); }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization (null outside your scope).' })
  organization(@Root() row: Position, @Ctx() { loaders }: Context): Promise<Organization | null> {
    return loaders.organization().load(row.organization.id);
  }

  @FieldResolver(() => ID, { description: 'Id of the organization.' })
  organizationId(@Root() row: Position): string { return String(row.organization.id); }

  @FieldResolver(() => Boolean, { description: 'Whether the term runs on the day (today when omitted).' })
  isActive(@Root() row: Position, @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day.' }) asOf?: string): boolean {
    return covers(row, dayOrToday(asOf));
  }
}
