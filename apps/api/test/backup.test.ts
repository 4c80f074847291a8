import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type ApiProcess, databaseAt, KINDS, partialWrites, requireBuild, runScript, type ScratchDb, scratchDatabase, signIn, someBranch,
  startApi, startWriter, stopApi, tableCounts, unusedPgDatabase,
} from './api-process';

async function until(condition: () => boolean, what: string, limitMs = 30_000): Promise<void> {
  for (const started = Date.now(); !condition(); ) {
    if (Date.now() - started > limitMs) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * The documented backup command, run against a live API while a client keeps writing, and the restore command:
 * the copy is one consistent moment (every table between its counts before and after the backup, nothing half
 * written), holds the migrations, verifies its audit chain and serves the API.
 */
describe.each(KINDS)('backup and restore on %s', (kind) => {
  it('takes a consistent backup while writes continue, and restores it into a new database', async () => {
    requireBuild('backup', 'restore', 'verify-audit');
    const dir = mkdtempSync(join(tmpdir(), 'chibo-backup-'));
    const source = await scratchDatabase(kind, 'backup');
    const target = kind === 'postgresql' ? unusedPgDatabase('restored') : { url: join(dir, 'restored.sqlite'), drop: async () => undefined };
    const restored: ScratchDb = databaseAt(kind, target.url);
    const file = join(dir, kind === 'postgresql' ? 'chibo.dump' : 'chibo-backup.sqlite');
    let api: ApiProcess | undefined;
    try {
      api = await startApi(source.env);
      const cookie = await signIn(api.base);
      const branchId = await someBranch(api.base, cookie);
      const writer = startWriter(api.base, cookie, branchId, 'backup', 4);
      await until(() => writer.acked.length >= 10, 'the first writes');

      const before = await tableCounts(source);
      const ackedBefore = writer.acked.length;
      const backup = await runScript('backup', ['--out', file], source.env);
      const ackedDuring = writer.acked.length - ackedBefore;
      const after = await tableCounts(source);
      await until(() => writer.acked.length >= ackedBefore + ackedDuring + 5, 'writes after the backup');
      await writer.stop();
      expect(backup.stderr).toBe('');
      expect(backup.code).toBe(0);
      expect(backup.stdout).toContain('Backed up');
      expect(writer.refused).toEqual([]);
      // The backup did not hold the writers up: writes were acknowledged while it ran.
      expect(ackedDuring).toBeGreaterThan(0);

      const restore = await runScript('restore', ['--from', file, '--into', target.url], source.env);
      expect(restore.stderr).toBe('');
      expect(restore.code).toBe(0);

      // Read before anything opens the copy through the ORM, which would apply missing migrations itself.
      const migrations = (db: ScratchDb) => db.query('select name from mikro_orm_migrations order by name');
      const sourceMigrations = await migrations(source);
      expect(sourceMigrations.length).toBeGreaterThan(0);
      expect(await migrations(restored)).toEqual(sourceMigrations);

      const copy = await tableCounts(restored);
      expect(Object.keys(copy)).toEqual(Object.keys(before));
      const outOfRange = Object.keys(before).filter((t) => !(before[t] <= copy[t] && copy[t] <= after[t]));
      expect(outOfRange.map((t) => `${t}: ${before[t]} <= ${copy[t]} <= ${after[t]}`)).toEqual([]);
      expect(await partialWrites(restored, 'backup-')).toEqual([]);
      // Writes acknowledged before the backup started are in it.
      const notes = new Set((await restored.query("select note from member where note like 'backup-%'")).map((r) => r.note));
      expect(writer.acked.slice(0, ackedBefore).filter((w) => !notes.has(w.note))).toEqual([]);

      const verify = await runScript('verify-audit', [], restored.env);
      expect(verify.stdout).toContain('Audit trail intact');
      expect(verify.code).toBe(0);

      // The restored database serves the API, and its id sequences continue after the restored rows.
      await stopApi(api);
      api = await startApi(restored.env);
      const restoredCookie = await signIn(api.base);
      const more = startWriter(api.base, restoredCookie, branchId, 'restored', 1);
      await until(() => more.acked.length + more.refused.length >= 3, 'writes on the restored copy');
      await more.stop();
      expect(more.refused).toEqual([]);
      await stopApi(api);
      api = undefined;
      expect((await runScript('verify-audit', [], restored.env)).code).toBe(0);

      // A restore never silently replaces a database that holds data.
      const again = await runScript('restore', ['--from', file, '--into', target.url], source.env);
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(kind === 'postgresql' ? /is not empty/ : /already holds a database/);
      expect((await tableCounts(restored)).member).toBe(copy.member + more.acked.length);
      if (kind === 'sqlite') {
        const forced = await runScript('restore', ['--from', file, '--into', target.url, '--force'], source.env);
        expect(forced.code).toBe(0);
        expect(await tableCounts(restored)).toEqual(copy);
      }
      console.log(
        `backup on ${kind}: ${ackedDuring} writes acknowledged during the backup; restored members ${copy.member} ` +
          `(between ${before.member} and ${after.member}), audit entries ${copy.audit_entry}, chain intact`,
      );
    } finally {
      if (api) await stopApi(api, 'SIGKILL');
      await source.drop();
      await target.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});

describe('restore refusals', () => {
  it('refuses a backup of the other database kind, and a missing backup file', async () => {
    requireBuild('restore');
    const dir = mkdtempSync(join(tmpdir(), 'chibo-backup-'));
    // The configured database is not the target here; pointing it into the folder keeps ./data untouched.
    const env = { SQLITE_PATH: join(dir, 'configured.sqlite'), DATABASE_URL: '' };
    try {
      const missing = await runScript('restore', ['--from', join(dir, 'none.sqlite'), '--into', join(dir, 'x.sqlite')], env);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain('No backup file');
      const sqliteFile = join(dir, 'x.sqlite');
      const db = await scratchDatabase('sqlite', 'kind');
      try {
        // A real SQLite database made by the API's migrations, offered to a PostgreSQL target.
        const api = await startApi({ ...db.env, SEED_DEMO: 'false' });
        await stopApi(api);
        const copy = await runScript('backup', ['--out', sqliteFile], db.env);
        expect(copy.code).toBe(0);
      } finally {
        await db.drop();
      }
      const wrong = await runScript('restore', ['--from', sqliteFile, '--into', 'postgres://postgres@127.0.0.1:1/none'], env);
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toContain('cannot be restored into a PostgreSQL database');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
