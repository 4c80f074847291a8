import 'reflect-metadata';
import { loadConfig } from './config';
import { openDatabase } from './db/database';
import { seedDemoIfEmpty } from './db/seed/demo';
import { refreshStaleMeetings } from './modules/meeting/judging.service';
import { logger } from './shared/logger';
import { createApp } from './server';

async function main(): Promise<void> {
  const config = loadConfig();
  const orm = await openDatabase(config);
  logger.info({ database: config.databaseUrl ? 'postgresql' : config.sqlitePath }, 'database ready, migrations applied');
  if (config.seedDemo) await seedDemoIfEmpty(orm);
  await refreshStaleMeetings(orm);
  const { app, apollo } = await createApp({ orm, adminDir: config.adminDir });
  const server = app.listen(config.port, config.host, () => {
    logger.info({ url: `http://localhost:${config.port}` }, 'Chi bộ is running: admin at /, GraphQL at /graphql');
  });
  const stop = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    server.close();
    await apollo.stop();
    await orm.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  logger.fatal({ err }, 'failed to start');
  process.exit(1);
});
