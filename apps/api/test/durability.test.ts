import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database';

/**
 * The SQLite file is opened the way the API opens it (a real file: ":memory:" has no WAL), and the pragmas are read
 * on the ORM's own pooled connection, since they are per connection and only that one writes.
 */
describe('SQLite durability settings', () => {
  let dir = '';
  let orm: MikroORM;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chibo-durability-'));
    orm = await openDatabase({ sqlitePath: join(dir, 'chibo.sqlite') });
  });
  afterAll(async () => {
    await orm?.close(true);
    rmSync(dir, { recursive: true, force: true });
  });

  async function pragma(name: string): Promise<unknown> {
    const rows = (await (orm.em as SqlEntityManager).getKnex().raw(`pragma ${name}`)) as Array<Record<string, unknown>>;
    // The value's column is not always named after the pragma (busy_timeout answers "timeout").
    return Object.values(rows[0] ?? {})[0];
  }

  it('writes ahead to a log (WAL), so readers never block the writer', async () => {
    expect(await pragma('journal_mode')).toBe('wal');
  });

  it('syncs the log on every commit (synchronous = FULL), so an acknowledged write survives power loss', async () => {
    // 0 OFF, 1 NORMAL (WAL's default: a power cut may lose the last commits), 2 FULL, 3 EXTRA.
    expect(await pragma('synchronous')).toBe(2);
  });

  it('keeps the other connection settings the app relies on', async () => {
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('busy_timeout')).toBe(5000);
  });
});
