import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ValidationError } from '../../../../core/errors.js';
import { auditChoices } from '../../../../domain/audit/audit-choices.js';
import { listAuditTrail } from '../../../../domain/audit/audit-trail.js';
import type { HttpDeps } from '../../../http-deps.js';
import { pageContextOf, sendPage } from '../../ui/render.js';
import { coordinatorsOnly } from '../coordinators-only.js';
import { readAuditPageQuery } from './audit-page-query.js';
import { AuditView } from './audit-view.js';

/** The audit trail for coordinators: who read or changed what and when, narrowed as they choose. */
export async function auditPages(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  const { db, agencyTimezone: timeZone } = deps;
  app.addHook('preHandler', coordinatorsOnly(deps));

  app.get('/audit', async (request: FastifyRequest<{ Querystring: Record<string, unknown> }>, reply) => {
    const context = pageContextOf(request, reply, deps);
    const [query, choices] = await Promise.all([readAuditPageQuery(db, request.query, context.t), auditChoices(db)]);
    const refused = Object.keys(query.errors).length > 0;
    let page = null;
    let cursorRefused = false;
    if (!refused) {
      try {
        page = await listAuditTrail(db, query.filter, { timeZone });
      } catch (error) {
        if (!(error instanceof ValidationError && error.field === 'cursor')) throw error;
        cursorRefused = true;
      }
    }
    return sendPage(reply, context, <AuditView query={query} choices={choices} page={page} cursorRefused={cursorRefused} />, refused || cursorRefused ? 400 : 200);
  });
}
