import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.type';
import { Access } from '../../shared/auth-guard';
import { Page } from '../../shared/pagination';
import { Organization } from '../organization/organization.entity';
import { MeetingLengthDecision } from './length-decision.entity';
import { CreateLengthDecisionInput, LengthDecisionFilter, UpdateLengthDecisionInput } from './length-decision.input';
import { createLengthDecision, deleteLengthDecision, findLengthDecision, listLengthDecisions, updateLengthDecision } from './length-decision.service';

const LengthDecisionPage = Page(MeetingLengthDecision, 'MeetingLengthDecision');
type LengthDecisionPage = InstanceType<typeof LengthDecisionPage>;

@Resolver(() => MeetingLengthDecision)
export class MeetingLengthDecisionResolver {
  @Authorized(Access.SIGNED_IN)
  @Query(() => LengthDecisionPage, { description: 'Committees’ decisions on meeting length that apply in your subtree, newest first.' })
  meetingLengthDecisions(
    @Ctx() { em, viewer }: Context,
    @Arg('filter', () => LengthDecisionFilter, { nullable: true }) filter?: LengthDecisionFilter,
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0, description: 'Records to skip.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 25, description: 'Page size, 1 to 100.' }) limit?: number,
  ): Promise<LengthDecisionPage> {
    return listLengthDecisions(em, viewer?.scopePath ?? '/', filter, offset, limit);
  }

  @Authorized(Access.SIGNED_IN)
  @Query(() => MeetingLengthDecision, { nullable: true, description: 'One length decision by id, or null (those that apply in your subtree).' })
  meetingLengthDecision(@Ctx() { em, viewer }: Context, @Arg('id', () => ID) id: string): Promise<MeetingLengthDecision | null> {
    return findLengthDecision(em, viewer?.scopePath ?? '/', id);
  }

  @Authorized(Access.EDIT_STRUCTURE)
  @Mutation(() => MeetingLengthDecision, { description: 'Records a committee’s decision on meeting length (under a rule set that allows it); held meetings it covers are judged again.' })
  createMeetingLengthDecision(@Ctx() { em }: Context, @Arg('input', () => CreateLengthDecisionInput) input: CreateLengthDecisionInput): Promise<MeetingLengthDecision> {
    return createLengthDecision(em, input);
  }

  @Authorized(Access.EDIT_STRUCTURE)
  @Mutation(() => MeetingLengthDecision, { description: 'Corrects or ends a length decision; held meetings in the old and new periods are judged again.' })
  updateMeetingLengthDecision(@Ctx() { em }: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateLengthDecisionInput) input: UpdateLengthDecisionInput): Promise<MeetingLengthDecision> {
    return updateLengthDecision(em, id, input);
  }

  @Authorized(Access.EDIT_STRUCTURE)
  @Mutation(() => MeetingLengthDecision, { description: 'Deletes a length decision entered by mistake; the meetings it covered are judged again.' })
  deleteMeetingLengthDecision(@Ctx() { em }: Context, @Arg('id', () => ID) id: string): Promise<MeetingLengthDecision> {
    return deleteLengthDecision(em, id);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The deciding organization.' })
  organization(@Root() row: MeetingLengthDecision, @Ctx() { loaders }: Context) { return loaders.organization().load(row.organization.id); }

  @FieldResolver(() => ID, { description: 'Id of the deciding organization.' })
  organizationId(@Root() row: MeetingLengthDecision): string { return String(row.organization.id); }
}
