import {
  maxConsecutiveExcusedOn, OrganizationKind, regularDueDay, STRUCTURE_RULE_SETS, TaskStatus,
} from '@chibo/domain';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { Arg, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.type';
import { ruleSetFor } from '../../shared/rule-sets';
import { dayOrToday, existingOn } from '../../shared/crud';
import { parseId } from '../../shared/errors';
import { DateScalar } from '../../shared/scalars';
import { Member } from '../member/member.entity';
import { Organization } from '../organization/organization.entity';
import { membersWithoutTaskQuery } from './plan.resolver';
import { storedRuleSets } from './meeting.service';
import { ResolutionTask } from './resolution.entity';

@ObjectType({ description: 'A member flagged by an attendance rule, with the count that triggered it.' })
export class MemberAttendanceAlert {
  member!: Member;
  @Field(() => ID, { description: 'The member.' }) memberId!: string;
  @Field(() => Int, { description: 'Months with an unexcused absence this year, or the longest run of excused absences in a row.' }) count!: number;
  @Field({ description: 'The document whose rule the count is measured against.' }) documentNumber!: string;
  @Field(() => Int, { description: 'The threshold of that rule: months that are grounds for removal (flagged at this many), or the most excused absences in a row allowed (flagged above it).' }) limit!: number;
}

@ObjectType({ description: 'What needs the ward office’s attention on a day, under an organization.' })
export class MeetingAlerts {
  @Field(() => DateScalar, { description: 'The day the alerts are for.' }) asOf!: string;
  @Field({ description: 'Month of the day, YYYY-MM.' }) month!: string;
  @Field(() => Int, { nullable: true, description: 'Day of the month by which the regular meeting is due under the rule sets in force (null: none sets one).' }) regularDueDay!: number | null;
  @Field({ description: 'Whether the due day has passed on asOf.' }) regularOverdue!: boolean;
  branchesWithoutRegularMeeting!: Organization[];
  @Field(() => [MemberAttendanceAlert], { description: 'Members absent without a reason in at least the number of months of the year that is grounds for removal from the rolls.' }) unexcusedMonths!: MemberAttendanceAlert[];
  @Field(() => [MemberAttendanceAlert], { description: 'Members absent with a reason more times in a row this year than the rule set in force allows.' }) excusedRuns!: MemberAttendanceAlert[];
  @Field(() => Int, { description: 'Resolution tasks past their deadline and not done.' }) overdueTaskCount!: number;
  overdueTasks!: ResolutionTask[];
  @Field(() => Int, { description: 'Working members with no task for the year.' }) membersWithoutTaskCount!: number;
}

@Resolver(() => MeetingAlerts)
export class MeetingAlertsResolver {
  @Query(() => MeetingAlerts, { nullable: true, description: 'Alerts for the home page under an organization on a day (today when omitted); null outside your scope.' })
  async meetingAlerts(
    @Ctx() { em, viewer }: Context,
    @Arg('organizationId', () => ID, { description: 'The committee or branch whose subtree to check.' }) organizationId: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day.' }) asOf?: string,
  ): Promise<MeetingAlerts | null> {
    const org = await em.findOne(Organization, { id: parseId(organizationId, 'organizationId') });
    if (!org?.path.startsWith(viewer?.scopePath ?? '/')) return null;
    const day = dayOrToday(asOf);
    const month = day.slice(0, 7);
    const firstOfMonth = `${month}-01`;
    const yearStart = `${day.slice(0, 4)}-01-01`;
    const sets = await storedRuleSets(em);
    const dueDay = regularDueDay(sets, firstOfMonth);
    const knex = (em as SqlEntityManager).getKnex();
    const like = `${org.path}%`;

    // Branches expected this month (existing on its first day) with no regular or combined meeting of their own held by the day.
    const branches = await em.find(Organization, {
      kind: OrganizationKind.BRANCH, path: { $like: like }, ...existingOn(firstOfMonth),
      id: { $nin: knex('meeting').select('organization_id').where('month', month).whereNotNull('regular_month').whereNotNull('held_on').andWhere('held_on', '<=', day) as never },
    }, { orderBy: { sortKey: 'asc' } });

    const removal = ruleSetFor(STRUCTURE_RULE_SETS, day, 'asOf');
    const unexcused: Array<{ member_id: number; n: number }> = await knex('attendance as a')
      .join('meeting as m', 'm.id', 'a.meeting_id').join('organization as o', 'o.id', 'm.branch_id')
      .select('a.member_id').countDistinct({ n: 'm.month' })
      .where('a.status', 'UNEXCUSED').whereNull('a.exclusion').andWhere('m.held_on', '>=', yearStart).andWhere('m.held_on', '<=', day).andWhere('o.path', 'like', like)
      .groupBy('a.member_id').havingRaw('count(distinct m.month) >= ?', [removal.rules.unexcusedMonthsForRemoval]);

    const excusedRule = maxConsecutiveExcusedOn(sets, day);
    let runs: Array<{ member_id: number; n: number }> = [];
    if (excusedRule) {
      // Gaps and islands: consecutive excused absences share (row number overall - row number among excused).
      runs = (await knex.raw(
        `select member_id, max(n) as n from (
           select member_id, grp, count(*) as n from (
             select a.member_id, a.status,
               row_number() over (partition by a.member_id order by m.held_on, m.id)
                 - row_number() over (partition by a.member_id, a.status order by m.held_on, m.id) as grp
             from attendance a join meeting m on m.id = a.meeting_id join organization o on o.id = m.branch_id
             where m.held_on >= ? and m.held_on <= ? and o.path like ? and a.exclusion is null
           ) t where status = 'EXCUSED' group by member_id, grp
         ) r group by member_id having max(n) > ?`,
        [yearStart, day, like, excusedRule.max],
      )) as never;
      runs = Array.isArray(runs) ? runs : ((runs as unknown as { rows: typeof runs }).rows ?? []);
    }

    const overdueWhere = { branch: { path: { $like: like } }, deadline: { $lt: day }, status: { $in: [TaskStatus.OPEN, TaskStatus.IN_PROGRESS] } };
    const [overdueTasks, overdueTaskCount] = await em.findAndCount(ResolutionTask, overdueWhere, { orderBy: { deadline: 'asc', id: 'asc' }, limit: 20 });
    const membersWithoutTaskCount = await membersWithoutTaskQuery(em, org.path, Number(day.slice(0, 4)), day).getCount();

    const toAlert = (rows: Array<{ member_id: number; n: number }>, documentNumber: string, limit: number) =>
      rows.map((r) => ({ memberId: String(r.member_id), count: Number(r.n), documentNumber, limit }) as MemberAttendanceAlert).sort((a, b) => b.count - a.count || Number(a.memberId) - Number(b.memberId));
    return {
      asOf: day, month, regularDueDay: dueDay, regularOverdue: dueDay != null && Number(day.slice(8, 10)) > dueDay,
      branchesWithoutRegularMeeting: branches,
      unexcusedMonths: toAlert(unexcused, removal.documentNumber, removal.rules.unexcusedMonthsForRemoval),
      excusedRuns: excusedRule ? toAlert(runs, excusedRule.documentNumber, excusedRule.max) : [],
      overdueTaskCount, overdueTasks, membersWithoutTaskCount,
    };
  }

  @FieldResolver(() => [Organization], { description: 'Branches expected to hold this month’s regular meeting (existing on the first day) that have not held one of their own by asOf, in tree order.' })
  branchesWithoutRegularMeeting(@Root() row: MeetingAlerts, @Ctx() { loaders }: Context) { return loaders.primeOrganizations(row.branchesWithoutRegularMeeting); }

  @FieldResolver(() => [ResolutionTask], { description: 'The first 20 overdue tasks, earliest deadline first.' })
  overdueTasks(@Root() row: MeetingAlerts): ResolutionTask[] { return row.overdueTasks; }
}

@Resolver(() => MemberAttendanceAlert)
export class MemberAttendanceAlertResolver {
  @FieldResolver(() => Member, { nullable: true, description: 'The member.' })
  member(@Root() row: MemberAttendanceAlert, @Ctx() { loaders }: Context) { return loaders.member().load(Number(row.memberId)); }
}
