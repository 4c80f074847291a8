import { DialectMigration, type DialectSql } from '../dialect-migration';

/**
 * Figure 4 asks, for every working member, whether they hold a task for the year: an index on (member, year, day assigned)
 * answers it per member from the index alone (SQLite otherwise read every task of the year for each member). The thematic figure asks, per branch and
 * quarter, for a meeting of the branch between two days: an index on (organization, held day, kind) answers it
 * (PostgreSQL took over 90 s for a city's year without it). The monthly figures read a few columns of wide meeting rows:
 * two covering indexes let both databases answer them from the index alone.
 */
export class Migration20261128170000_indicator_indexes extends DialectMigration {
  protected readonly sql: DialectSql = {
    sqlite: [
      'CREATE INDEX `member_task_member_id_year_assigned_on_index` on `member_task` (`member_id`, `year`, `assigned_on`)',
      'CREATE INDEX `meeting_indicator_regular_index` on `meeting` (`organization_id`, `regular_month`, `held_on`, `attendance_recorded`, `expected_count`, `present_count`)',
      'CREATE INDEX `meeting_indicator_month_index` on `meeting` (`month`, `organization_id`, `branch_id`, `held_on`, `content_complete`, `documents_due`, `documents_on_time`)',
      'CREATE INDEX `resolution_task_indicator_index` on `resolution_task` (`deadline`, `status`, `completed_on`, `branch_id`)',
      'CREATE INDEX `meeting_indicator_kind_index` on `meeting` (`organization_id`, `held_on`, `kind`)',
    ],
    postgresql: [
      'create index "member_task_member_id_year_assigned_on_index" on "member_task" ("member_id", "year", "assigned_on")',
      'create index "meeting_indicator_regular_index" on "meeting" ("organization_id", "regular_month", "held_on", "attendance_recorded", "expected_count", "present_count")',
      'create index "meeting_indicator_month_index" on "meeting" ("month", "organization_id", "branch_id", "held_on", "content_complete", "documents_due", "documents_on_time")',
      'create index "resolution_task_indicator_index" on "resolution_task" ("deadline", "status", "completed_on", "branch_id")',
      'create index "meeting_indicator_kind_index" on "meeting" ("organization_id", "held_on", "kind")',
      // A subtree is a prefix of the tree path: PostgreSQL serves LIKE '/2/%' from an index only with the pattern operator class.
      'create index "organization_path_pattern_index" on "organization" ("path" varchar_pattern_ops)',
    ],
  };
}
