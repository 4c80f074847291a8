import { DialectMigration, type DialectSql } from '../dialect-migration';

/**
 * Audit entries record where the changed record sat in the organization tree, so the trail is read per subtree.
 * Written by hand: the generator does not alter SQLite tables. Earlier entries keep a null scope (read by every
 * role that reads the trail) and hash as before.
 */
export class Migration20261128094500_audit_scope extends DialectMigration {
  protected readonly sql: DialectSql = {
    sqlite: [
      'ALTER TABLE `audit_entry` ADD COLUMN `scope_path` text null',
      'CREATE INDEX `audit_entry_scope_path_index` on `audit_entry` (`scope_path`)',
    ],
    postgresql: [
      'alter table "audit_entry" add column "scope_path" varchar(255) null',
      'create index "audit_entry_scope_path_index" on "audit_entry" ("scope_path")',
    ],
  };
}
