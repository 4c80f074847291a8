import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.type';
import { Member } from '../member/member.entity';
import { Attendance } from './attendance.entity';
import { MeetingGuest } from './meeting-guest.entity';
import { RosterEntry } from './roster.type';

@Resolver(() => RosterEntry)
export class RosterEntryResolver {
  @FieldResolver(() => Member, { nullable: true, description: 'The member.' })
  member(@Root() row: RosterEntry): Member { return row.member; }
}

@Resolver(() => MeetingGuest)
export class MeetingGuestResolver {
  @FieldResolver(() => Member, { nullable: true, description: 'The guest’s member record (null for an outside guest or outside your scope).' })
  member(@Root() row: MeetingGuest, @Ctx() { loaders }: Context) { return row.member ? loaders.member().load(row.member.id) : null; }

  @FieldResolver(() => ID, { nullable: true, description: 'Id of the guest’s member record.' })
  memberId(@Root() row: MeetingGuest): string | null { return row.member ? String(row.member.id) : null; }
}

@Resolver(() => Attendance)
export class AttendanceResolver {
  @FieldResolver(() => Member, { nullable: true, description: 'The member.' })
  member(@Root() row: Attendance, @Ctx() { loaders }: Context) { return loaders.member().load(row.member.id); }

  @FieldResolver(() => ID, { description: 'Id of the member.' })
  memberId(@Root() row: Attendance): string { return String(row.member.id); }
}

