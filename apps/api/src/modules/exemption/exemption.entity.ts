import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType, UseMiddleware } from 'type-graphql';
import { personalField } from '../../shared/auth-guard';
import { BaseEntity } from '../../shared/base.entity';
import { DateScalar } from '../../shared/scalars';
import type { Member } from '../member/member.entity';
import { Member as MemberEntity } from '../member/member.entity';

/** A period in which a member is exempt from party work and meetings (miễn công tác và sinh hoạt đảng). */
@ObjectType({ description: 'A period of exemption from party work and meetings, decided by a branch resolution on the member’s request (age or health). Exempt members still count toward the branch size but not toward the attendance denominator.' })
@Entity({ tableName: 'exemption' })
export class Exemption extends BaseEntity {
  @ManyToOne({ entity: () => MemberEntity, deleteRule: 'cascade' })
  member!: Member;

  @Field(() => DateScalar, { description: 'First day exempt.' })
  @Property({ type: 'date', fieldName: 'from_date' })
  from!: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day no longer exempt (open while exempt).' })
  @Property({ type: 'date', fieldName: 'to_date', nullable: true })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'Reason (age, health): personal data.' })
  @UseMiddleware(personalField)
  @Property({ type: 'string', length: 300, nullable: true })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'The branch resolution that decided it.' })
  @Property({ type: 'string', length: 100, nullable: true })
  decisionRef?: string | null;
}
