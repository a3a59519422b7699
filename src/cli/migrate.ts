import { parseConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { createDatabase } from '../db/create-database.js';
import { embeddedDatabaseName, runningEmbeddedPostgres, startEmbeddedPostgres } from '../db/embedded-postgres.js';
import { migrateToLatest } from '../db/migrate.js';

/** `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded server in DATA_DIR. */
const config = parseConfig(process.env);
const logger = createLogger(config.logLevel);
// Beside a running service, its embedded server is used as it is, never restarted under it.
const embedded =
  config.databaseUrl === undefined
    ? ((await runningEmbeddedPostgres(config.dataDir)) ?? (await startEmbeddedPostgres(config.dataDir, logger)))
    : undefined;
const db = createDatabase(config.databaseUrl ?? embedded?.urlFor(embeddedDatabaseName) ?? '');
try {
  const applied = await migrateToLatest(db);
  logger.info({ applied }, applied.length > 0 ? `applied ${applied.length} migration(s)` : 'nothing to migrate');
} catch (error) {
  logger.error({ err: error }, 'migration failed');
  process.exitCode = 1;
} finally {
  await db.destroy();
  await embedded?.stop();
}
