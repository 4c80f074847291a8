import { PilotKind } from '@chibo/domain';
import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import type { Member } from '../member/member.entity';
import { Member as MemberEntity } from '../member/member.entity';
import { Organization } from '../organization/organization.entity';
import '../supervision/supervision.enums';

/** A branch chosen as a pilot (chi bộ điểm) for a year. */
@ObjectType({ description: 'A branch chosen by the ward committee as a pilot (chỉ đạo điểm) for a year: for regular meetings, thematic meetings, or meetings by party group.' })
@Entity({ tableName: 'pilot' })
@Unique({ properties: ['year', 'branch', 'kind'] })
export class Pilot extends BaseEntity {
  @Field(() => Int, { description: 'Year.' })
  @Property({ type: 'integer' })
  year!: number;

  @ManyToOne({ entity: () => Organization })
  branch!: Organization;

  @Field(() => PilotKind, { description: 'What it pilots.' })
  @Enum({ items: () => PilotKind, type: 'string', length: 24 })
  kind!: PilotKind;

  @Field(() => String, { nullable: true, description: 'Note (the decision that chose it).' })
  @Property({ type: 'string', length: 500, nullable: true })
  note?: string | null;
}

/** A committee member of the working group that guides a pilot branch. */
@ObjectType({ description: 'A member of the working group (tổ công tác) guiding a pilot branch.' })
@Entity({ tableName: 'pilot_guide' })
@Unique({ properties: ['pilot', 'member'] })
export class PilotGuide extends BaseEntity {
  @ManyToOne({ entity: () => Pilot, deleteRule: 'cascade' })
  pilot!: Pilot;

  @ManyToOne({ entity: () => MemberEntity })
  member!: Member;
}
