import { Authorized, Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../shared/auth-guard';
import type { Context } from '../../context.type';
import { parseId } from '../../shared/errors';
import { Page } from '../../shared/pagination';
import { scoped } from '../../shared/scope';
import { Member } from '../member/member.entity';
import { ResolutionReview } from './resolution-review.entity';
import { createResolutionReview, deleteResolutionReview, listResolutionReviews, updateResolutionReview } from './resolution-review.service';
import { Resolution } from './resolution.entity';
import { CreateResolutionReviewInput, ResolutionReviewFilter, UpdateResolutionReviewInput } from './resolution.input';

const ResolutionReviewPage = Page(ResolutionReview, 'ResolutionReview');
type ResolutionReviewPage = InstanceType<typeof ResolutionReviewPage>;

@Resolver(() => ResolutionReview)
export class ResolutionReviewResolver {
  @Authorized(Access.SIGNED_IN)
  @Query(() => ResolutionReviewPage, { description: 'Monthly review entries of resolutions, latest first.' })
  resolutionReviews(
    @Ctx() { em, viewer }: Context,
    @Arg('filter', () => ResolutionReviewFilter, { nullable: true }) filter?: ResolutionReviewFilter,
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0, description: 'Records to skip.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 25, description: 'Page size, 1 to 100.' }) limit?: number,
  ): Promise<ResolutionReviewPage> {
    return listResolutionReviews(em, viewer?.scopePath ?? '/', filter, offset, limit);
  }

  @Authorized(Access.SIGNED_IN)
  @Query(() => ResolutionReview, { nullable: true, description: 'One review entry by id, or null.' })
  resolutionReview(@Ctx() { em, viewer }: Context, @Arg('id', () => ID) id: string) {
    return em.findOne(ResolutionReview, { id: parseId(id, 'id'), ...scoped('branch', viewer?.scopePath ?? '/') });
  }

  @Authorized(Access.RECORD_MEETINGS)
  @Mutation(() => ResolutionReview, { description: 'Records a monthly review entry of a resolution.' })
  createResolutionReview(@Ctx() { em }: Context, @Arg('input', () => CreateResolutionReviewInput) input: CreateResolutionReviewInput): Promise<ResolutionReview> {
    return createResolutionReview(em, input);
  }

  @Authorized(Access.RECORD_MEETINGS)
  @Mutation(() => ResolutionReview, { description: 'Changes a review entry.' })
  updateResolutionReview(@Ctx() { em }: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateResolutionReviewInput) input: UpdateResolutionReviewInput): Promise<ResolutionReview> {
    return updateResolutionReview(em, id, input);
  }

  @Authorized(Access.RECORD_MEETINGS)
  @Mutation(() => ResolutionReview, { description: 'Deletes a review entry entered by mistake.' })
  deleteResolutionReview(@Ctx() { em }: Context, @Arg('id', () => ID) id: string): Promise<ResolutionReview> {
    return deleteResolutionReview(em, id);
  }

  @FieldResolver(() => Resolution, { nullable: true, description: 'The resolution.' })
  resolution(@Root() row: ResolutionReview, @Ctx() { loaders }: Context) { return loaders.resolution().load(row.resolution.id); }

  @FieldResolver(() => ID, { description: 'Id of the resolution.' })
  resolutionId(@Root() row: ResolutionReview): string { return String(row.resolution.id); }

  @FieldResolver(() => Member, { nullable: true, description: 'Member praised or corrected.' })
  member(@Root() row: ResolutionReview, @Ctx() { loaders }: Context) { return row.member ? loaders.member().load(row.member.id) : null; }

  @FieldResolver(() => ID, { nullable: true, description: 'Id of that member.' })
  memberId(@Root() row: ResolutionReview): string | null { return row.member ? String(row.member.id) : null; }

  @FieldResolver(() => ID, { nullable: true, description: 'Id of the meeting at which it was reviewed.' })
  reviewMeetingId(@Root() row: ResolutionReview): string | null { return row.reviewMeeting ? String(row.reviewMeeting.id) : null; }
}
