import { DialectMigration, type DialectSql } from '../dialect-migration';

/** The ward's 2022 plan as a rule set: the shares of branches chosen as pilots each year. Both databases. */
const PLAN_117 = (now: string) => `INSERT INTO meeting_rule_set (version, created_at, updated_at, document_number, document_date, title, valid_from, valid_to, regular_pilot_share_min, regular_pilot_share_max, thematic_pilot_share_min, thematic_pilot_share_max) SELECT 1, ${now}, ${now}, '117-KH/ĐU', '2022-03-09', 'Kế hoạch thực hiện Đề án 11-ĐA/TU về nâng cao chất lượng sinh hoạt chi bộ trực thuộc (Đảng ủy phường)', '2022-03-09', null, 0.05, 0.1, 0.03, 0.05 WHERE NOT EXISTS (SELECT 1 FROM meeting_rule_set WHERE document_number = '117-KH/ĐU' AND document_date = '2022-03-09')`;

/**
 * Supervision and pilots: supervisor assignments (a committee member in charge of a branch for a term, or a standing
 * committee member's visit in a quarter), pilot branches of a year with the working groups guiding them, and the
 * pilot shares as rule-set columns, with the ward plan 117-KH/ĐU of 09/03/2022 that sets them (5–10% and 3–5%).
 * Written by hand: the generator does not alter SQLite tables.
 */
export class Migration20261128120000_supervision extends DialectMigration {
  protected readonly sql: DialectSql = {
    sqlite: [
      `create table \`pilot\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`year\` integer not null, \`branch_id\` integer not null, \`kind\` text check (\`kind\` in ('REGULAR_MEETING', 'THEMATIC_MEETING', 'PARTY_GROUP_MEETING')) not null, \`note\` text null, constraint \`pilot_branch_id_foreign\` foreign key(\`branch_id\`) references \`organization\`(\`id\`) on update cascade)`,
      'create index `pilot_branch_id_index` on `pilot` (`branch_id`)',
      'create unique index `pilot_year_branch_id_kind_unique` on `pilot` (`year`, `branch_id`, `kind`)',
      'create table `pilot_guide` (`id` integer not null primary key autoincrement, `version` integer not null default 1, `created_at` datetime not null, `updated_at` datetime not null, `pilot_id` integer not null, `member_id` integer not null, constraint `pilot_guide_pilot_id_foreign` foreign key(`pilot_id`) references `pilot`(`id`) on delete cascade on update cascade, constraint `pilot_guide_member_id_foreign` foreign key(`member_id`) references `member`(`id`) on update cascade)',
      'create index `pilot_guide_pilot_id_index` on `pilot_guide` (`pilot_id`)',
      'create index `pilot_guide_member_id_index` on `pilot_guide` (`member_id`)',
      'create unique index `pilot_guide_pilot_id_member_id_unique` on `pilot_guide` (`pilot_id`, `member_id`)',
      `create table \`supervisor_assignment\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`member_id\` integer not null, \`branch_id\` integer not null, \`kind\` text check (\`kind\` in ('IN_CHARGE', 'ROTATION')) not null, \`quarter\` text null, \`from_date\` date not null, \`to_date\` date null, \`planned_meeting_id\` integer null, \`note\` text null, constraint \`supervisor_assignment_member_id_foreign\` foreign key(\`member_id\`) references \`member\`(\`id\`) on update cascade, constraint \`supervisor_assignment_branch_id_foreign\` foreign key(\`branch_id\`) references \`organization\`(\`id\`) on update cascade, constraint \`supervisor_assignment_planned_meeting_id_foreign\` foreign key(\`planned_meeting_id\`) references \`meeting\`(\`id\`) on delete set null on update cascade)`,
      'create index `supervisor_assignment_member_id_index` on `supervisor_assignment` (`member_id`)',
      'create index `supervisor_assignment_branch_id_index` on `supervisor_assignment` (`branch_id`)',
      'create index `supervisor_assignment_planned_meeting_id_index` on `supervisor_assignment` (`planned_meeting_id`)',
      'create index `supervisor_assignment_member_id_from_date_index` on `supervisor_assignment` (`member_id`, `from_date`)',
      'create index `supervisor_assignment_branch_id_from_date_index` on `supervisor_assignment` (`branch_id`, `from_date`)',
      'alter table `meeting_rule_set` add column `regular_pilot_share_min` double null',
      'alter table `meeting_rule_set` add column `regular_pilot_share_max` double null',
      'alter table `meeting_rule_set` add column `thematic_pilot_share_min` double null',
      'alter table `meeting_rule_set` add column `thematic_pilot_share_max` double null',
      PLAN_117('CAST(strftime(\'%s\', \'now\') AS integer) * 1000'),
    ],
    postgresql: [
      `create table "pilot" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "year" int not null, "branch_id" int not null, "kind" text check ("kind" in ('REGULAR_MEETING', 'THEMATIC_MEETING', 'PARTY_GROUP_MEETING')) not null, "note" varchar(500) null)`,
      'alter table "pilot" add constraint "pilot_year_branch_id_kind_unique" unique ("year", "branch_id", "kind")',
      'create table "pilot_guide" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "pilot_id" int not null, "member_id" int not null)',
      'alter table "pilot_guide" add constraint "pilot_guide_pilot_id_member_id_unique" unique ("pilot_id", "member_id")',
      `create table "supervisor_assignment" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "member_id" int not null, "branch_id" int not null, "kind" text check ("kind" in ('IN_CHARGE', 'ROTATION')) not null, "quarter" varchar(7) null, "from_date" date not null, "to_date" date null, "planned_meeting_id" int null, "note" varchar(500) null)`,
      'create index "supervisor_assignment_member_id_from_date_index" on "supervisor_assignment" ("member_id", "from_date")',
      'create index "supervisor_assignment_branch_id_from_date_index" on "supervisor_assignment" ("branch_id", "from_date")',
      'alter table "pilot" add constraint "pilot_branch_id_foreign" foreign key ("branch_id") references "organization" ("id") on update cascade',
      'alter table "pilot_guide" add constraint "pilot_guide_pilot_id_foreign" foreign key ("pilot_id") references "pilot" ("id") on update cascade on delete cascade',
      'alter table "pilot_guide" add constraint "pilot_guide_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade',
      'alter table "supervisor_assignment" add constraint "supervisor_assignment_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade',
      'alter table "supervisor_assignment" add constraint "supervisor_assignment_branch_id_foreign" foreign key ("branch_id") references "organization" ("id") on update cascade',
      'alter table "supervisor_assignment" add constraint "supervisor_assignment_planned_meeting_id_foreign" foreign key ("planned_meeting_id") references "meeting" ("id") on update cascade on delete set null',
      'alter table "meeting_rule_set" add column "regular_pilot_share_min" double precision null, add column "regular_pilot_share_max" double precision null, add column "thematic_pilot_share_min" double precision null, add column "thematic_pilot_share_max" double precision null',
      PLAN_117('now()'),
    ],
  };
}
