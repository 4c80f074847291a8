import { BranchKind, IndicatorCode } from '@chibo/domain';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { describeEnum } from '../../shared/describe-enum';
import { DateScalar } from '../../shared/scalars';

describeEnum(IndicatorCode, 'IndicatorCode', 'A figure the plan is judged by (1–4), or one tracked beside them; see each figure’s `convention`.', {
  REGULAR_HELD: '(1) Branches that held the month’s regular meeting / branches expected (existing on the 1st).',
  REGULAR_FIRST_WEEK: '(1) Of those expected, branches that held it in the first week.',
  THEMATIC_HELD: '(1) Branches that held a thematic meeting in a whole quarter of the period / branches existing every day of it.',
  CONTENT_COMPLETE: '(2) Branch meetings held with every procedure step and enough length / branch meetings held.',
  ATTENDANCE_POOLED: '(3) Present among expected attendees / expected attendees, pooled over the regular meetings.',
  BRANCHES_AT_THRESHOLD: '(3) Branches whose regular meeting reached the attendance threshold / branches expected.',
  MEMBERS_TASKED: '(4) Working members with a task for the year from any branch / working members, on the period’s last day.',
  SUPERVISORS_ROTATING: 'Standing committee members who attended a branch meeting and rotated / standing members, summed over the quarters.',
  IN_CHARGE_VISITED: 'Committee members in charge who attended their branch’s meeting / assignments in charge, summed over the quarters.',
  REGULAR_PILOTS: 'Branches piloting regular meetings in the year / branches.',
  THEMATIC_PILOTS: 'Branches piloting thematic meetings in the year / branches.',
  TASKS_ON_TIME: 'Resolution tasks done by their deadline / tasks whose deadline fell in the period and has passed.',
  DOCUMENTS_ON_TIME: 'Meetings whose documents went out early enough / meetings held under a rule asking for it.',
});

export enum IndicatorGroup {
  ORGANIZATION = 'ORGANIZATION',
  BRANCH = 'BRANCH',
  BRANCH_KIND = 'BRANCH_KIND',
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
}
describeEnum(IndicatorGroup, 'IndicatorGroup', 'How to split the figures.', {
  ORGANIZATION: 'By the organizations directly under the scope (the scope itself when it is a branch).',
  BRANCH: 'By each branch (a ranking).',
  BRANCH_KIND: 'By kind of branch.',
  MONTH: 'By month (the thematic figure, counted by quarter, is left out).',
  QUARTER: 'By quarter.',
});

@InputType({ description: 'A period: exactly one of month, quarter, half-year, year, or a range from–to (at most 36 months). Calendar periods in Vietnam time.' })
export class PeriodInput {
  @Field(() => String, { nullable: true, description: 'A month, YYYY-MM.' }) month?: string | null;
  @Field(() => String, { nullable: true, description: 'A quarter, YYYY-Qn.' }) quarter?: string | null;
  @Field(() => String, { nullable: true, description: 'A half-year, YYYY-H1 or YYYY-H2.' }) half?: string | null;
  @Field(() => Int, { nullable: true, description: 'A year.' }) year?: number | null;
  @Field(() => String, { nullable: true, description: 'First month of a range, YYYY-MM.' }) from?: string | null;
  @Field(() => String, { nullable: true, description: 'Last month of a range, YYYY-MM.' }) to?: string | null;
}

