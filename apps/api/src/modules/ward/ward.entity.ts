import { Collection, Entity, ManyToMany, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import { DateScalar } from '../../shared/scalars';

/** A ward (phường), the administrative unit whose party committee uses the system. */
@ObjectType({ description: 'A ward (phường): an administrative unit. Wards are merged and dissolved; a new ward links to the units it came from.' })
@Entity({ tableName: 'ward' })
export class Ward extends BaseEntity {
  @Field({ description: 'Short code, unique among wards (e.g. "LONG-BIEN").' })
  @Property({ type: 'string', length: 40 })
  @Unique()
  code!: string;

  @Field({ description: 'Official name, e.g. "Phường Long Biên".' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => DateScalar, { description: 'Day the ward was established (first day it exists).' })
  @Property({ type: 'date' })
  foundedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Day the ward was dissolved or merged away (first day it no longer exists).' })
  @Property({ type: 'date', nullable: true })
  dissolvedOn?: string | null;

  /** Folded name for accent-insensitive search. */
  @Property({ type: 'string', length: 400 })
  searchText!: string;

  /** Vietnamese collation key of the name. */
  @Property({ type: 'string', length: 800 })
  sortKey!: string;

  @ManyToMany({ entity: () => Ward, pivotTable: 'ward_merged_from', joinColumn: 'ward_id', inverseJoinColumn: 'source_ward_id' })
  mergedFrom = new Collection<Ward>(this);
}
