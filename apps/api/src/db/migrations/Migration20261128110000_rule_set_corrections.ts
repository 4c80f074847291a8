import { DialectMigration, type DialectSql } from '../dialect-migration';

const KINDS = "('RESIDENTIAL', 'ARMED_FORCES', 'SCHOOL', 'AGENCY', 'NON_STATE_ENTERPRISE')";

/** The same data corrections on both databases: 12-HD/BTCTW's 90 minutes, 42-HD/BTCTW's title and its length rule. */
const CORRECTIONS = [
  "update meeting_rule_set set min_minutes_regular = 90, min_minutes_combined = 90 where document_number = '12-HD/BTCTW' and document_date = '2018-07-06' and min_minutes_regular is null",
  "update meeting_rule_set set title = 'Một số vấn đề về tiếp tục đổi mới và nâng cao chất lượng sinh hoạt chi bộ' where document_number = '42-HD/BTCTW' and document_date = '2025-10-28' and title = 'Hướng dẫn sinh hoạt chi bộ'",
  "update meeting_rule_set set local_length_allowed = true where document_number = '42-HD/BTCTW' and document_date = '2025-10-28'",
];

/**
 * Meeting rule corrections. Columns: a rule set may let a committee decide the meeting length, and such decisions are
 * stored; a meeting keeps its members' runs of excused absences and the revision of the rules that judged it (and an index on the held day, by which corrections find meetings); a member's retirement is dated. Data: the shipped
 * rule sets as corrected (12-HD/BTCTW sets at least 90 minutes; 42-HD/BTCTW's title; 42-HD lets the committee decide
 * the length). Written by hand: the generator does not alter SQLite tables. Stored findings are judged again at the
 * next start (see rejudging in the meeting module).
 */
export class Migration20261128110000_rule_set_corrections extends DialectMigration {
  protected readonly sql: DialectSql = {
    sqlite: [
      'ALTER TABLE `meeting_rule_set` ADD COLUMN `local_length_allowed` integer null',
      'ALTER TABLE `meeting` ADD COLUMN `excused_runs` json null',
      'ALTER TABLE `meeting` ADD COLUMN `judging_revision` integer not null default 0',
      'CREATE INDEX `meeting_held_on_index` on `meeting` (`held_on`)',
      'ALTER TABLE `member` ADD COLUMN `retired_on` date null',
      `CREATE TABLE \`meeting_length_decision\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`organization_id\` integer not null, \`branch_kind\` text check (\`branch_kind\` in ${KINDS}) null, \`minutes\` integer not null, \`decision_reference\` text not null, \`valid_from\` date not null, \`valid_to\` date null, constraint \`meeting_length_decision_organization_id_foreign\` foreign key(\`organization_id\`) references \`organization\`(\`id\`) on update cascade)`,
      'CREATE INDEX `meeting_length_decision_organization_id_index` on `meeting_length_decision` (`organization_id`)',
      ...CORRECTIONS.map((s) => s.replace('= true', '= 1')),
    ],
    postgresql: [
      'alter table "meeting_rule_set" add column "local_length_allowed" boolean null',
      'alter table "meeting" add column "excused_runs" jsonb null',
      'alter table "meeting" add column "judging_revision" int not null default 0',
      'create index "meeting_held_on_index" on "meeting" ("held_on")',
      'alter table "member" add column "retired_on" date null',
      `create table "meeting_length_decision" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" int not null, "branch_kind" text check ("branch_kind" in ${KINDS}) null, "minutes" int not null, "decision_reference" varchar(120) not null, "valid_from" date not null, "valid_to" date null)`,
      'create index "meeting_length_decision_organization_id_index" on "meeting_length_decision" ("organization_id")',
      'alter table "meeting_length_decision" add constraint "meeting_length_decision_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade',
      ...CORRECTIONS,
    ],
  };
}