@ObjectType({ description: 'A figure over a period: numerator, denominator, rate, target and the documents and convention it is counted by.' })
export class IndicatorFigure {
  @Field(() => IndicatorCode, { description: 'Which figure.' }) code!: IndicatorCode;
  @Field({ description: 'Its name, in Vietnamese.' }) label!: string;
  @Field({ description: 'Its name, in English.' }) labelEn!: string;
  @Field(() => Int, { nullable: true, description: 'The plan’s figure number (1–4); null for figures tracked beside them.' }) planFigure!: number | null;
  @Field(() => Int, { description: 'What counts (branches that held, present members …).' }) numerator!: number;
  @Field(() => Int, { description: 'Out of what (branches expected, expected attendees …).' }) denominator!: number;
  @Field(() => Float, { nullable: true, description: 'numerator ÷ denominator; null with nothing expected.' }) rate!: number | null;
  @Field(() => Float, { nullable: true, description: 'The target rate from the rule sets in force (1 for the plan’s 100%, the attendance share, the pilot range’s lower end); null when none asks for it.' }) target!: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the rate reaches the target; null without a rate or a target.' }) met!: boolean | null;
  @Field(() => [String], { description: 'Documents the target is taken from.' }) documents!: string[];
  @Field({ description: 'How the figure counts (the product’s counting convention), in Vietnamese.' }) convention!: string;
}

@ObjectType({ description: 'The figures of one group: an organization, branch, branch kind, month or quarter, or a combination.' })
export class IndicatorGroupRow {
  @Field(() => ID, { nullable: true, description: 'The organization (grouped by ORGANIZATION).' }) organizationId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The branch (grouped by BRANCH).' }) branchId!: string | null;
  @Field(() => BranchKind, { nullable: true, description: 'The kind of branch (grouped by BRANCH_KIND).' }) branchKind!: BranchKind | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM (grouped by MONTH).' }) month!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-Qn (grouped by QUARTER).' }) quarter!: string | null;
  @Field(() => [IndicatorFigure], { description: 'The figures that can be split this way.' }) figures!: IndicatorFigure[];
}

@ObjectType({ description: 'The figures over a scope and a period, in total and by group, against the structure as it stood then.' })
export class Indicators {
  @Field(() => ID, { nullable: true, description: 'The organization counted with everything below it; null for the whole database.' }) scopeId!: string | null;
  @Field({ description: 'First month, YYYY-MM.' }) from!: string;
  @Field({ description: 'Last month, YYYY-MM.' }) to!: string;
  @Field(() => DateScalar, { description: 'The day up to which meetings, deadlines and tasks are counted (today, or the period’s last day if earlier).' }) asOf!: string;
  @Field(() => [IndicatorGroup], { description: 'The grouping asked for.' }) groupBy!: IndicatorGroup[];
  @Field(() => [IndicatorFigure], { description: 'Every figure over the whole scope and period.' }) totals!: IndicatorFigure[];
  @Field(() => [IndicatorGroupRow], { description: 'One row per group (empty without groupBy).' }) groups!: IndicatorGroupRow[];
}

@ObjectType({ description: 'A row behind a figure: a branch in a month or quarter, a meeting, a member or a task, and what it adds to the numerator and the denominator.' })
export class IndicatorRow {
  @Field(() => ID, { nullable: true, description: 'The branch (null for a standing member’s row).' }) branchId!: string | null;
  @Field(() => String, { nullable: true, description: 'The month, YYYY-MM.' }) month!: string | null;
  @Field(() => String, { nullable: true, description: 'The quarter, YYYY-Qn.' }) quarter!: string | null;
  @Field(() => ID, { nullable: true, description: 'The meeting, when there is one.' }) meetingId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The member (members’ and tasks’ figures).' }) memberId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The resolution task (TASKS_ON_TIME).' }) taskId!: string | null;
  @Field({ description: 'Whether the row counts in the numerator (for pooled attendance: whether the meeting reached the threshold).' }) counted!: boolean;
  @Field(() => Int, { description: 'What it adds to the numerator.' }) numerator!: number;
  @Field(() => Int, { description: 'What it adds to the denominator.' }) denominator!: number;
}

@ObjectType({ description: 'A page of the rows behind a figure.' })
export class IndicatorRowPage {
  @Field(() => Int, { description: 'Rows matching, before paging.' }) total!: number;
  @Field(() => Int, { description: 'Rows skipped.' }) offset!: number;
  @Field(() => Int, { description: 'Rows asked for.' }) limit!: number;
  @Field(() => [IndicatorRow], { description: 'The rows of this page.' }) items!: IndicatorRow[];
}
