import type { FastifyInstance } from 'fastify';
import type { HttpDeps } from '../../http-deps.js';
import { accessActions } from './access-actions.js';
import { clientListPage } from './client-list-page.js';
import { clientPage } from './client-page.js';
import { eraseActions } from './erase-actions.js';
import { interpretingActions } from './interpreting-actions.js';
import { privacyActions } from './privacy-actions.js';
import { recordActions } from './record-actions.js';
import { taskActions } from './task-actions.js';
import { threadActions } from './thread-actions.js';

/** The clients list and each client's page, with every action the page offers. */
export async function clientPages(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  await app.register(clientListPage, deps);
  await app.register(clientPage, deps);
  await app.register(threadActions, deps);
  await app.register(interpretingActions, deps);
  await app.register(taskActions, deps);
  await app.register(recordActions, deps);
  await app.register(accessActions, deps);
  await app.register(privacyActions, deps);
  await app.register(eraseActions, deps);
}
