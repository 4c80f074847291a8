import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import { DateScalar } from '../../shared/scalars';
import type { Member } from '../member/member.entity';
import { Member as MemberEntity } from '../member/member.entity';
import { Organization } from '../organization/organization.entity';

/** Where a member belongs for a period: a branch and optionally one of its party groups. */
@ObjectType({ description: 'A member’s placement in a branch (and optionally a party group) from one day to another. A transfer ends one membership and starts the next, so the past is kept.' })
@Entity({ tableName: 'membership' })
@Index({ properties: ['branch', 'from'] })
@Index({ properties: ['partyGroup'] })
export class Membership extends BaseEntity {
  @ManyToOne({ entity: () => MemberEntity, deleteRule: 'cascade' })
  member!: Member;

  @ManyToOne({ entity: () => Organization })
  branch!: Organization;

  @ManyToOne({ entity: () => Organization, nullable: true })
  partyGroup?: Organization | null;

  @Field(() => DateScalar, { description: 'First day in this branch.' })
  @Property({ type: 'date', fieldName: 'from_date' })
  from!: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day no longer in this branch (open while current).' })
  @Property({ type: 'date', fieldName: 'to_date', nullable: true })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the membership started or ended (transfer, new admission...).' })
  @Property({ type: 'string', length: 300, nullable: true })
  note?: string | null;
}
