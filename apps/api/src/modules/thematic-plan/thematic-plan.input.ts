import { ThematicTopicArea } from '@chibo/domain';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../shared/scalars';
import '../meeting/meeting.enums';

@InputType({ description: 'Filters for thematic plan items.' })
export class ThematicPlanFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' }) ids?: string[];
  @Field(() => ID, { nullable: true, description: 'Of this branch (or below this organization with descendants).' }) organizationId?: string;
  @Field({ nullable: true, defaultValue: false, description: 'With organizationId: include branches below it.' }) descendants?: boolean;
  @Field(() => Int, { nullable: true, description: 'Plans of this year.' }) year?: number;
}

@InputType({ description: 'Fields of a thematic plan item.' })
export class ThematicPlanFields {
  @Field(() => Int, { nullable: true, description: 'Year.' }) year?: number;
  @Field(() => Int, { nullable: true, description: 'Quarter, 1 to 4.' }) quarter?: number;
  @Field(() => ThematicTopicArea, { nullable: true, description: 'Topic area.' }) topicArea?: ThematicTopicArea;
  @Field(() => String, { nullable: true, description: 'The topic.' }) title?: string;
  @Field(() => DateScalar, { nullable: true, description: 'Day reported to the ward committee.' }) reportedOn?: string | null;
}

@InputType({ description: 'A quarter of a branch’s thematic plan.' })
export class CreateThematicPlanItemInput extends ThematicPlanFields {
  @Field(() => ID, { description: 'The branch.' }) branchId!: string;
  @Field(() => Int, { description: 'Year.' }) declare year: number;
  @Field(() => Int, { description: 'Quarter, 1 to 4.' }) declare quarter: number;
  @Field(() => ThematicTopicArea, { description: 'Topic area.' }) declare topicArea: ThematicTopicArea;
  @Field(() => String, { description: 'The topic.' }) declare title: string;
}

@InputType({ description: 'Changes to a thematic plan item.' })
export class UpdateThematicPlanItemInput extends ThematicPlanFields {
  @Field(() => Int, { nullable: true, description: 'The version you edited.' }) version?: number;
}
