import { DialectMigration, type DialectSql } from '../dialect-migration';

/**
 * Annual ratings: the committee's part of a branch's or a member's yearly quality rating (points or level, note, day
 * decided), one per subject and year; the meeting-quality part is computed, not stored. Both databases.
 */
export class Migration20261128160000_annual_rating extends DialectMigration {
  protected readonly sql: DialectSql = {
    sqlite: [
      `CREATE TABLE \`annual_rating\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`subject\` text check (\`subject\` in ('BRANCH', 'MEMBER')) not null, \`subject_key\` text not null, \`year\` integer not null, \`branch_id\` integer not null, \`member_id\` integer null, \`points\` double null, \`level\` text check (\`level\` in ('OUTSTANDING', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')) null, \`note\` text null, \`decided_on\` date null, constraint \`annual_rating_branch_id_foreign\` foreign key(\`branch_id\`) references \`organization\`(\`id\`) on update cascade, constraint \`annual_rating_member_id_foreign\` foreign key(\`member_id\`) references \`member\`(\`id\`) on delete cascade on update cascade)`,
      'CREATE INDEX `annual_rating_branch_id_index` on `annual_rating` (`branch_id`)',
      'CREATE INDEX `annual_rating_member_id_index` on `annual_rating` (`member_id`)',
      'CREATE INDEX `annual_rating_branch_id_year_index` on `annual_rating` (`branch_id`, `year`)',
      'CREATE UNIQUE INDEX `annual_rating_subject_key_year_unique` on `annual_rating` (`subject_key`, `year`)',
    ],
    postgresql: [
      `create table "annual_rating" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "subject" text check ("subject" in ('BRANCH', 'MEMBER')) not null, "subject_key" varchar(24) not null, "year" int not null, "branch_id" int not null, "member_id" int null, "points" double precision null, "level" text check ("level" in ('OUTSTANDING', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')) null, "note" varchar(2000) null, "decided_on" date null)`,
      'create index "annual_rating_branch_id_year_index" on "annual_rating" ("branch_id", "year")',
      'alter table "annual_rating" add constraint "annual_rating_subject_key_year_unique" unique ("subject_key", "year")',
      'alter table "annual_rating" add constraint "annual_rating_branch_id_foreign" foreign key ("branch_id") references "organization" ("id") on update cascade',
      'alter table "annual_rating" add constraint "annual_rating_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete cascade',
    ],
  };
}
