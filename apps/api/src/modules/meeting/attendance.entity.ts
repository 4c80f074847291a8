import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType, UseMiddleware } from 'type-graphql';
import { personalField } from '../../shared/auth-guard';
import { BaseEntity } from '../../shared/base.entity';
import type { Member } from '../member/member.entity';
import { Member as MemberEntity } from '../member/member.entity';
import { Meeting } from './meeting.entity';
import { AttendanceExclusion, AttendanceStatus } from './meeting.enums';

/** One member's attendance at one meeting. */
@ObjectType({ description: 'A member’s attendance at a meeting: present, excused with a reason, or unexcused; exempt and special-duty members are marked and left out of the denominator.' })
@Entity({ tableName: 'attendance' })
@Unique({ properties: ['meeting', 'member'] })
@Index({ properties: ['member'] })
export class Attendance extends BaseEntity {
  @ManyToOne({ entity: () => Meeting, deleteRule: 'cascade' })
  meeting!: Meeting;

  @ManyToOne({ entity: () => MemberEntity, deleteRule: 'cascade' })
  member!: Member;

  @Field(() => AttendanceStatus, { description: 'Present, excused or unexcused.' })
  @Enum({ items: () => AttendanceStatus, type: 'string', length: 16 })
  status!: AttendanceStatus;

  @Field(() => String, { nullable: true, description: 'Reason of an excused absence (personal data: it may concern health).' })
  @UseMiddleware(personalField)
  @Property({ type: 'string', length: 300, nullable: true })
  reason?: string | null;

  @Field(() => AttendanceExclusion, { nullable: true, description: 'Set when the member was exempt or on special duty on the date (left out of the denominator).' })
  @Enum({ items: () => AttendanceExclusion, type: 'string', length: 16, nullable: true })
  exclusion?: AttendanceExclusion | null;
}
