import { checkMemberPeriod, invalid, type Violation } from '@chibo/domain';
import type { EntityManager, EntityName } from '@mikro-orm/core';
import { Arg, Authorized, type ClassType, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.type';
import { Access } from './auth-guard';
import { Member } from '../modules/member/member.entity';
import { activeOn, and, checkVersion, findOr404, listPage, write } from './crud';
import { assertValid, parseId } from './errors';
import { Page } from './pagination';
import { memberRowScope } from './scope';
import { assertMemberWritable } from './write-scope';
import { refreshMeetingsTouching } from '../modules/meeting/meeting-refresh.service';

/** A dated period of a member (exemption, special duty). */
export interface MemberPeriodRow {
  id: number;
  version: number;
  member: Member;
  from: string;
  to?: string | null;
}

interface PeriodSpec<T extends MemberPeriodRow> {
  entity: ClassType<T>;
  /** GraphQL names: list `plural`, item `singular`, mutations `createX`... */
  singular: string;
  plural: string;
  label: string;
  textFields: Record<string, number>;
  filter: ClassType<{ memberId?: string; activeOn?: string }>;
  createInput: ClassType<{ memberId: string; from: string; to?: string | null }>;
  updateInput: ClassType<{ version?: number; from?: string; to?: string | null }>;
  /** Rules of this kind of period beyond not overlapping; `field` is the input field a refusal names. */
  check?: (tem: EntityManager, period: { member: Member; from: string }, field: string) => Promise<Violation[]>;
}

/**
 * The use cases of a member's dated periods: create, correct, delete. Each checks the rules, writes in one transaction
 * and brings up to date the held meetings on the days it touches (see refreshMeetingsTouching).
 */
function memberPeriodService<T extends MemberPeriodRow>(spec: PeriodSpec<T>) {
  const entity = spec.entity as EntityName<T>;
  const what = spec.label.toLowerCase();

  async function validate(tem: EntityManager, row: { id?: number; member: Member; from: string; to?: string | null }, input: Record<string, unknown>) {
    const others = await tem.find(entity, { member: row.member.id } as never);
    const violations = checkMemberPeriod({ id: row.id, from: row.from, to: row.to }, others as never, spec.label);
    if (!violations.length && spec.check) violations.push(...(await spec.check(tem, row, row.id ? 'from' : 'memberId')));
    for (const [field, max] of Object.entries(spec.textFields)) {
      const value = input[field];
      if (typeof value === 'string' && value.length > max) violations.push(invalid(field, `Tối đa ${max} ký tự.`));
    }
    assertValid(violations);
  }

  async function writableRow(tem: EntityManager, id: string): Promise<T> {
    const row = await findOr404(tem, entity, parseId(id, 'id'), 'id', what);
    await assertMemberWritable(tem, row.member.id, 'id', what);
    return row;
  }

  return {
    create: (em: EntityManager, input: { memberId: string; from: string; to?: string | null }) =>
      write(em, async (tem) => {
        const member = await findOr404(tem, Member, parseId(input.memberId, 'memberId'), 'memberId', 'đảng viên');
        await assertMemberWritable(tem, member.id, 'memberId');
        const { memberId: _m, ...fields } = input;
        await validate(tem, { member, from: input.from, to: input.to }, fields);
        const row = tem.create(entity, { ...fields, member, to: input.to ?? null } as never);
        await refreshMeetingsTouching(tem, member.id, [{ from: row.from, to: row.to }]);
        return row;
      }),

    update: (em: EntityManager, id: string, input: { version?: number; from?: string; to?: string | null }) =>
      write(em, async (tem) => {
        const row = await writableRow(tem, id);
        await checkVersion(tem, row, input.version);
        const { version: _v, ...changes } = input;
        const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
        await validate(tem, { id: row.id, member: row.member, from: input.from ?? row.from, to: input.to !== undefined ? input.to : row.to }, defined);
        const before = { from: row.from, to: row.to ?? null };
        Object.assign(row, defined);
        const moved = before.from !== row.from || before.to !== (row.to ?? null);
        await refreshMeetingsTouching(tem, row.member.id, moved ? [before, { from: row.from, to: row.to }] : []);
        await tem.flush();
        return row;
      }),

    remove: (em: EntityManager, id: string) =>
      write(em, async (tem) => {
        const row = await writableRow(tem, id);
        const snapshot = { ...row };
        tem.remove(row);
        await refreshMeetingsTouching(tem, row.member.id, [{ from: row.from, to: row.to }]);
        await tem.flush();
        return snapshot;
      }),
  };
}

/**
 * Builds the resolver of a member's dated periods. Exemptions and special duty share their rules
 * (a member's periods of one kind never overlap) and their GraphQL shape.
 */
export function memberPeriodResolver<T extends MemberPeriodRow>(spec: PeriodSpec<T>) {
  const PeriodPage = Page(spec.entity, spec.entity.name);
  const entity = spec.entity as EntityName<T>;
  const upper = spec.singular[0].toUpperCase() + spec.singular.slice(1);
  const service = memberPeriodService(spec);

  @Resolver(() => spec.entity)
  class PeriodResolver {
    @Authorized(Access.SIGNED_IN)
    @Query(() => PeriodPage, { name: spec.plural, description: `${spec.label}: periods filtered by member and day, paged.` })
    list(
      @Ctx() { em, viewer }: Context,
      @Arg('filter', () => spec.filter, { nullable: true }) filter?: { memberId?: string; activeOn?: string },
      @Arg('offset', () => Int, { nullable: true, defaultValue: 0, description: 'Records to skip.' }) offset?: number,
      @Arg('limit', () => Int, { nullable: true, defaultValue: 25, description: 'Page size, 1 to 100.' }) limit?: number,
    ) {
      const where = and(
        filter?.memberId != null && { member: parseId(filter.memberId, 'filter.memberId') },
        filter?.activeOn && activeOn(filter.activeOn),
        memberRowScope(viewer?.scopePath ?? '/'),
      );
      return listPage(em, entity, where, [{ from: 'desc' }, { id: 'asc' }] as never, offset, limit);
    }

    @Authorized(Access.SIGNED_IN)
    @Query(() => spec.entity, { name: spec.singular, nullable: true, description: `One ${spec.singular} by id, or null.` })
    one(@Ctx() { em, viewer }: Context, @Arg('id', () => ID) id: string) {
      return em.findOne(entity, { id: parseId(id, 'id'), ...memberRowScope(viewer?.scopePath ?? '/') } as never);
    }

    @Authorized(Access.EDIT_STRUCTURE)
    @Mutation(() => spec.entity, { name: `create${upper}`, description: `Records a period (${spec.label}); periods of one member never overlap. Held meetings on its days are counted and judged again.` })
    create(@Ctx() { em }: Context, @Arg('input', () => spec.createInput) input: { memberId: string; from: string; to?: string | null }) {
      return service.create(em, input);
    }

    @Authorized(Access.EDIT_STRUCTURE)
    @Mutation(() => spec.entity, { name: `update${upper}`, description: `Corrects or ends a period (${spec.label}); held meetings on the days it changes are counted and judged again.` })
    update(@Ctx() { em }: Context, @Arg('id', () => ID) id: string, @Arg('input', () => spec.updateInput) input: { version?: number; from?: string; to?: string | null }) {
      return service.update(em, id, input);
    }

    @Authorized(Access.EDIT_STRUCTURE)
    @Mutation(() => spec.entity, { name: `delete${upper}`, description: `Deletes a period (${spec.label}) entered by mistake; held meetings on its days are counted and judged again.` })
    remove(@Ctx() { em }: Context, @Arg('id', () => ID) id: string) {
      return service.remove(em, id);
    }

    @FieldResolver(() => Member, { nullable: true, description: 'The member (null outside your scope).' })
    async member(@Root() row: T, @Ctx() { loaders }: Context) {
      return loaders.member().load(row.member.id);
    }

    @FieldResolver(() => ID, { description: 'Id of the member.' })
    memberId(@Root() row: T): string {
      return String(row.member.id);
    }
  }
  return PeriodResolver;
}
