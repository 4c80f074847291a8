#!/usr/bin/env node
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { loadConfig } from '../config';
import { checkSqliteCopy, operatorPath, pgToolConnection, runPgTool, shownUrl, syncToDisk } from './backup-files';

const HELP = `Usage: npm run backup -w @chibo/api -- --out FILE [--force]
Writes a consistent copy of the configured database to FILE while the API keeps running and writing.
  SQLite (SQLITE_PATH or DATA_DIR): SQLite's online backup, one snapshot, checked page by page.
  PostgreSQL (DATABASE_URL): pg_dump --format=custom (one snapshot); needs pg_dump of the server's major version.
An existing FILE is kept unless --force is given. Restore with: npm run restore -w @chibo/api -- --from FILE`;

/** Pages per backup step: all of them, so the copy is taken in one read transaction and never restarts. */
const ALL_PAGES = 0x7fffffff;

async function backupSqlite(source: string, out: string): Promise<void> {
  if (!existsSync(source)) throw new Error(`No SQLite database at ${source} (set SQLITE_PATH or DATA_DIR).`);
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    // Copied in steps, a backup restarts whenever another connection writes between two of them, and under
    // steady writes may never finish; one step reads a single snapshot while writers go on (WAL).
    await db.backup(out, { progress: () => ALL_PAGES });
  } finally {
    db.close();
  }
  const copy = new Database(out, { fileMustExist: true });
  try {
    // A self-contained file: no -wal companion to lose when the copy is moved; the API turns WAL back on when it opens it.
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  checkSqliteCopy(out);
}

function backupPostgres(databaseUrl: string, out: string): void {
  const { url, env } = pgToolConnection(databaseUrl);
  // pg_dump reads everything in one repeatable-read transaction: a consistent snapshot, writers not blocked.
  runPgTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${out}`, `--dbname=${url}`], env);
}

async function main() {
  const { values } = parseArgs({ options: { out: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean' } } });
  if (values.help || !values.out) {
    console.log(HELP);
    process.exit(values.help ? 0 : 2);
  }
  const out = operatorPath(values.out);
  if (!existsSync(dirname(out))) throw new Error(`The folder ${dirname(out)} does not exist.`);
  if (existsSync(out) && !values.force) throw new Error(`${out} already exists; choose another file or add --force to replace it.`);
  const config = loadConfig();
  // Written beside the target and renamed at the end, so FILE is never a half-written backup.
  const partial = `${out}.partial-${process.pid}`;
  const started = Date.now();
  try {
    if (config.databaseUrl) backupPostgres(config.databaseUrl, partial);
    else await backupSqlite(config.sqlitePath, partial);
    syncToDisk(partial);
    renameSync(partial, out);
    syncToDisk(out);
  } catch (err) {
    rmSync(partial, { force: true });
    rmSync(`${partial}-journal`, { force: true });
    throw err;
  }
  const from = config.databaseUrl ? shownUrl(config.databaseUrl) : config.sqlitePath;
  console.log(`Backed up ${from} to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
