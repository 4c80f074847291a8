import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../shared/scalars';
import { RatingLevel } from './annual-rating.enums';

@InputType({ description: 'The committee’s part of an annual rating, set for a branch (no memberId) or for a member of it; omitted fields stay as they are, null clears.' })
export class SetAnnualRatingInput {
  @Field(() => Int, { description: 'The year rated (up to the current one).' }) year!: number;
  @Field(() => ID, { description: 'The branch rated, or the branch the member belonged to in the year.' }) branchId!: string;
  @Field(() => ID, { nullable: true, description: 'The member rated; omitted for the branch’s own rating.' }) memberId?: string | null;
  @Field(() => Float, { nullable: true, description: 'Points for everything but meeting quality, 0 to the scale less the meeting part (70 under 366-QĐ/TW), two decimals; only under a points rule set.' }) points?: number | null;
  @Field(() => RatingLevel, { nullable: true, description: 'Level: under a levels-only rule set the committee’s level; under a points one only a level below the total’s (other conditions not met).' }) level?: RatingLevel | null;
  @Field(() => String, { nullable: true, description: 'The committee’s assessment, at most 2,000 characters.' }) note?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Day the committee decided (not in the future, not before the year).' }) decidedOn?: string | null;
  @Field(() => Int, { nullable: true, description: 'The version you edited; 0 when you expect no rating yet (refused with CONFLICT if one was entered meanwhile); omitted: no check.' }) version?: number;
}
