import { AssignmentKind } from '@chibo/domain';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import { DateScalar } from '../../shared/scalars';
import type { Member } from '../member/member.entity';
import { Member as MemberEntity } from '../member/member.entity';
import { Meeting } from '../meeting/meeting.entity';
import { Organization } from '../organization/organization.entity';
import './supervision.enums';

/**
 * A ward committee member assigned to a branch: in charge of it for a term (attending it every quarter), or a standing
 * committee member's visit in one quarter on rotation, optionally naming the planned meeting. Fulfilment is read from
 * the meetings: the member recorded as a guest at a held meeting of the branch in the period.
 */
@ObjectType({ description: 'A supervisor assignment (phân công dự sinh hoạt chi bộ): a committee member in charge of a branch for a term, or a standing committee member attending it in a quarter on rotation.' })
@Entity({ tableName: 'supervisor_assignment' })
@Index({ properties: ['branch', 'from'] })
@Index({ properties: ['member', 'from'] })
export class SupervisorAssignment extends BaseEntity {
  @ManyToOne({ entity: () => MemberEntity })
  member!: Member;

  @ManyToOne({ entity: () => Organization })
  branch!: Organization;

  @Field(() => AssignmentKind, { description: 'In charge for a term, or a visit in a quarter on rotation.' })
  @Enum({ items: () => AssignmentKind, type: 'string', length: 16 })
  kind!: AssignmentKind;

  @Field(() => String, { nullable: true, description: 'For a rotation: the quarter, YYYY-Qn.' })
  @Property({ type: 'string', length: 7, nullable: true })
  quarter?: string | null;

  @Field(() => DateScalar, { description: 'First day of the term (of the quarter, for a rotation).' })
  @Property({ type: 'date', fieldName: 'from_date' })
  from!: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day after the term (after the quarter, for a rotation); open while in charge.' })
  @Property({ type: 'date', fieldName: 'to_date', nullable: true })
  to?: string | null;

  @ManyToOne({ entity: () => Meeting, nullable: true, deleteRule: 'set null' })
  plannedMeeting?: Meeting | null;

  @Field(() => String, { nullable: true, description: 'Note.' })
  @Property({ type: 'string', length: 500, nullable: true })
  note?: string | null;
}
