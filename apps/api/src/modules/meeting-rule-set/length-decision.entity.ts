import { BranchKind } from '@chibo/domain';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import { FirstDayInForce, FirstDayOutOfForce } from '../../shared/in-force';
import '../../shared/enums';
import { Organization } from '../organization/organization.entity';

/**
 * A committee's decision on the minimum length of branch meetings, which 42-HD/BTCTW lets the competent committee
 * take (e.g. for branches with few members): it applies to the branches at or below the deciding organization,
 * optionally only those of one kind, for a period.
 */
@ObjectType({ description: 'A committee’s decision on the minimum length of branch meetings (under a rule set that allows it, e.g. 42-HD/BTCTW for branches with few members): branches at or below the organization, optionally of one kind, during a period.' })
@Entity({ tableName: 'meeting_length_decision' })
@Index({ properties: ['organization'] })
export class MeetingLengthDecision extends BaseEntity {
  /** The deciding committee (or a branch): the decision covers it and every branch below it. */
  @ManyToOne({ entity: () => Organization })
  organization!: Organization;

  @Field(() => BranchKind, { nullable: true, description: 'Only branches of this kind (null: every branch below the organization).' })
  @Enum({ items: () => BranchKind, type: 'string', length: 32, nullable: true })
  branchKind?: BranchKind | null;

  @Field(() => Int, { description: 'Minimum length of a meeting, in minutes.' })
  @Property({ type: 'integer' })
  minutes!: number;

  @Field({ description: 'Number and date of the decision as issued, e.g. "05-QĐ/ĐU ngày 05/01/2026".' })
  @Property({ type: 'string', length: 120 })
  decisionReference!: string;

  @FirstDayInForce()
  validFrom!: string;

  @FirstDayOutOfForce()
  validTo?: string | null;
}
