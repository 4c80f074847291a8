import { Migration } from '@mikro-orm/migrations';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';

/** The SQL of one schema change, generated for each database the product runs on. */
export interface DialectSql {
  sqlite: string[];
  postgresql: string[];
}

/**
 * A migration that applies the statements of the running database's dialect. Both lists are generated from
 * the same entities by `npm run migration:create`, so one migration history serves both databases.
 */
export abstract class DialectMigration extends Migration {
  protected abstract readonly sql: DialectSql;

  override async up(): Promise<void> {
    const statements = this.driver.getPlatform() instanceof PostgreSqlPlatform ? this.sql.postgresql : this.sql.sqlite;
    for (const statement of statements) this.addSql(statement);
  }
}
