import { Gender, MemberStatus, WorkStatus } from '@chibo/domain';
import { Collection, Entity, Enum, Index, OneToMany, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType, UseMiddleware } from 'type-graphql';
import { personalField } from '../../shared/auth-guard';
import { BaseEntity } from '../../shared/base.entity';
import '../../shared/enums';
import { DateScalar } from '../../shared/scalars';
import type { Membership } from '../membership/membership.entity';
import { Membership as MembershipEntity } from '../membership/membership.entity';
import { Exemption } from '../exemption/exemption.entity';
import { SpecialDuty } from '../special-duty/special-duty.entity';
import { Position } from '../position/position.entity';

/** A party member (đảng viên). Personal data: every read is scoped by role and organization. */
@ObjectType({ description: 'A party member (đảng viên). Where they belong over time is in memberships; positions, exemptions and special-duty periods are dated.' })
@Entity({ tableName: 'member' })
@Index({ properties: ['sortKey'] })
export class Member extends BaseEntity {
  @Field({ description: 'Full name as in the member file, e.g. "Nguyễn Thị Hoa".' })
  @Property({ type: 'string', length: 120 })
  fullName!: string;

  @Field(() => Gender, { nullable: true, description: 'Gender.' })
  @Enum({ items: () => Gender, type: 'string', length: 16, nullable: true })
  gender?: Gender | null;

  @Field(() => DateScalar, { nullable: true, description: 'Birth date (personal data).' })
  @UseMiddleware(personalField)
  @Property({ type: 'date', nullable: true })
  birthDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Party card number (số thẻ đảng viên), unique.' })
  @Property({ type: 'string', length: 20, nullable: true })
  @Unique()
  cardNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Citizen identity number (personal data).' })
  @UseMiddleware(personalField)
  @Property({ type: 'string', length: 20, nullable: true })
  identityNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone (personal data).' })
  @UseMiddleware(personalField)
  @Property({ type: 'string', length: 30, nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Email (personal data).' })
  @UseMiddleware(personalField)
  @Property({ type: 'string', length: 200, nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Home address (personal data).' })
  @UseMiddleware(personalField)
  @Property({ type: 'string', length: 300, nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Occupation or workplace.' })
  @Property({ type: 'string', length: 200, nullable: true })
  occupation?: string | null;

  @Field(() => MemberStatus, { description: 'Official or probationary.' })
  @Enum({ items: () => MemberStatus, type: 'string', length: 16 })
  status!: MemberStatus;

  @Field(() => DateScalar, { description: 'Day admitted to the party (start of probation).' })
  @Property({ type: 'date' })
  admittedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day recognised as an official member.' })
  @Property({ type: 'date', nullable: true })
  officialOn?: string | null;

  @Field(() => WorkStatus, { description: 'Working or retired.' })
  @Enum({ items: () => WorkStatus, type: 'string', length: 16 })
  workStatus!: WorkStatus;

  @Field(() => String, { nullable: true, description: 'Free notes of the party office.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  /** Folded name and card number for accent-insensitive search. */
  @Property({ type: 'string', length: 400 })
  searchText!: string;

  /** Given name first, Vietnamese collation. */
  @Property({ type: 'string', length: 800 })
  sortKey!: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day retired (working before it). Null with workStatus RETIRED: retired before the records begin.' })
  @Property({ type: 'date', nullable: true })
  retiredOn?: string | null;

  @OneToMany({ entity: () => MembershipEntity, mappedBy: 'member' })
  memberships = new Collection<Membership>(this);

  @OneToMany({ entity: () => Exemption, mappedBy: 'member' })
  exemptions = new Collection<Exemption>(this);

  @OneToMany({ entity: () => SpecialDuty, mappedBy: 'member' })
  specialDuties = new Collection<SpecialDuty>(this);

  @OneToMany({ entity: () => Position, mappedBy: 'member' })
  positions = new Collection<Position>(this);
}
