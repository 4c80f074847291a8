import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../shared/scalars';
import { AnnualRating } from './annual-rating.entity';
import { RatingCriterionCode, RatingLevel } from './annual-rating.enums';

@ObjectType('RatingBand', { description: 'The least total of a level under a points rule set.' })
export class RatingBandType {
  @Field(() => RatingLevel, { description: 'The level.' }) level!: RatingLevel;
  @Field(() => Float, { description: 'Least total reaching it.' }) min!: number;
}

@ObjectType('RatingDocument', { description: 'The rating rule set a year is rated by (in force on the year’s last day) and the scale of its parts.' })
export class RatingDocumentType {
  @Field({ description: 'Document number, e.g. 366-QĐ/TW.' }) documentNumber!: string;
  @Field(() => DateScalar, { description: 'Date of the document.' }) documentDate!: string;
  @Field({ description: 'Title.' }) title!: string;
  @Field({ description: 'POINTS (a total out of maxPoints) or LEVELS (four levels without points).' }) scale!: string;
  @Field(() => Float, { nullable: true, description: 'The whole scale (100), under POINTS.' }) maxPoints!: number | null;
  @Field(() => [RatingBandType], { description: 'Least total of each level, best first (empty under LEVELS).' }) bands!: RatingBandType[];
  @Field({ description: 'Whether the bands are the document’s (else the ward’s reading).' }) bandsFromDocument!: boolean;
  @Field(() => Float, { description: 'Most points of the meeting-quality part (the ward’s criteria, not the document’s).' }) meetingPartMax!: number;
  @Field(() => Float, { nullable: true, description: 'Most points the committee enters for the rest, under POINTS.' }) enteredPointsMax!: number | null;
}

@ObjectType('RatingCriterion', { description: 'One criterion of the meeting-quality part as judged from the year’s figures.' })
export class RatingCriterionType {
  @Field(() => RatingCriterionCode, { description: 'Which criterion.' }) code!: RatingCriterionCode;
  @Field({ description: 'Its name in Vietnamese.' }) label!: string;
  @Field(() => Float, { nullable: true, description: 'Rate (0 to 1), count, or 1/0 for yes/no; null when it does not apply.' }) value!: number | null;
  @Field(() => Int, { nullable: true, description: 'Counted, for a rate.' }) numerator!: number | null;
  @Field(() => Int, { nullable: true, description: 'Out of, for a rate.' }) denominator!: number | null;
  @Field(() => Float, { nullable: true, description: 'Target rate, or the most allowed count.' }) target!: number | null;
  @Field(() => Float, { nullable: true, description: 'Points earned (null under a levels-only rule set or when it does not apply).' }) points!: number | null;
  @Field(() => Float, { description: 'Most points it gives.' }) maxPoints!: number;
  @Field(() => Boolean, { nullable: true, description: 'Whether it is met; null when it does not apply.' }) met!: boolean | null;
  @Field({ description: 'Why, in Vietnamese.' }) reason!: string;
}

@ObjectType('RatingResult', { description: 'A rating put together: the meeting part computed, the committee’s part entered, the total and the level.' })
export class RatingResultType {
  @Field(() => Float, { nullable: true, description: 'Points of the meeting-quality part (scaled over the criteria that apply); null under LEVELS or when none applies.' }) meetingPoints!: number | null;
  @Field(() => Float, { description: 'Most points of the meeting part.' }) meetingPartMax!: number;
  @Field(() => RatingLevel, { nullable: true, description: 'Level the meeting part proposes under a levels-only rule set.' }) proposedLevel!: RatingLevel | null;
  @Field(() => [RatingCriterionType], { description: 'The criteria with values, points and reasons.' }) criteria!: RatingCriterionType[];
  @Field(() => AnnualRating, { nullable: true, description: 'The committee’s part as entered, or null while not entered.' }) rating!: AnnualRating | null;
  @Field(() => Float, { nullable: true, description: 'Meeting part plus entered points (under POINTS), null while pending.' }) total!: number | null;
  @Field(() => RatingLevel, { nullable: true, description: 'Level the total reaches.' }) levelByPoints!: RatingLevel | null;
  @Field(() => RatingLevel, { nullable: true, description: 'The level: the total’s, or the lower one entered; under LEVELS the one entered; capped for a member with grounds for removal.' }) level!: RatingLevel | null;
  @Field({ description: 'The committee’s part is not entered yet.' }) pending!: boolean;
}

@ObjectType('BranchRating', { description: 'A branch’s annual rating: meeting part, the committee’s part, total and level.' })
export class BranchRatingType extends RatingResultType {
  @Field(() => ID, { description: 'The branch.' }) branchId!: string;
}

@ObjectType('MemberRating', { description: 'A member’s annual rating: meeting part, the committee’s part, total and level.' })
export class MemberRatingType extends RatingResultType {
  @Field(() => ID, { description: 'The member.' }) memberId!: string;
  @Field(() => DateScalar, { description: 'First day in the branch within the year.' }) from!: string;
  @Field(() => DateScalar, { nullable: true, description: 'First day no longer in the branch, when within the year.' }) to!: string | null;
  @Field({ description: 'Exempt from party work and meetings on the as-of day (or their last day in the branch).' }) exempt!: boolean;
  @Field(() => Int, { description: 'Months of the year with a meeting missed without a reason.' }) unexcusedMonths!: number;
  @Field({ description: 'Those months reach the number that is grounds for removal from the rolls (3 under 24-QĐ/TW).' }) removalGrounds!: boolean;
}

@ObjectType('BranchRatings', { description: 'The annual ratings of the branches under an organization for a year.' })
export class BranchRatingsType {
  @Field(() => ID, { description: 'The organization asked for.' }) organizationId!: string;
  @Field(() => Int, { description: 'The year.' }) year!: number;
  @Field(() => DateScalar, { description: 'Figures count up to this day: the year’s last day, or today for the current year.' }) asOf!: string;
  @Field(() => RatingDocumentType, { description: 'The rule set the year is rated by.' }) document!: RatingDocumentType;
  @Field(() => [BranchRatingType], { description: 'Branches that existed during the year, in roll order.' }) rows!: BranchRatingType[];
}

@ObjectType('MemberRatings', { description: 'The annual ratings of a branch’s members for a year.' })
export class MemberRatingsType {
  @Field(() => ID, { description: 'The branch.' }) branchId!: string;
  @Field(() => Int, { description: 'The year.' }) year!: number;
  @Field(() => DateScalar, { description: 'Figures count up to this day.' }) asOf!: string;
  @Field(() => RatingDocumentType, { description: 'The rule set the year is rated by.' }) document!: RatingDocumentType;
  @Field(() => Int, { description: 'Months missed without a reason that are grounds for removal (structure rule set in force).' }) removalMonths!: number;
  @Field({ description: 'Document setting that number.' }) removalDocument!: string;
  @Field(() => [MemberRatingType], { description: 'Members of the branch at some time in the year, in roll order.' }) rows!: MemberRatingType[];
}
