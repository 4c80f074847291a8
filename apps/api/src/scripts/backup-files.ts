import { spawnSync } from 'node:child_process';
import { closeSync, fsyncSync, openSync, readSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';

/** What the backup and restore commands share: paths, formats and the PostgreSQL client tools. */

/** The table MikroORM records applied migrations in: a database without it is not one of ours. */
export const MIGRATIONS_TABLE = 'mikro_orm_migrations';

/**
 * A path given on the command line, relative to where the operator ran npm (npm runs workspace scripts in
 * apps/api, and passes the original folder as INIT_CWD).
 */
export function operatorPath(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//.test(target);
}

/** The kind of backup a file holds, from its first bytes. */
export function backupKind(file: string): 'sqlite' | 'postgresql' | null {
  const head = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') === 'SQLite format 3\0') return 'sqlite';
  if (head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'postgresql';
  return null;
}

/** Checks a SQLite file page by page and that it holds the migrations table; throws naming the file otherwise. */
export function checkSqliteCopy(file: string): void {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`${file} is damaged: ${result}`);
    const table = db.prepare("select name from sqlite_master where type = 'table' and name = ?").get(MIGRATIONS_TABLE);
    if (!table) throw new Error(`${file} has no ${MIGRATIONS_TABLE} table: it is not a Chi bộ database.`);
  } finally {
    db.close();
  }
}

/** Flushes a file and the folder entry naming it to disk, so a finished backup or restore survives a power cut. */
export function syncToDisk(file: string): void {
  for (const [path, flags] of [[file, 'r+'], [dirname(file), 'r']] as const) {
    const fd = openSync(path, flags);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
}

/**
 * A PostgreSQL URL without its password, and the environment that passes the password to pg_dump/pg_restore
 * (so it does not show in the process list).
 */
export function pgToolConnection(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (parsed.password) {
    env.PGPASSWORD = decodeURIComponent(parsed.password);
    parsed.password = '';
  }
  return { url: parsed.toString(), env };
}

/** The URL to show an operator: the password masked. */
export function shownUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** Runs a PostgreSQL client tool, failing clearly when it is not installed or reports an error. */
export function runPgTool(tool: 'pg_dump' | 'pg_restore', args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(tool, args, { env, stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(`${tool} is not on PATH: install the PostgreSQL client tools of the server's major version (e.g. apt-get install postgresql-client).`);
  }
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${tool} failed (exit ${result.status}):\n${result.stderr.trim()}`);
}
