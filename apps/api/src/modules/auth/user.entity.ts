import { Role } from '@chibo/domain';
import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity';
import { Organization } from '../organization/organization.entity';

/** A person who signs in. Not a GraphQL type: clients see the Viewer, never the password hash. */
@Entity({ tableName: 'app_user' })
export class User extends BaseEntity {
  @Property({ type: 'string', length: 60 })
  @Unique()
  username!: string;

  @Property({ type: 'string', length: 120 })
  displayName!: string;

  /** argon2id hash with OWASP parameters. */
  @Property({ type: 'string', length: 200 })
  passwordHash!: string;

  @Enum({ items: () => Role, type: 'string', length: 32 })
  role!: Role;

  /** The subtree the role applies to: the ward committee, or a branch for a secretary. */
  @ManyToOne({ entity: () => Organization })
  organization!: Organization;

  @Property({ type: 'boolean', default: true })
  active: boolean = true;
}
