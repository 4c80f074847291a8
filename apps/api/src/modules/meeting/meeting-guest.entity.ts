import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import type { Member } from '../member/member.entity';
import { Member as MemberEntity } from '../member/member.entity';
import { Meeting } from './meeting.entity';
import { GuestRole } from './meeting.enums';

/** A guest of a meeting: a committee member attending or another branch's secretary observing. */
@ObjectType({ description: 'A guest of a meeting. Committee members attending count for supervisor coverage.' })
@Entity({ tableName: 'meeting_guest' })
@Unique({ properties: ['meeting', 'member'] })
@Index({ properties: ['member'] })
export class MeetingGuest extends BaseEntity {
  @ManyToOne({ entity: () => Meeting, deleteRule: 'cascade' })
  meeting!: Meeting;

  /** The guest when a party member on file (null for an outside guest). */
  @ManyToOne({ entity: () => MemberEntity, nullable: true, deleteRule: 'set null' })
  member?: Member | null;

  @Field({ description: 'Name as recorded (kept even when the member is outside your scope).' })
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => GuestRole, { description: 'Who the guest is.' })
  @Enum({ items: () => GuestRole, type: 'string', length: 32 })
  role!: GuestRole;
}
