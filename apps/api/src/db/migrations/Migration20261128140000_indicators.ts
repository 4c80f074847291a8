import { DialectMigration, type DialectSql } from '../dialect-migration';

/**
 * Indicators: a held meeting keeps what its findings say about the plan's figure 2 (every procedure step and enough
 * length) and about documents sent in time, so the figures are counted in SQL. Filled when the meetings are judged
 * again at the next start (JUDGING_REVISION 3). Written by hand: the generator does not alter SQLite tables.
 */
export class Migration20261128140000_indicators extends DialectMigration {
  protected readonly sql: DialectSql = {
    sqlite: [
      'ALTER TABLE `meeting` ADD COLUMN `content_complete` integer not null default false',
      'ALTER TABLE `meeting` ADD COLUMN `documents_due` integer not null default false',
      'ALTER TABLE `meeting` ADD COLUMN `documents_on_time` integer not null default false',
    ],
    postgresql: [
      'alter table "meeting" add column "content_complete" boolean not null default false',
      'alter table "meeting" add column "documents_due" boolean not null default false',
      'alter table "meeting" add column "documents_on_time" boolean not null default false',
    ],
  };
}
