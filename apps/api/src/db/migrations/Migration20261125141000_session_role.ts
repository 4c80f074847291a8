import { DialectMigration, type DialectSql } from '../dialect-migration';

/**
 * Sessions remember the role they were opened with. Written by hand: SQLite cannot add a NOT NULL column without
 * a default, so its table is rebuilt. Sessions are disposable; everyone signs in again after this migration.
 */
export class Migration20261125141000_session_role extends DialectMigration {
  protected readonly sql: DialectSql = {
    sqlite: [
      'DROP TABLE `app_session`',
      "CREATE TABLE `app_session` (`token_hash` text not null, `user_id` integer not null, `created_at` datetime not null, `last_seen_at` datetime not null, `expires_at` datetime not null, `ip` text null, `role` text check (`role` in ('ADMINISTRATOR', 'COMMITTEE_MEMBER', 'BRANCH_SECRETARY', 'INSPECTOR', 'ANALYST')) not null, constraint `app_session_user_id_foreign` foreign key(`user_id`) references `app_user`(`id`) on delete cascade on update cascade, primary key (`token_hash`))",
      'CREATE INDEX `app_session_user_id_index` on `app_session` (`user_id`)',
      'CREATE INDEX `app_session_expires_at_index` on `app_session` (`expires_at`)',
    ],
    postgresql: [
      'delete from "app_session"',
      `alter table "app_session" add column "role" text check ("role" in ('ADMINISTRATOR', 'COMMITTEE_MEMBER', 'BRANCH_SECRETARY', 'INSPECTOR', 'ANALYST')) not null`,
    ],
  };
}
