import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.type';
import { Access } from '../../shared/auth-guard';
import { parseId } from '../../shared/errors';
import { Page } from '../../shared/pagination';
import { Organization } from '../organization/organization.entity';
import { Ward } from './ward.entity';
import { CreateWardInput, UpdateWardInput, WardFilter, WardSort } from './ward.input';
import { createWard, deleteWard, listWards, updateWard } from './ward.service';

const WardPage = Page(Ward, 'Ward');
type WardPage = InstanceType<typeof WardPage>;

@Resolver(() => Ward)
export class WardResolver {
  @Authorized(Access.SIGNED_IN)
  @Query(() => WardPage, { description: 'Wards matching a filter, sorted and paged, with the total count.' })
  wards(
    @Ctx() { em }: Context,
    @Arg('filter', () => WardFilter, { nullable: true }) filter?: WardFilter,
    @Arg('sort', () => [WardSort], { nullable: true, description: 'Sort keys in order; by name when omitted.' }) sort?: InstanceType<typeof WardSort>[],
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0, description: 'Records to skip.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 25, description: 'Page size, 1 to 100.' }) limit?: number,
  ): Promise<WardPage> {
    return listWards(em, filter, sort, offset, limit);
  }

  @Authorized(Access.SIGNED_IN)
  @Query(() => Ward, { nullable: true, description: 'One ward by id, or null.' })
  ward(@Ctx() { loaders }: Context, @Arg('id', () => ID) id: string): Promise<Ward | null> {
    return loaders.ward().load(parseId(id, 'id'));
  }

  @Authorized(Access.EDIT_STRUCTURE)
  @Mutation(() => Ward, { description: 'Creates a ward.' })
  createWard(@Ctx() { em }: Context, @Arg('input', () => CreateWardInput) input: CreateWardInput): Promise<Ward> {
    return createWard(em, input);
  }

  @Authorized(Access.EDIT_STRUCTURE)
  @Mutation(() => Ward, { description: 'Updates a ward.' })
  updateWard(@Ctx() { em }: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateWardInput) input: UpdateWardInput): Promise<Ward> {
    return updateWard(em, id, input);
  }

  @Authorized(Access.EDIT_STRUCTURE)
  @Mutation(() => Ward, { description: 'Deletes a ward entered by mistake; a ward with organizations is refused with CONFLICT.' })
  deleteWard(@Ctx() { em }: Context, @Arg('id', () => ID) id: string): Promise<Ward> {
    return deleteWard(em, id);
  }

  @FieldResolver(() => [Ward], { description: 'Wards it was merged from.' })
  async mergedFrom(@Root() ward: Ward, @Ctx() { loaders }: Context): Promise<Ward[]> {
    const ids = await loaders.pivot('ward_merged_from', 'ward_id', 'source_ward_id').load(ward.id);
    return (await loaders.ward().loadMany(ids)).filter((w): w is Ward => w instanceof Ward);
  }

  @FieldResolver(() => [Ward], { description: 'Wards later formed by merging this one.' })
  async mergedInto(@Root() ward: Ward, @Ctx() { loaders }: Context): Promise<Ward[]> {
    const ids = await loaders.pivot('ward_merged_from', 'source_ward_id', 'ward_id').load(ward.id);
    return (await loaders.ward().loadMany(ids)).filter((w): w is Ward => w instanceof Ward);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The ward party committee (root of its tree) existing today, or the latest one.' })
  async committee(@Root() ward: Ward, @Ctx() { loaders }: Context): Promise<Organization | null> {
    return loaders.wardCommittee().load(ward.id);
  }
}
