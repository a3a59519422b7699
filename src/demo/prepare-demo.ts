import path from 'node:path';
import { createDatabase } from '../db/create-database.js';
import { migrateToLatest } from '../db/migrate.js';
import type { Logger } from '../logger.js';
import { createMediaSanitizer } from '../media/media-sanitizer.js';
import type { MediaStoreConfig } from '../config.js';
import { createMediaStore } from '../media/media-store.js';
import { credentialsText, loadCredentials, saveCredentials } from './credentials.js';
import type { Catalog } from './history.js';
import { seedDemo } from './seed-demo.js';

export interface DemoDatabaseOptions {
  databaseUrl: string;
  /** DATA_DIR: its `media/` gets the photos, as the service's media store keeps them. */
  dataDir: string;
  mediaMaxBytes: number;
  mediaStore: MediaStoreConfig;
  publicUrl: string;
  catalog: Catalog;
  logger: Logger;
  now: Date;
}

export interface DemoDatabase {
  seeded: boolean;
  /** The demo accounts to tell, from this run or an earlier one; undefined when this data directory never had any. */
  credentials: string | undefined;
}

/**
 * Brings the database up to date and seeds the demo agency into it when it
 * has nobody yet; the accounts are kept in DATA_DIR either way, so a
 * database seeded before can have them told again.
 */
export async function prepareDemoDatabase(options: DemoDatabaseOptions): Promise<DemoDatabase> {
  const db = createDatabase(options.databaseUrl);
  const sanitizer = createMediaSanitizer();
  try {
    await migrateToLatest(db);
    const mediaStore = createMediaStore({
      dir: path.join(options.dataDir, 'media'),
      store: options.mediaStore,
      sanitizer,
      maxBytes: options.mediaMaxBytes,
    });
    const started = performance.now();
    const outcome = await seedDemo(db, { now: options.now, mediaStore, catalog: options.catalog, publicUrl: options.publicUrl });
    if (!outcome.seeded) return { seeded: false, credentials: await loadCredentials(options.dataDir) };
    const credentials = credentialsText(outcome.accounts, outcome.password);
    const file = await saveCredentials(options.dataDir, credentials);
    options.logger.info({ ms: Math.round(performance.now() - started), file }, 'demo agency seeded');
    return { seeded: true, credentials };
  } finally {
    await sanitizer.close();
    await db.destroy();
  }
}
