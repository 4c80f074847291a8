import { PilotKind, todayInVietnam } from '@chibo/domain';
import { Arg, Authorized, Ctx, Field, Float, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.type';
import { Access } from '../../shared/auth-guard';
import { parseId } from '../../shared/errors';
import { Page } from '../../shared/pagination';
import { scoped } from '../../shared/scope';
import { Member } from '../member/member.entity';
import { Organization } from '../organization/organization.entity';
import { Pilot, PilotGuide } from './pilot.entity';
import { CreatePilotInput, PilotFilter, UpdatePilotInput } from './pilot.input';
import { createPilot, deletePilot, listPilots, pilotRatios, updatePilot } from './pilot.service';

const PilotPage = Page(Pilot, 'Pilot');
type PilotPage = InstanceType<typeof PilotPage>;

@ObjectType('PilotRatio', { description: 'The share of branches chosen as pilots of a kind in a year, against the range of the rule set in force.' })
export class PilotRatioType {
  @Field(() => PilotKind, { description: 'What the pilots pilot.' }) kind!: PilotKind;
  @Field(() => Int, { description: 'Branches chosen.' }) chosen!: number;
  @Field(() => Int, { description: 'Branches existing (on the year’s last day, or today).' }) branches!: number;
  @Field(() => Float, { nullable: true, description: 'chosen ÷ branches.' }) rate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Least share asked for.' }) min!: number | null;
  @Field(() => Float, { nullable: true, description: 'Largest share asked for.' }) max!: number | null;
  @Field(() => String, { nullable: true, description: 'BELOW or ABOVE the range; null inside it or without a range.' }) warning!: string | null;
  @Field(() => String, { nullable: true, description: 'The document setting the range.' }) documentNumber!: string | null;
}

@Resolver(() => Pilot)
export class PilotResolver {
  @Authorized(Access.SIGNED_IN)
  @Query(() => PilotPage, { description: 'Pilot branches in your subtree, newest year first.' })
  pilots(
    @Ctx() { em, viewer }: Context,
    @Arg('filter', () => PilotFilter, { nullable: true }) filter?: PilotFilter,
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0, description: 'Records to skip.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 25, description: 'Page size, 1 to 100.' }) limit?: number,
  ): Promise<PilotPage> {
    return listPilots(em, viewer?.scopePath ?? '/', filter, offset, limit);
  }

  @Authorized(Access.SIGNED_IN)
  @Query(() => Pilot, { nullable: true, description: 'One pilot by id, or null.' })
  pilot(@Ctx() { em, viewer }: Context, @Arg('id', () => ID) id: string) {
    return em.findOne(Pilot, { id: parseId(id, 'id'), ...scoped('branch', viewer?.scopePath ?? '/') });
  }

  @Authorized(Access.SIGNED_IN)
  @Query(() => [PilotRatioType], { nullable: true, description: 'The year’s pilot shares under an organization against the plan’s ranges (5–10% regular, 3–5% thematic in 117-KH/ĐU), with a warning outside them; null outside your scope.' })
  pilotRatios(
    @Ctx() { em, viewer }: Context,
    @Arg('organizationId', () => ID, { description: 'The committee whose branches to count.' }) organizationId: string,
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
  ) {
    return pilotRatios(em, viewer?.scopePath ?? '/', organizationId, year, todayInVietnam());
  }

  @Authorized(Access.SUPERVISE)
  @Mutation(() => Pilot, { description: 'Chooses a branch as a pilot for a year, with the working group guiding it.' })
  createPilot(@Ctx() { em }: Context, @Arg('input', () => CreatePilotInput) input: CreatePilotInput) {
    return createPilot(em, input);
  }

  @Authorized(Access.SUPERVISE)
  @Mutation(() => Pilot, { description: 'Changes a pilot’s note or working group.' })
  updatePilot(@Ctx() { em }: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdatePilotInput) input: UpdatePilotInput) {
    return updatePilot(em, id, input);
  }

  @Authorized(Access.SUPERVISE)
  @Mutation(() => Pilot, { description: 'Removes a pilot chosen by mistake.' })
  deletePilot(@Ctx() { em }: Context, @Arg('id', () => ID) id: string) {
    return deletePilot(em, id);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The branch.' })
  branch(@Root() row: Pilot, @Ctx() { loaders }: Context) { return loaders.organization().load(row.branch.id); }

  @FieldResolver(() => ID, { description: 'Id of the branch.' })
  branchId(@Root() row: Pilot): string { return String(row.branch.id); }

  @FieldResolver(() => [Member], { description: 'The working group guiding it.' })
  async guides(@Root() row: Pilot, @Ctx() { em, loaders }: Context) {
    const guides = await em.find(PilotGuide, { pilot: row.id }, { fields: ['member'] });
    return (await loaders.member().loadMany(guides.map((g) => g.member.id))).filter((m): m is Member => m instanceof Member);
  }

  @FieldResolver(() => [ID], { description: 'Ids of the working group.' })
  async guideIds(@Root() row: Pilot, @Ctx() { em }: Context): Promise<string[]> {
    return (await em.find(PilotGuide, { pilot: row.id }, { fields: ['member'] })).map((g) => String(g.member.id));
  }
}
