import { PilotKind } from '@chibo/domain';
import { Field, ID, InputType, Int } from 'type-graphql';
import '../supervision/supervision.enums';

@InputType({ description: 'Filters for pilots.' })
export class PilotFilter {
  @Field(() => ID, { nullable: true, description: 'Pilots among the branches at or below this organization.' }) organizationId?: string;
  @Field(() => Int, { nullable: true, description: 'Of this year.' }) year?: number;
  @Field(() => [PilotKind], { nullable: true, description: 'Only these kinds.' }) kind?: PilotKind[];
}

@InputType({ description: 'Fields of a pilot; in a change, omitted fields stay as they are.' })
export class PilotFields {
  @Field(() => String, { nullable: true, description: 'Note (the decision that chose it).' }) note?: string | null;
  @Field(() => [ID], { nullable: true, description: 'The committee members of the working group guiding it; replaces the list when given.' }) guideMemberIds?: string[];
}

@InputType({ description: 'A branch chosen as a pilot for a year.' })
export class CreatePilotInput extends PilotFields {
  @Field(() => Int, { description: 'The year.' }) year!: number;
  @Field(() => ID, { description: 'The branch.' }) branchId!: string;
  @Field(() => PilotKind, { description: 'What it pilots.' }) kind!: PilotKind;
}

@InputType({ description: 'Changes to a pilot.' })
export class UpdatePilotInput extends PilotFields {
  @Field(() => Int, { nullable: true, description: 'The version you edited.' }) version?: number;
}
