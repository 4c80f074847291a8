import { checkMeetingRules, checkRuleSetDocument, ProcedureStep } from '@chibo/domain';
import type { EntityManager } from '@mikro-orm/core';
import { Arg, Ctx, Field, Float, ID, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.type';
import { checkVersion, findOr404, listPage, write } from '../../shared/crud';
import { AppError, assertValid, ErrorCode, parseId } from '../../shared/errors';
import { Page } from '../../shared/pagination';
import { DateScalar } from '../../shared/scalars';
import './meeting-enums';
import { MeetingRuleSet, toRuleSet } from './meeting-rule-set.entity';
import { Meeting } from './meeting.entity';
import { judgeStored, storedRuleSets } from './meeting.service';

const MeetingRuleSetPage = Page(MeetingRuleSet, 'MeetingRuleSet');
type MeetingRuleSetPage = InstanceType<typeof MeetingRuleSetPage>;

@InputType({ description: 'Fields of a meeting rule set; a threshold left null means the document sets no such rule.' })
class MeetingRuleSetFields {
  @Field(() => String, { nullable: true, description: 'Document number.' }) documentNumber?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Document date.' }) documentDate?: string;
  @Field(() => String, { nullable: true, description: 'Title.' }) title?: string;
  @Field(() => DateScalar, { nullable: true, description: 'First day in force.' }) validFrom?: string;
  @Field(() => DateScalar, { nullable: true, description: 'First day no longer in force.' }) validTo?: string | null;
  @Field(() => Int, { nullable: true, description: 'Regular meeting due by this day of the month.' }) regularByDay?: number | null;
  @Field(() => Float, { nullable: true, description: 'Minimum share present, e.g. 0.9.' }) minAttendanceShare?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Share must be exceeded (true) or reached (false).' }) minAttendanceStrict?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Nobody absent without a reason.' }) noUnexcusedAbsence?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'Most excused absences in a row in a year.' }) maxConsecutiveExcused?: number | null;
  @Field(() => Int, { nullable: true, description: 'Minimum minutes.' }) minMinutesRegular?: number | null;
  @Field(() => Int, { nullable: true, description: 'Minimum minutes of a combined meeting.' }) minMinutesCombined?: number | null;
  @Field(() => Int, { nullable: true, description: 'Documents this many days ahead.' }) documentsDaysAhead?: number | null;
  @Field(() => [ProcedureStep], { nullable: true, description: 'Required procedure steps.' }) procedure?: ProcedureStep[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Every working member tasked each year.' }) everyWorkingMemberTasked?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'Thematic meetings per quarter.' }) thematicPerQuarter?: number | null;
  @Field(() => Int, { nullable: true, description: 'Supervisor rotation window in quarters.' }) rotationQuarters?: number | null;
}

@InputType({ description: 'A new meeting rule set.' })
class CreateMeetingRuleSetInput extends MeetingRuleSetFields {
  @Field(() => String, { description: 'Document number.' }) declare documentNumber: string;
  @Field(() => DateScalar, { description: 'Document date.' }) declare documentDate: string;
  @Field(() => String, { description: 'Title.' }) declare title: string;
  @Field(() => DateScalar, { description: 'First day in force.' }) declare validFrom: string;
}

@InputType({ description: 'Changes to a meeting rule set; omitted fields stay as they are.' })
class UpdateMeetingRuleSetInput extends MeetingRuleSetFields {
  @Field(() => Int, { nullable: true, description: 'The version you edited.' }) version?: number;
}

const KEYS = [
  'documentNumber', 'documentDate', 'title', 'validFrom', 'validTo', 'regularByDay', 'minAttendanceShare', 'minAttendanceStrict', 'noUnexcusedAbsence',
  'maxConsecutiveExcused', 'minMinutesRegular', 'minMinutesCombined', 'documentsDaysAhead', 'procedure', 'everyWorkingMemberTasked', 'thematicPerQuarter',
  'rotationQuarters',
] as const;

