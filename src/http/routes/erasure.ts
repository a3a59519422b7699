import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { eraseClient, maxReasonLength } from '../../domain/privacy/erasure.js';
import { openErasureRequests } from '../../domain/privacy/erasure-requests.js';
import { removeErasedMedia } from '../../media/erased-media.js';
import type { HttpDeps } from '../http-deps.js';
import { errorResponse, idParams } from '../schemas.js';

const tags = ['privacy'];

const erasureResponse = z
  .object({ id: z.uuid(), clientId: z.uuid(), erasedAt: z.date(), erasedBy: z.string(), reason: z.string() })
  .meta({ id: 'Erasure' });

const erasureRequestResponse = z
  .object({ id: z.uuid(), clientId: z.uuid(), clientName: z.string(), channel: z.string(), requestedAt: z.date() })
  .meta({ id: 'ErasureRequest' });

export const erasureRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, deps) => {
  app.post(
    '/clients/:id/erase',
    {
      schema: {
        tags,
        operationId: 'eraseClient',
        summary: 'Erase a client and everything about them',
        description:
          'Erases the client and everything about them (GDPR Art. 17); they are told once in their language. What stays: this record ' +
          '(the reason with their name and phone taken out) and de-identified facts that keep past reports unchanged.',
        params: idParams,
        body: z.strictObject({ reason: z.string().trim().min(1, 'must say why the client is erased').max(maxReasonLength) }),
        response: { 200: erasureResponse, 400: errorResponse, 404: errorResponse },
      },
    },
    async (request) => {
      const outcome = await eraseClient(deps.db, deps, request.params.id, { actor: 'admin', reason: request.body.reason, now: deps.clock() });
      await removeErasedMedia(deps.db, deps.mediaStore, outcome.unreferencedMedia, request.log);
      return outcome.erasure;
    },
  );

  app.get(
    '/erasure-requests',
    {
      schema: {
        tags,
        operationId: 'listErasureRequests',
        summary: 'Erasure requests not yet carried out',
        description: 'Erasure requests clients made in the bot (/forget, FORGET) that nobody has carried out yet, oldest first.',
        response: { 200: z.object({ items: z.array(erasureRequestResponse) }) },
      },
    },
    async () => ({ items: await openErasureRequests(deps.db) }),
  );
};
