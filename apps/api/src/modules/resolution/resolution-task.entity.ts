import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import { DateScalar } from '../../shared/scalars';
import type { Member } from '../member/member.entity';
import { Member as MemberEntity } from '../member/member.entity';
import { Organization } from '../organization/organization.entity';
import { TaskStatus } from '../meeting/meeting.enums';

import { Resolution } from './resolution.entity';

/** A task of a resolution, owned by a member or an organization, with a deadline. */
@ObjectType({ description: 'A task of a resolution: what, who is responsible (a member or an organization), by when, and how far it is.' })
@Entity({ tableName: 'resolution_task' })
@Index({ properties: ['resolution'] })
@Index({ properties: ['branch', 'status', 'deadline'] })
// The resolution-task figure reads these columns only, by deadline, from the index.
@Index({ name: 'resolution_task_indicator_index', properties: ['deadline', 'status', 'completedOn', 'branch'] })
export class ResolutionTask extends BaseEntity {
  @ManyToOne({ entity: () => Resolution, deleteRule: 'cascade' })
  resolution!: Resolution;

  @ManyToOne({ entity: () => Organization })
  branch!: Organization;

  @Field({ description: 'The task.' })
  @Property({ type: 'string', length: 500 })
  description!: string;

  @ManyToOne({ entity: () => MemberEntity, nullable: true, deleteRule: 'set null' })
  ownerMember?: Member | null;

  @ManyToOne({ entity: () => Organization, nullable: true })
  ownerOrganization?: Organization | null;

  @Field(() => DateScalar, { description: 'Deadline (the last day to complete it).' })
  @Property({ type: 'date' })
  deadline!: string;

  @Field(() => TaskStatus, { description: 'State.' })
  @Enum({ items: () => TaskStatus, type: 'string', length: 16 })
  status: TaskStatus = TaskStatus.OPEN;

  @Field(() => DateScalar, { nullable: true, description: 'Day completed.' })
  @Property({ type: 'date', nullable: true })
  completedOn?: string | null;
}
