import { Authorized, Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../../shared/auth-guard';
import type { Context } from '../../context.type';
import { listPage } from '../../shared/crud';
import { parseId } from '../../shared/errors';
import { Page } from '../../shared/pagination';
import { MeetingRuleSet } from './meeting-rule-set.entity';
import { CreateMeetingRuleSetInput, UpdateMeetingRuleSetInput } from './meeting-rule-set.input';
import { createMeetingRuleSet, updateMeetingRuleSet } from './meeting-rule-set.service';

const MeetingRuleSetPage = Page(MeetingRuleSet, 'MeetingRuleSet');
type MeetingRuleSetPage = InstanceType<typeof MeetingRuleSetPage>;

@Resolver(() => MeetingRuleSet)
export class MeetingRuleSetResolver {
  @Authorized(Access.SIGNED_IN)
  @Query(() => MeetingRuleSetPage, { description: 'Meeting rule sets, oldest first.' })
  meetingRuleSets(
    @Ctx() { em }: Context,
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0, description: 'Records to skip.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 25, description: 'Page size, 1 to 100.' }) limit?: number,
  ): Promise<MeetingRuleSetPage> {
    return listPage(em, MeetingRuleSet, {}, [{ validFrom: 'asc' }, { id: 'asc' }] as never, offset, limit);
  }

  @Authorized(Access.SIGNED_IN)
  @Query(() => MeetingRuleSet, { nullable: true, description: 'One meeting rule set by id, or null.' })
  meetingRuleSet(@Ctx() { em }: Context, @Arg('id', () => ID) id: string) {
    return em.findOne(MeetingRuleSet, { id: parseId(id, 'id') });
  }

  @Authorized(Access.EDIT_STRUCTURE)
  @Mutation(() => MeetingRuleSet, { description: 'Adds a meeting rule set (a new document); held meetings in its period are judged again.' })
  createMeetingRuleSet(@Ctx() { em }: Context, @Arg('input', () => CreateMeetingRuleSetInput) input: CreateMeetingRuleSetInput): Promise<MeetingRuleSet> {
    return createMeetingRuleSet(em, input);
  }

  @Authorized(Access.EDIT_STRUCTURE)
  @Mutation(() => MeetingRuleSet, { description: 'Corrects a meeting rule set or ends it; held meetings in the old and new periods are judged again.' })
  updateMeetingRuleSet(@Ctx() { em }: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateMeetingRuleSetInput) input: UpdateMeetingRuleSetInput): Promise<MeetingRuleSet> {
    return updateMeetingRuleSet(em, id, input);
  }
}
