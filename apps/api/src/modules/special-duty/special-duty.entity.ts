import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import { DateScalar } from '../../shared/scalars';
import type { Member } from '../member/member.entity';
import { Member as MemberEntity } from '../member/member.entity';

/** A period of armed-forces special duty, left out of the attendance denominator. */
@ObjectType({ description: 'A period in which an armed-forces member is on special duty (làm nhiệm vụ đặc biệt) and left out of the attendance denominator.' })
@Entity({ tableName: 'special_duty' })
export class SpecialDuty extends BaseEntity {
  @ManyToOne({ entity: () => MemberEntity, deleteRule: 'cascade' })
  member!: Member;

  @Field(() => DateScalar, { description: 'First day on duty.' })
  @Property({ type: 'date', fieldName: 'from_date' })
  from!: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day back (open while on duty).' })
  @Property({ type: 'date', fieldName: 'to_date', nullable: true })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes (no operational details).' })
  @Property({ type: 'string', length: 300, nullable: true })
  note?: string | null;
}
