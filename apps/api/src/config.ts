import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** Runtime settings, read once from the environment. */
export interface AppConfig {
  port: number;
  host: string;
  /** PostgreSQL connection string; when absent the embedded SQLite file is used. */
  databaseUrl?: string;
  /** SQLite database file (":memory:" for tests). */
  sqlitePath: string;
  /** Folder of the built admin panel, served at "/". */
  adminDir: string;
  logLevel: string;
  /** Seed the demo ward when the database holds no ward. */
  seedDemo: boolean;
}

/** Reads the configuration from environment variables, creating the data folder on first start. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const dataDir = resolve(env.DATA_DIR ?? resolve(__dirname, '../../../data'));
  const databaseUrl = env.DATABASE_URL || undefined;
  if (!databaseUrl && !env.SQLITE_PATH) mkdirSync(dataDir, { recursive: true });
  return {
    port: Number(env.PORT ?? 4000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    sqlitePath: env.SQLITE_PATH ?? resolve(dataDir, 'chibo.sqlite'),
    adminDir: resolve(env.ADMIN_DIR ?? resolve(__dirname, '../../admin/dist')),
    logLevel: env.LOG_LEVEL ?? 'info',
    seedDemo: env.SEED_DEMO !== 'false',
  };
}
