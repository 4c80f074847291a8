import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One of the plan’s figures over a period: numerator, denominator, rate, target and the documents it is judged by.' })
export class IndicatorFigure {
  @Field({ description: 'REGULAR_HELD, REGULAR_FIRST_WEEK, THEMATIC_HELD, ATTENDANCE_POOLED or BRANCHES_AT_THRESHOLD.' }) code!: string;
  @Field(() => Int, { description: 'What counts (branches that held, present members …), summed over the period.' }) numerator!: number;
  @Field(() => Int, { description: 'Out of what (branches expected, expected attendees …), summed over the period.' }) denominator!: number;
  @Field(() => Float, { nullable: true, description: 'numerator ÷ denominator; null with nothing expected.' }) rate!: number | null;
  @Field(() => Float, { description: 'The target rate (1 for the plan’s 100%, 0.9 for attendance under 11-ĐA/TU).' }) target!: number;
  @Field(() => [String], { description: 'Documents the figure is judged by.' }) documents!: string[];
}

@ObjectType({ description: 'A month of figures 1 and 3.' })
export class MonthIndicators {
  @Field({ description: 'YYYY-MM.' }) month!: string;
  @Field(() => Int, { description: 'Branches expected (existing on the first day).' }) expected!: number;
  @Field(() => Int, { description: 'Of them, those that held their regular (or combined) meeting.' }) held!: number;
  @Field(() => Int, { description: 'Of them, held by day 7.' }) heldFirstWeek!: number;
  @Field(() => Int, { description: 'Present among expected attendees, summed over those meetings.' }) present!: number;
  @Field(() => Int, { description: 'Expected attendees, summed over those meetings.' }) attendees!: number;
  @Field(() => Int, { description: 'Branches whose meeting reached the attendance threshold.' }) atThreshold!: number;
}

@ObjectType({ description: 'A quarter of the thematic figure.' })
export class QuarterIndicators {
  @Field({ description: 'YYYY-Qn.' }) quarter!: string;
  @Field(() => Int, { description: 'Branches expected (existing every day of the quarter).' }) expected!: number;
  @Field(() => Int, { description: 'Of them, those that held a thematic (or combined) meeting.' }) held!: number;
}

@ObjectType({ description: 'The plan’s figures 1 and 3 under an organization over a range of months, against the structure as it stood each month.' })
export class PlanIndicators {
  @Field({ description: 'First month, YYYY-MM.' }) from!: string;
  @Field({ description: 'Last month, YYYY-MM.' }) to!: string;
  @Field(() => [IndicatorFigure], { description: 'The figures over the whole range.' }) figures!: IndicatorFigure[];
  @Field(() => [MonthIndicators], { description: 'Month by month.' }) months!: MonthIndicators[];
  @Field(() => [QuarterIndicators], { description: 'The quarters lying wholly in the range.' }) quarters!: QuarterIndicators[];
}
