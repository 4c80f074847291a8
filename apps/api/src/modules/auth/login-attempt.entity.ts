import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** How a sign-in attempt ended. */
export enum LoginOutcome {
  /**
   * The password was wrong or the user unknown. An attempt is written as FAILED before anything is checked, so
   * concurrent attempts (aliases in one document, requests to several processes) already count against each
   * other, and an attempt cut short by a crash counts as a failure rather than as nothing.
   */
  FAILED = 'FAILED',
  SUCCEEDED = 'SUCCEEDED',
  /** Refused during its pair's wait without checking the password: not a guess, so it does not extend the wait. */
  THROTTLED = 'THROTTLED',
}

/** One sign-in attempt; throttling counts them from the database, so every API process sees the same counts. */
@Entity({ tableName: 'login_attempt' })
// The pair's failures and last success (the pair's refusals), the account's and the address's failures (slow-down).
@Index({ properties: ['username', 'ip', 'at'] })
@Index({ properties: ['username', 'at'] })
@Index({ properties: ['ip', 'at'] })
export class LoginAttempt {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 60 })
  username!: string;

  /** The address as throttling counts it: IPv4 as is, IPv6 cut to its /64 network (throttleAddress). */
  @Property({ type: 'string', length: 64 })
  ip!: string;

  @Property({ type: Date })
  at!: Date;

  @Enum({ items: () => LoginOutcome, type: 'string', length: 16 })
  outcome: LoginOutcome = LoginOutcome.FAILED;
}
