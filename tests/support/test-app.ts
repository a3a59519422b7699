import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/app.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { databaseReadiness } from '../../src/http/database-readiness.js';
import type { HttpDeps } from '../../src/http/http-deps.js';
import { createLogger } from '../../src/logger.js';
import { createMediaStore } from '../../src/media/media-store.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export const testAdminToken = 'test-admin-token-0123456789';
export const auth = { authorization: `Bearer ${testAdminToken}` };

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  deps: HttpDeps;
  close(): Promise<void>;
}

/** The HTTP app over a fresh database of its own, driven with `app.inject`. */
export async function createTestApp(overrides: Partial<HttpDeps> & { bodyLimit?: number } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const mediaDir = await mkdtemp(path.join(os.tmpdir(), 'mentorline-media-'));
  const deps: HttpDeps = {
    db: database.db,
    adminToken: testAdminToken,
    mediaStore: createMediaStore({ dir: mediaDir }),
    clock: () => new Date(),
    readiness: [databaseReadiness(database.db)],
    translator: createTranslator(),
    telegramInviteLink: () => null,
    ...overrides,
  };
  const app = await buildApp({ logger: createLogger('silent'), ...deps });
  return {
    app,
    database,
    deps,
    async close() {
      await app.close();
      await database.drop();
      await rm(mediaDir, { recursive: true, force: true });
    },
  };
}
