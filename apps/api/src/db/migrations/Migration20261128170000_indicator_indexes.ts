import { DialectMigration, type DialectSql } from '../dialect-migration';

/**
 * Figure 4 asks, for every working member, whether they hold a task for the year: an index on (member, year) answers
 * it per member (SQLite otherwise read every task of the year for each member).
 */
export class Migration20261128170000_indicator_indexes extends DialectMigration {
  protected readonly sql: DialectSql = {
    sqlite: ['CREATE INDEX `member_task_member_id_year_index` on `member_task` (`member_id`, `year`)'],
    postgresql: ['create index "member_task_member_id_year_index" on "member_task" ("member_id", "year")'],
  };
}
