import type { BranchShortfall } from '@chibo/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../shared/scalars';

@ObjectType({ description: 'A branch with fewer official members than the structure rule set in force requires.' })
export class OfficialShortfall implements BranchShortfall {
  @Field(() => Int, { description: 'Official members the rule set requires.' }) minimum!: number;
  @Field(() => Int, { description: 'Official members on the day.' }) actual!: number;
  @Field(() => Int, { description: 'How many are missing.' }) shortfall!: number;
  @Field({ description: 'The document that sets the minimum.' }) documentNumber!: string;
  @Field(() => DateScalar, { description: 'Its date.' }) documentDate!: string;
}
