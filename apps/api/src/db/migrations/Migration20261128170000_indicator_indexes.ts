import { DialectMigration, type DialectSql } from '../dialect-migration';

/**
 * Figure 4 asks, for every working member, whether they hold a task for the year: an index on (member, year) answers
 * it per member (SQLite otherwise read every task of the year for each member). The thematic figure asks, per branch and
 * quarter, for a meeting of the branch between two days: an index on (organization, held day) answers it (PostgreSQL
 * took over 90 s for a city's year without it).
 */
export class Migration20261128170000_indicator_indexes extends DialectMigration {
  protected readonly sql: DialectSql = {
    sqlite: [
      'CREATE INDEX `member_task_member_id_year_index` on `member_task` (`member_id`, `year`)',
      'CREATE INDEX `meeting_organization_id_held_on_index` on `meeting` (`organization_id`, `held_on`)',
    ],
    postgresql: [
      'create index "member_task_member_id_year_index" on "member_task" ("member_id", "year")',
      'create index "meeting_organization_id_held_on_index" on "meeting" ("organization_id", "held_on")',
    ],
  };
}
