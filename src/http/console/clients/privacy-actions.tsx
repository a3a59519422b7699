import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../../domain/staff/access.js';
import type { HttpDeps } from '../../http-deps.js';
import { sendClientDataExport } from '../../routes/client-data-export.js';
import { isCoordinator, staffOf } from '../session.js';
import { ProblemPage } from '../ui/problem-page.js';
import { pageContextOf, sendPage } from '../ui/render.js';
import { clientOfRequest } from './client-request.js';

/** A client's rights over their data, which coordinators carry out: a mentor is told so, with a 403. */
export async function privacyActions(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  // No HEAD: it would read every stored file only to drop it, and count as an export taken.
  app.get('/clients/:id/export.zip', { exposeHeadRoute: false }, async (request, reply) => {
    const context = await clientOfRequest(deps.db, request);
    if (!isCoordinator(request)) return sendPage(reply, pageContextOf(request, reply, deps), <ProblemPage kind="forbidden" />, 403);
    return sendClientDataExport(reply, deps, context.id, actorOf(staffOf(request)));
  });
}
