import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import { DateScalar } from '../../shared/scalars';
import type { Member } from '../member/member.entity';
import { Member as MemberEntity } from '../member/member.entity';
import { Organization } from '../organization/organization.entity';
import { ResolutionKind, ReviewKind, TaskStatus } from './meeting-enums';
import { Meeting } from './meeting.entity';

/** A resolution or conclusion issued by a meeting. */
@ObjectType({ description: 'A resolution or conclusion (nghị quyết / kết luận) issued by a meeting: content, requirements, measures, and its tasks.' })
@Entity({ tableName: 'resolution' })
@Index({ properties: ['meeting'] })
export class Resolution extends BaseEntity {
  @ManyToOne({ entity: () => Meeting, deleteRule: 'cascade' })
  meeting!: Meeting;

  /** The meeting's branch, kept for scope and board queries. */
  @ManyToOne({ entity: () => Organization })
  branch!: Organization;

  @Field(() => ResolutionKind, { description: 'Resolution or conclusion.' })
  @Enum({ items: () => ResolutionKind, type: 'string', length: 16 })
  kind!: ResolutionKind;

  @Field({ description: 'Title.' })
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field({ description: 'Content.' })
  @Property({ type: 'text' })
  content!: string;

  @Field(() => String, { nullable: true, description: 'Requirements.' })
  @Property({ type: 'text', nullable: true })
  requirements?: string | null;

  @Field(() => String, { nullable: true, description: 'Measures.' })
  @Property({ type: 'text', nullable: true })
  measures?: string | null;
}

/** A task of a resolution, owned by a member or an organization, with a deadline. */
@ObjectType({ description: 'A task of a resolution: what, who is responsible (a member or an organization), by when, and how far it is.' })
@Entity({ tableName: 'resolution_task' })
@Index({ properties: ['resolution'] })
@Index({ properties: ['branch', 'status', 'deadline'] })
export class ResolutionTask extends BaseEntity {
  @ManyToOne({ entity: () => Resolution, deleteRule: 'cascade' })
  resolution!: Resolution;

  @ManyToOne({ entity: () => Organization })
  branch!: Organization;

  @Field({ description: 'The task.' })
  @Property({ type: 'string', length: 500 })
  description!: string;

  @ManyToOne({ entity: () => MemberEntity, nullable: true, deleteRule: 'set null' })
  ownerMember?: Member | null;

  @ManyToOne({ entity: () => Organization, nullable: true })
  ownerOrganization?: Organization | null;

  @Field(() => DateScalar, { description: 'Deadline (the last day to complete it).' })
  @Property({ type: 'date' })
  deadline!: string;

  @Field(() => TaskStatus, { description: 'State.' })
  @Enum({ items: () => TaskStatus, type: 'string', length: 16 })
  status: TaskStatus = TaskStatus.OPEN;

  @Field(() => DateScalar, { nullable: true, description: 'Day completed.' })
  @Property({ type: 'date', nullable: true })
  completedOn?: string | null;
}

/** A monthly review entry of a resolution: progress, praise of a member, or correction of a member. */
@ObjectType({ description: 'A monthly review entry of a resolution’s implementation: progress noted, a member praised, or a member corrected.' })
@Entity({ tableName: 'resolution_review' })
@Index({ properties: ['resolution'] })
export class ResolutionReview extends BaseEntity {
  @ManyToOne({ entity: () => Resolution, deleteRule: 'cascade' })
  resolution!: Resolution;

  @ManyToOne({ entity: () => Organization })
  branch!: Organization;

  @ManyToOne({ entity: () => Meeting, nullable: true, deleteRule: 'set null' })
  reviewMeeting?: Meeting | null;

  @Field(() => DateScalar, { description: 'Day of the review.' })
  @Property({ type: 'date' })
  reviewedOn!: string;

  @Field(() => ReviewKind, { description: 'Progress, praise or correction.' })
  @Enum({ items: () => ReviewKind, type: 'string', length: 16 })
  kind!: ReviewKind;

  @ManyToOne({ entity: () => MemberEntity, nullable: true, deleteRule: 'set null' })
  member?: Member | null;

  @Field({ description: 'What was said.' })
  @Property({ type: 'text' })
  note!: string;
}
