import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import { DateScalar } from '../../shared/scalars';
import type { Member } from '../member/member.entity';
import { Member as MemberEntity } from '../member/member.entity';
import { Organization } from '../organization/organization.entity';
import { ThematicTopicArea } from './meeting-enums';

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

/** A member's task for a year (phân công nhiệm vụ đảng viên), the basis of the annual rating. */
@ObjectType({ description: 'A member’s specific task for a year, assigned by the branch (every January; promptly for a member who transfers in).' })
@Entity({ tableName: 'member_task' })
@Unique({ properties: ['member', 'branch', 'year'] })
@Index({ properties: ['branch', 'year'] })
@Index({ properties: ['year'] })
export class MemberTask extends BaseEntity {
  @ManyToOne({ entity: () => MemberEntity, deleteRule: 'cascade' })
  member!: Member;

  @ManyToOne({ entity: () => Organization })
  branch!: Organization;

  @Field(() => Int, { description: 'Year the task is for.' })
  @Property({ type: 'integer' })
  year!: number;

  @Field({ description: 'The task.' })
  @Property({ type: 'string', length: 500 })
  description!: string;

  @Field(() => DateScalar, { description: 'Day assigned (voted by the branch).' })
  @Property({ type: 'date' })
  assignedOn!: string;
}