async function apply(tem: EntityManager, row: MeetingRuleSet, input: MeetingRuleSetFields) {
  for (const key of KEYS) if (input[key] !== undefined) (row as unknown as Record<string, unknown>)[key] = input[key];
  assertValid(checkRuleSetDocument(row));
  const set = toRuleSet(row);
  assertValid(checkMeetingRules(set.rules));
  if (row.minMinutesCombined != null && row.minMinutesRegular == null) assertValid([{ field: 'minMinutesRegular', code: 'BAD_USER_INPUT', message: 'Cần số phút tối thiểu của buổi thường kỳ.' }]);
  const clash = await tem.findOne(MeetingRuleSet, { documentNumber: row.documentNumber, documentDate: row.documentDate, id: { $ne: row.id ?? 0 } });
  if (clash) throw new AppError(ErrorCode.CONFLICT, 'documentNumber: đã có bộ quy định của văn bản này (cùng số và ngày).', 'documentNumber');
}

/**
 * Judges again every held meeting in a period by the stored rule sets, from its stored counts, so a changed rule
 * set applies to the meetings held while it is in force. Runs in the caller's transaction.
 */
async function rejudge(tem: EntityManager, from: string, to: string | null) {
  await tem.flush();
  const sets = await storedRuleSets(tem);
  const meetings = await tem.find(Meeting, { heldOn: { $gte: from, ...(to ? { $lt: to } : {}) } });
  for (const m of meetings) judgeStored(m, sets);
}

@Resolver(() => MeetingRuleSet)
export class MeetingRuleSetResolver {
  @Query(() => MeetingRuleSetPage, { description: 'Meeting rule sets, oldest first.' })
  meetingRuleSets(
    @Ctx() { em }: Context,
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0, description: 'Records to skip.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 25, description: 'Page size, 1 to 100.' }) limit?: number,
  ): Promise<MeetingRuleSetPage> {
    return listPage(em, MeetingRuleSet, {}, [{ validFrom: 'asc' }, { id: 'asc' }] as never, offset, limit);
  }

  @Query(() => MeetingRuleSet, { nullable: true, description: 'One meeting rule set by id, or null.' })
  meetingRuleSet(@Ctx() { em }: Context, @Arg('id', () => ID) id: string) {
    return em.findOne(MeetingRuleSet, { id: parseId(id, 'id') });
  }

  @Mutation(() => MeetingRuleSet, { description: 'Adds a meeting rule set (a new document); held meetings in its period are judged again.' })
  createMeetingRuleSet(@Ctx() { em }: Context, @Arg('input', () => CreateMeetingRuleSetInput) input: CreateMeetingRuleSetInput): Promise<MeetingRuleSet> {
    return write(em, async (tem) => {
      const row = tem.create(MeetingRuleSet, {} as never, { persist: false });
      await apply(tem, row, input);
      tem.persist(row);
      await rejudge(tem, row.validFrom, row.validTo ?? null);
      await tem.flush();
      return row;
    });
  }

  @Mutation(() => MeetingRuleSet, { description: 'Corrects a meeting rule set or ends it; held meetings in the old and new periods are judged again.' })
  updateMeetingRuleSet(@Ctx() { em }: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateMeetingRuleSetInput) input: UpdateMeetingRuleSetInput): Promise<MeetingRuleSet> {
    return write(em, async (tem) => {
      const row = await findOr404(tem, MeetingRuleSet, parseId(id, 'id'), 'id', 'bộ quy định');
      await checkVersion(tem, row, input.version);
      const before = { from: row.validFrom, to: row.validTo ?? null };
      await apply(tem, row, input);
      // ISO days compare as strings: the earlier start and the later end of the old and new periods.
      const from = [before.from, row.validFrom].sort()[0];
      const to = before.to == null || row.validTo == null ? null : [before.to, row.validTo].sort()[1];
      await rejudge(tem, from, to);
      await tem.flush();
      return row;
    });
  }
}
