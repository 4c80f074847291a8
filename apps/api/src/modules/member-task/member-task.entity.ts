import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import { DateScalar } from '../../shared/scalars';
import type { Member } from '../member/member.entity';
import { Member as MemberEntity } from '../member/member.entity';
import { Organization } from '../organization/organization.entity';

/** A member's task for a year (phân công nhiệm vụ đảng viên), the basis of the annual rating. */
@ObjectType({ description: 'A member’s specific task for a year, assigned by the branch (every January; promptly for a member who transfers in).' })
@Entity({ tableName: 'member_task' })
@Unique({ properties: ['member', 'branch', 'year'] })
@Index({ properties: ['branch', 'year'] })
@Index({ properties: ['year'] })
@Index({ properties: ['member', 'year', 'assignedOn'] })
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
