import { DialectMigration, type DialectSql } from '../dialect-migration';

/**
 * Sign-in attempts record how they ended (FAILED / SUCCEEDED / THROTTLED) instead of a success flag, so refusals
 * during a wait are kept apart from guesses; a new index serves the per (account, address) counts. Written by
 * hand: the generator does not alter SQLite tables. Earlier attempts keep their outcome.
 */
export class Migration20261128081618_login_throttling extends DialectMigration {
  protected readonly sql: DialectSql = {
    sqlite: [
      "ALTER TABLE `login_attempt` ADD COLUMN `outcome` text check (`outcome` in ('FAILED', 'SUCCEEDED', 'THROTTLED')) not null default 'FAILED'",
      "UPDATE `login_attempt` SET `outcome` = 'SUCCEEDED' WHERE `succeeded`",
      'ALTER TABLE `login_attempt` DROP COLUMN `succeeded`',
      'CREATE INDEX `login_attempt_username_ip_at_index` on `login_attempt` (`username`, `ip`, `at`)',
    ],
    postgresql: [
      `alter table "login_attempt" add column "outcome" text check ("outcome" in ('FAILED', 'SUCCEEDED', 'THROTTLED')) not null default 'FAILED'`,
      `update "login_attempt" set "outcome" = 'SUCCEEDED' where "succeeded"`,
      'alter table "login_attempt" drop column "succeeded"',
      'create index "login_attempt_username_ip_at_index" on "login_attempt" ("username", "ip", "at")',
    ],
  };
}
