import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordClientRead } from '../../domain/audit/record-read.js';
import { listCheckins } from '../../domain/checkins/checkin-history.js';
import type { HttpDeps } from '../http-deps.js';
import { errorResponse, idParams, pageOf, pageQuery } from '../schemas.js';

const checkinResponse = z
  .object({
    date: z.string(),
    promptedAt: z.date().nullable(),
    remindedAt: z.date().nullable(),
    answeredAt: z.date().nullable(),
    mood: z.number().int().min(1).max(5).nullable(),
    source: z.string().nullable(),
  })
  .meta({ id: 'Checkin' });

export const checkinRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, { db, clock }) => {
  app.get(
    '/clients/:id/checkins',
    {
      schema: {
        tags: ['checkins'],
        operationId: 'listClientCheckins',
        summary: 'A client’s daily check-ins',
        params: idParams,
        querystring: pageQuery,
        response: { 200: pageOf(checkinResponse), 404: errorResponse },
      },
    },
    async (request) => {
      const page = await listCheckins(db, request.params.id, request.query);
      await recordClientRead(db, { actor: 'admin', clientId: request.params.id, what: 'checkins', at: clock() });
      return page;
    },
  );
};
