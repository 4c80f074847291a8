import { PositionRole } from '@chibo/domain';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import '../../shared/enums';
import { DateScalar } from '../../shared/scalars';
import type { Member } from '../member/member.entity';
import { Member as MemberEntity } from '../member/member.entity';
import { Organization } from '../organization/organization.entity';

/** A position held by a member in an organization for a dated term. */
@ObjectType({ description: 'A position (chức vụ) held by a member in an organization for a dated term, e.g. branch secretary from 2025-07-01.' })
@Entity({ tableName: 'position' })
@Index({ properties: ['organization', 'role'] })
export class Position extends BaseEntity {
  @ManyToOne({ entity: () => MemberEntity, deleteRule: 'cascade' })
  member!: Member;

  @ManyToOne({ entity: () => Organization })
  organization!: Organization;

  @Field(() => PositionRole, { description: 'The position.' })
  @Enum({ items: () => PositionRole, type: 'string', length: 48 })
  role!: PositionRole;

  @Field(() => DateScalar, { description: 'First day of the term.' })
  @Property({ type: 'date', fieldName: 'from_date' })
  from!: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day after the term (open while serving).' })
  @Property({ type: 'date', fieldName: 'to_date', nullable: true })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'Decision or notes.' })
  @Property({ type: 'string', length: 300, nullable: true })
  note?: string | null;
}
