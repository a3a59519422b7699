import { createKeyedDigest } from '../../src/core/keyed-digest.js';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../src/http/app.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { databaseReadiness } from '../../src/http/database-readiness.js';
import type { HttpDeps } from '../../src/http/http-deps.js';
import { createLogger } from '../../src/logger.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import { createTestMediaStore } from './test-media.js';

export const testAdminToken = 'test-admin-token-0123456789';
export const auth = { authorization: `Bearer ${testAdminToken}` };

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  deps: HttpDeps;
  close(): Promise<void>;
}

/** The HTTP app over a fresh database of its own, driven with `app.inject`. */
export async function createTestApp(
  overrides: Partial<HttpDeps> & Pick<AppOptions, 'bodyLimit' | 'authFailureLimit'> = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const media = await createTestMediaStore();
  const deps: HttpDeps = {
    db: database.db,
    adminToken: testAdminToken,
    mediaStore: media.store,
    clock: () => new Date(),
    readiness: [databaseReadiness(database.db)],
    translator: createTranslator(),
    telegramInviteLink: () => null,
    publicUrl: 'http://console.test',
    sessionIdleMs: 12 * 60 * 60 * 1000,
    agencyTimezone: 'Europe/Riga',
    reportMinGroup: 5,
    digest: createKeyedDigest('test-app-digest-key-0123456789abcdef'),
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
      await media.close();
    },
  };
}
