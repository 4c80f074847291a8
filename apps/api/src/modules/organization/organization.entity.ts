import { BranchKind, OrganizationKind } from '@chibo/domain';
import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import '../../shared/enums';
import { DateScalar } from '../../shared/scalars';
import { Ward } from '../ward/ward.entity';

/** A node of a ward's party tree: the ward committee, a grassroots committee, a branch or a party group. */
@ObjectType({
  description:
    'A party organization: the ward committee, a grassroots committee, a branch (chi bộ) or a party group (tổ đảng). ' +
    'Each has founded/dissolved dates so the tree can be read as of any day; a reorganised unit links to its predecessors.',
})
@Entity({ tableName: 'organization' })
@Unique({ properties: ['parent', 'code'] })
@Index({ properties: ['path'] })
export class Organization extends BaseEntity {
  @ManyToOne({ entity: () => Ward })
  ward!: Ward;

  @ManyToOne({ entity: () => Organization, nullable: true })
  parent?: Organization | null;

  @Field(() => OrganizationKind, { description: 'Level in the tree.' })
  @Enum({ items: () => OrganizationKind, type: 'string', length: 32 })
  kind!: OrganizationKind;

  @Field(() => BranchKind, { nullable: true, description: 'Kind of branch (branches only).' })
  @Enum({ items: () => BranchKind, type: 'string', length: 32, nullable: true })
  branchKind?: BranchKind | null;

  @Field({ description: 'Short code, unique among the children of one parent.' })
  @Property({ type: 'string', length: 40 })
  code!: string;

  @Field({ description: 'Name, e.g. "Chi bộ Tổ dân phố số 5".' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => DateScalar, { description: 'Day founded (first day it exists).' })
  @Property({ type: 'date' })
  foundedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day dissolved (first day it no longer exists).' })
  @Property({ type: 'date', nullable: true })
  dissolvedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the organization meets or is based.' })
  @Property({ type: 'string', length: 300, nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Free notes of the party office.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  /** Ids from the root, "/1/5/23/": a subtree is every path starting with its root's path. */
  @Property({ type: 'string', length: 400 })
  path!: string;

  /** Folded code and name for accent-insensitive search. */
  @Property({ type: 'string', length: 400 })
  searchText!: string;

  /** Vietnamese collation key of the name. */
  @Property({ type: 'string', length: 800 })
  sortKey!: string;

  @ManyToMany({ entity: () => Organization, pivotTable: 'organization_predecessor', joinColumn: 'organization_id', inverseJoinColumn: 'predecessor_id' })
  predecessors = new Collection<Organization>(this);
}
