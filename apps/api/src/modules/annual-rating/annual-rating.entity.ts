import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import { DateScalar } from '../../shared/scalars';
import type { Member } from '../member/member.entity';
import { Member as MemberEntity } from '../member/member.entity';
import { Organization } from '../organization/organization.entity';
import { RatingLevel, RatingSubject } from './annual-rating.enums';

/**
 * The part of a year's quality rating the committee enters (all but the meeting-quality part, which is computed), for
 * a branch or a member: points under a points rule set, a level under a levels-only one (or a lower level than the
 * total's when the document's other conditions are not met), a note and the day decided. One per subject and year.
 */
@ObjectType({ description: 'The committee’s part of a branch’s or a member’s annual quality rating: the points (or level) it entered for everything but meeting quality, a note and the day decided.' })
@Entity({ tableName: 'annual_rating' })
@Unique({ properties: ['subjectKey', 'year'] })
@Index({ properties: ['branch', 'year'] })
export class AnnualRating extends BaseEntity {
  @Field(() => RatingSubject, { description: 'A branch or a member.' })
  @Enum({ items: () => RatingSubject, type: 'string', length: 16 })
  subject!: RatingSubject;

  /** "B<branch id>" or "M<member id>": one rating per subject and year (a member is rated once a year, wherever they moved). */
  @Property({ type: 'string', length: 24 })
  subjectKey!: string;

  @Field(() => Int, { description: 'The year rated.' })
  @Property({ type: 'integer' })
  year!: number;

  /** The branch rated, or the member's branch that rated them. Scope goes by it. */
  @ManyToOne({ entity: () => Organization })
  branch!: Organization;

  @ManyToOne({ entity: () => MemberEntity, nullable: true, deleteRule: 'cascade' })
  member?: Member | null;

  @Field(() => Float, { nullable: true, description: 'Points the committee entered for the rest of the rating (0 to the scale less the meeting part), under a points rule set.' })
  @Property({ type: 'double', nullable: true })
  points?: number | null;

  @Field(() => RatingLevel, { nullable: true, description: 'Level the committee entered: under a levels-only rule set the level; under a points one only a level below the total’s.' })
  @Enum({ items: () => RatingLevel, type: 'string', length: 16, nullable: true })
  level?: RatingLevel | null;

  @Field(() => String, { nullable: true, description: 'Note (the committee’s assessment), at most 2,000 characters.' })
  @Property({ type: 'string', length: 2000, nullable: true })
  note?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Day the committee decided.' })
  @Property({ type: 'date', nullable: true })
  decidedOn?: string | null;
}
