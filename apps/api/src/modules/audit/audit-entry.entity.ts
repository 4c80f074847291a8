import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { describeEnum } from '../../shared/describe-enum';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  LOGIN = 'LOGIN',
  LOGOUT = 'LOGOUT',
  PASSWORD_CHANGE = 'PASSWORD_CHANGE',
}
describeEnum(AuditAction, 'AuditAction', 'What was done.', {
  CREATE: 'A record was created.', UPDATE: 'A record was changed.', DELETE: 'A record was deleted.', LOGIN: 'A user signed in.',
  LOGOUT: 'A user signed out.', PASSWORD_CHANGE: 'A user changed their password.',
});

/**
 * One entry of the append-only audit trail, written in the same transaction as the change. Each entry's hash
 * covers its content and the previous entry's hash, so rewriting any row breaks the chain from there on.
 */
@ObjectType({ description: 'An audit trail entry: who changed what, when, from where, with the values before and after. Append-only and hash-chained.' })
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['entity', 'entityId'] })
@Index({ properties: ['at'] })
@Index({ properties: ['scopePath'] })
export class AuditEntry {
  @Field(() => ID, { description: 'Sequence number.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => Date, { description: 'When (UTC).' })
  @Property({ type: Date })
  at!: Date;

  @Field(() => ID, { nullable: true, description: 'The user, if signed in.' })
  @Property({ type: 'integer', nullable: true })
  userId?: number | null;

  @Field({ description: 'The user’s login name at the time (or "anonymous", "system").' })
  @Property({ type: 'string', length: 60 })
  username!: string;

  @Field(() => String, { nullable: true, description: 'Client address.' })
  @Property({ type: 'string', length: 64, nullable: true })
  ip?: string | null;

  @Field(() => AuditAction, { description: 'What was done.' })
  @Enum({ items: () => AuditAction, type: 'string', length: 20 })
  action!: AuditAction;

  @Field({ description: 'Entity type, e.g. "Organization".' })
  @Property({ type: 'string', length: 60 })
  entity!: string;

  @Field({ description: 'Id of the changed record.' })
  @Property({ type: 'string', length: 40 })
  entityId!: string;

  @Field(() => String, { nullable: true, description: 'The record’s fields before the change, as JSON.' })
  @Property({ type: 'text', nullable: true })
  before?: string | null;

  @Field(() => String, { nullable: true, description: 'The record’s fields after the change, as JSON.' })
  @Property({ type: 'text', nullable: true })
  after?: string | null;

  @Field({ description: 'SHA-256 of the previous entry’s hash and this entry’s content.' })
  @Property({ type: 'string', length: 64 })
  hash!: string;

  @Field({ description: 'Hash of the previous entry (64 zeros for the first).' })
  @Property({ type: 'string', length: 64 })
  previousHash!: string;

  /**
   * Where the changed record sat in the organization tree when it changed (the path of its organization, branch, or
   * member's branch): the entry is read only by users whose subtree holds it. Null for records above the tree (wards,
   * rule sets), read by every role that reads the trail; "/" for records of no branch, read by whole-tree roles only.
   */
  @Property({ type: 'string', length: 255, nullable: true })
  scopePath?: string | null;
}
