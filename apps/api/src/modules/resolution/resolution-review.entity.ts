import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import { DateScalar } from '../../shared/scalars';
import type { Member } from '../member/member.entity';
import { Member as MemberEntity } from '../member/member.entity';
import { Organization } from '../organization/organization.entity';
import { ReviewKind } from '../meeting/meeting.enums';
import { Meeting } from '../meeting/meeting.entity';

import { Resolution } from './resolution.entity';

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
