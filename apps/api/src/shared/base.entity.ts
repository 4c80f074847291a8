import { PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** Columns every record has: a numeric key, a version for optimistic locking and timestamps. */
@ObjectType('RecordBase', { description: 'Fields every stored record has.' })

export abstract class BaseEntity {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => Int, { description: 'Version, raised by every change; send it back with an update to detect concurrent edits.' })
  @Property({ type: 'integer', version: true })
  version!: number;

  @Field(() => Date, { description: 'When the record was created (UTC).' })
  @Property({ type: Date, onCreate: () => new Date() })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the record was last changed (UTC).' })
  @Property({ type: Date, onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt!: Date;
}
