import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** One login attempt, written before the password is checked, so throttling counts every try across processes. */
@Entity({ tableName: 'login_attempt' })
@Index({ properties: ['username', 'at'] })
@Index({ properties: ['ip', 'at'] })
export class LoginAttempt {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 60 })
  username!: string;

  @Property({ type: 'string', length: 64 })
  ip!: string;

  @Property({ type: Date })
  at!: Date;

  @Property({ type: 'boolean', default: false })
  succeeded: boolean = false;
}
