import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ConflictError } from '../../../../core/errors.js';
import { actorOf } from '../../../../domain/staff/access.js';
import { listUndelivered, retryDelivery } from '../../../../outbox/delivery-admin.js';
import type { HttpDeps } from '../../../http-deps.js';
import { staffOf } from '../../session.js';
import { pageContextOf, sendPage } from '../../ui/render.js';
import { coordinatorsOnly } from '../coordinators-only.js';
import { recordId } from '../record-id.js';
import { DeliveriesView } from './deliveries-view.js';

/** Messages that did not arrive, why, and sending them again; for coordinators, who run the outbox. */
export async function deliveryPages(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  const { db } = deps;
  app.addHook('preHandler', coordinatorsOnly(deps));

  app.get<{ Querystring: { cursor?: string; done?: string } }>('/deliveries', async (request, reply) => {
    const page = await listUndelivered(db, { cursor: request.query.cursor });
    return sendPage(reply, pageContextOf(request, reply, deps), <DeliveriesView page={page} cursor={request.query.cursor} done={request.query.done} />);
  });

  app.post('/deliveries/:id/retry', async (request: FastifyRequest<{ Params: { id: string } }>, reply) => {
    try {
      await retryDelivery(db, recordId(request.params.id, 'DELIVERY_NOT_FOUND'), actorOf(staffOf(request)));
    } catch (error) {
      // Sent or retried meanwhile, from another tab or by another coordinator: nothing is lost, and the page says so.
      if (error instanceof ConflictError) return reply.redirect('/console/deliveries?done=delivery-not-retryable', 303);
      throw error;
    }
    return reply.redirect('/console/deliveries?done=delivery-retried', 303);
  });
}
