import type { FastifyInstance } from 'fastify';
import type { HttpDeps } from '../http-deps.js';
import { clientPages } from './clients/client-pages.js';
import { programmePages } from './programme/programme-pages.js';
import { settingsPages } from './settings/settings-pages.js';
import { todayPage } from './today/today-page.js';

/** Every page behind sign-in, one plugin per part of the console. */
export async function consolePages(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  await app.register(todayPage, deps);
  await app.register(clientPages, deps);
  await app.register(programmePages, deps);
  await app.register(settingsPages, deps);
}
