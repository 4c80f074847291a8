import { AttendanceExclusion, AttendanceStatus } from '@chibo/domain';
import { Field, ID, ObjectType, UseMiddleware } from 'type-graphql';
import { personalField } from '../../shared/auth-guard';
import type { Member } from '../member/member.entity';
import './meeting.enums';

@ObjectType({ description: 'A line of a meeting’s roster: a member of the organization on the meeting date, any exclusion, and the attendance recorded (null until the sheet is saved).' })
export class RosterEntry {
  member!: Member;
  @Field(() => ID, { description: 'The member.' }) memberId!: string;
  @Field(() => AttendanceExclusion, { nullable: true, description: 'Exempt or on special duty on the day: listed, recordable, not in the denominator.' }) exclusion!: AttendanceExclusion | null;
  @Field(() => AttendanceStatus, { nullable: true, description: 'Recorded status, or null when not yet recorded.' }) status!: AttendanceStatus | null;
  @Field(() => String, { nullable: true, description: 'Recorded reason (personal data).' }) @UseMiddleware(personalField) reason!: string | null;
  @Field(() => ID, { nullable: true, description: 'The member’s party group on the day.' }) partyGroupId!: string | null;
}
