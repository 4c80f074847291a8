import { Authorized, Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../shared/auth-guard';
import type { Context } from '../../context.type';
import { parseId } from '../../shared/errors';
import { Page } from '../../shared/pagination';
import { scoped } from '../../shared/scope';
import { Organization } from '../organization/organization.entity';
import { ThematicPlanItem } from './thematic-plan.entity';
import { CreateThematicPlanItemInput, ThematicPlanFilter, UpdateThematicPlanItemInput } from './thematic-plan.input';
import { createThematicPlanItem, deleteThematicPlanItem, listThematicPlanItems, updateThematicPlanItem } from './thematic-plan.service';

const ThematicPlanItemPage = Page(ThematicPlanItem, 'ThematicPlanItem');
type ThematicPlanItemPage = InstanceType<typeof ThematicPlanItemPage>;

@Resolver(() => ThematicPlanItem)
export class ThematicPlanItemResolver {
  @Authorized(Access.SIGNED_IN)
  @Query(() => ThematicPlanItemPage, { description: 'Quarters of branches’ annual thematic plans.' })
  thematicPlanItems(
    @Ctx() { em, viewer }: Context,
    @Arg('filter', () => ThematicPlanFilter, { nullable: true }) filter?: ThematicPlanFilter,
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0, description: 'Records to skip.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 25, description: 'Page size, 1 to 100.' }) limit?: number,
  ): Promise<ThematicPlanItemPage> {
    return listThematicPlanItems(em, viewer?.scopePath ?? '/', filter, offset, limit);
  }

  @Authorized(Access.SIGNED_IN)
  @Query(() => ThematicPlanItem, { nullable: true, description: 'One thematic plan item by id, or null.' })
  thematicPlanItem(@Ctx() { em, viewer }: Context, @Arg('id', () => ID) id: string) {
    return em.findOne(ThematicPlanItem, { id: parseId(id, 'id'), ...scoped('branch', viewer?.scopePath ?? '/') });
  }

  @Authorized(Access.RECORD_MEETINGS)
  @Mutation(() => ThematicPlanItem, { description: 'Plans a quarter’s thematic topic for a branch.' })
  createThematicPlanItem(@Ctx() { em }: Context, @Arg('input', () => CreateThematicPlanItemInput) input: CreateThematicPlanItemInput): Promise<ThematicPlanItem> {
    return createThematicPlanItem(em, input);
  }

  @Authorized(Access.RECORD_MEETINGS)
  @Mutation(() => ThematicPlanItem, { description: 'Changes a thematic plan item (e.g. records the day it was reported).' })
  updateThematicPlanItem(@Ctx() { em }: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateThematicPlanItemInput) input: UpdateThematicPlanItemInput): Promise<ThematicPlanItem> {
    return updateThematicPlanItem(em, id, input);
  }

  @Authorized(Access.RECORD_MEETINGS)
  @Mutation(() => ThematicPlanItem, { description: 'Deletes a thematic plan item.' })
  deleteThematicPlanItem(@Ctx() { em }: Context, @Arg('id', () => ID) id: string): Promise<ThematicPlanItem> {
    return deleteThematicPlanItem(em, id);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The branch.' })
  branch(@Root() row: ThematicPlanItem, @Ctx() { loaders }: Context) { return loaders.organization().load(row.branch.id); }

  @FieldResolver(() => ID, { description: 'Id of the branch.' })
  branchId(@Root() row: ThematicPlanItem): string { return String(row.branch.id); }
}
