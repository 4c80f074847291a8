import { Role } from '@chibo/domain';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from './user.entity';

/**
 * A server-side session. The cookie holds a random token; the table holds only its SHA-256, so a copy of the
 * database does not let anyone sign in. Kept in the database so every API process sees the same sessions.
 */
@Entity({ tableName: 'app_session' })
@Index({ properties: ['expiresAt'] })
export class Session {
  @PrimaryKey({ type: 'string', length: 64 })
  tokenHash!: string;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user!: User;

  @Property({ type: Date })
  createdAt!: Date;

  @Property({ type: Date })
  lastSeenAt!: Date;

  /** Absolute end, whatever the activity. */
  @Property({ type: Date })
  expiresAt!: Date;

  @Property({ type: 'string', length: 64, nullable: true })
  ip?: string | null;

  /** The role the session was opened with: when the user's role changes, the session ends (a new id at sign-in). */
  @Enum({ items: () => Role, type: 'string', length: 32 })
  role!: Role;
}
