import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import { Organization } from '../organization/organization.entity';
import { Meeting } from '../meeting/meeting.entity';
import { ResolutionKind } from '../meeting/meeting.enums';

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
