import { Authorized, Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../shared/auth-guard';
import type { Context } from '../../context.type';
import { parseId } from '../../shared/errors';
import { Page } from '../../shared/pagination';
import { scoped } from '../../shared/scope';
import { Meeting } from '../meeting/meeting.entity';
import { Organization } from '../organization/organization.entity';
import { ResolutionReview } from './resolution-review.entity';
import { ResolutionTask } from './resolution-task.entity';
import { Resolution } from './resolution.entity';
import { CreateResolutionInput, ResolutionFilter, UpdateResolutionInput } from './resolution.input';
import { createResolution, deleteResolution, listResolutions, updateResolution } from './resolution.service';

const ResolutionPage = Page(Resolution, 'Resolution');
type ResolutionPage = InstanceType<typeof ResolutionPage>;

@Resolver(() => Resolution)
export class ResolutionResolver {
  @Authorized(Access.SIGNED_IN)
  @Query(() => ResolutionPage, { description: 'Resolutions and conclusions, latest meeting first.' })
  resolutions(
    @Ctx() { em, viewer }: Context,
    @Arg('filter', () => ResolutionFilter, { nullable: true }) filter?: ResolutionFilter,
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0, description: 'Records to skip.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 25, description: 'Page size, 1 to 100.' }) limit?: number,
  ): Promise<ResolutionPage> {
    return listResolutions(em, viewer?.scopePath ?? '/', filter, offset, limit);
  }

  @Authorized(Access.SIGNED_IN)
  @Query(() => Resolution, { nullable: true, description: 'One resolution by id, or null.' })
  resolution(@Ctx() { em, viewer }: Context, @Arg('id', () => ID) id: string) {
    return em.findOne(Resolution, { id: parseId(id, 'id'), ...scoped('branch', viewer?.scopePath ?? '/') });
  }

  @Authorized(Access.RECORD_MEETINGS)
  @Mutation(() => Resolution, { description: 'Records a resolution or conclusion of a held meeting, with its tasks, in one transaction.' })
  createResolution(@Ctx() { em }: Context, @Arg('input', () => CreateResolutionInput) input: CreateResolutionInput): Promise<Resolution> {
    return createResolution(em, input);
  }

  @Authorized(Access.RECORD_MEETINGS)
  @Mutation(() => Resolution, { description: 'Changes a resolution.' })
  updateResolution(@Ctx() { em }: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateResolutionInput) input: UpdateResolutionInput): Promise<Resolution> {
    return updateResolution(em, id, input);
  }

  @Authorized(Access.RECORD_MEETINGS)
  @Mutation(() => Resolution, { description: 'Deletes a resolution entered by mistake, with its tasks and reviews.' })
  deleteResolution(@Ctx() { em }: Context, @Arg('id', () => ID) id: string): Promise<Resolution> {
    return deleteResolution(em, id);
  }

  @FieldResolver(() => Meeting, { nullable: true, description: 'The meeting that issued it.' })
  meeting(@Root() row: Resolution, @Ctx() { loaders }: Context) { return loaders.meeting().load(row.meeting.id); }

  @FieldResolver(() => ID, { description: 'Id of the meeting.' })
  meetingId(@Root() row: Resolution): string { return String(row.meeting.id); }

  @FieldResolver(() => Organization, { nullable: true, description: 'The branch.' })
  branch(@Root() row: Resolution, @Ctx() { loaders }: Context) { return loaders.organization().load(row.branch.id); }

  @FieldResolver(() => ID, { description: 'Id of the branch.' })
  branchId(@Root() row: Resolution): string { return String(row.branch.id); }

  @FieldResolver(() => [ResolutionTask], { description: 'Tasks, by deadline.' })
  tasks(@Root() row: Resolution, @Ctx() { loaders }: Context) { return loaders.tasksOfResolution().load(row.id); }

  @FieldResolver(() => [ResolutionReview], { description: 'Monthly review entries, oldest first.' })
  reviews(@Root() row: Resolution, @Ctx() { loaders }: Context) { return loaders.reviewsOfResolution().load(row.id); }
}
