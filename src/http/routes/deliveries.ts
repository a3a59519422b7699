import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { channels, deliveryStatuses } from '../../db/database.js';
import { listDeliveries, retryDelivery } from '../../outbox/delivery-admin.js';
import type { HttpDeps } from '../http-deps.js';
import { errorResponse, idParams, pageOf, pageQuery } from '../schemas.js';

const tags = ['deliveries'];

const deliveryResponse = z
  .object({
    id: z.uuid(),
    channel: z.enum(channels),
    chatId: z.string(),
    accountId: z.uuid().nullable(),
    aboutClientId: z.uuid().nullable(),
    kind: z.string(),
    status: z.enum(deliveryStatuses),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
    sentAt: z.date().nullable(),
  })
  .meta({ id: 'Delivery' });

export const deliveryRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, { db }) => {
  app.get(
    '/deliveries',
    {
      schema: {
        tags,
        operationId: 'listDeliveries',
        summary: 'List the outbox’s deliveries',
        description: 'The outbox, newest first; `status=dead` lists deliveries that ran out of attempts.',
        querystring: pageQuery.extend({ status: z.enum(deliveryStatuses).optional() }),
        response: { 200: pageOf(deliveryResponse), 400: errorResponse },
      },
    },
    async (request) => listDeliveries(db, request.query),
  );

  app.post(
    '/deliveries/:id/retry',
    {
      schema: {
        tags,
        operationId: 'retryDelivery',
        summary: 'Send a dead or failed delivery again',
        description: 'Sends a dead or failed delivery again, with a fresh set of attempts.',
        params: idParams,
        response: { 202: z.object({ status: z.literal('pending') }), 404: errorResponse, 409: errorResponse },
      },
    },
    async (request, reply) => {
      await retryDelivery(db, request.params.id);
      return reply.status(202).send({ status: 'pending' as const });
    },
  );
};
