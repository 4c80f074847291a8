import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import { DateScalar } from '../../shared/scalars';
import { Organization } from '../organization/organization.entity';
import { ThematicTopicArea } from '../meeting/meeting.enums';

/** One quarter of a branch's annual thematic plan. */
@ObjectType({ description: 'One quarter of a branch’s annual plan of thematic meetings, reported to the ward committee.' })
@Entity({ tableName: 'thematic_plan_item' })
@Unique({ properties: ['branch', 'year', 'quarter'] })
export class ThematicPlanItem extends BaseEntity {
  @ManyToOne({ entity: () => Organization })
  branch!: Organization;

  @Field(() => Int, { description: 'Year of the plan.' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Int, { description: 'Quarter, 1 to 4.' })
  @Property({ type: 'integer' })
  quarter!: number;

  @Field(() => ThematicTopicArea, { description: 'Topic area.' })
  @Enum({ items: () => ThematicTopicArea, type: 'string', length: 32 })
  topicArea!: ThematicTopicArea;

  @Field({ description: 'The topic.' })
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day the plan was reported to the ward committee.' })
  @Property({ type: 'date', nullable: true })
  reportedOn?: string | null;
}
