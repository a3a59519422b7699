import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { recordClientRead, recordMediaRead } from '../../domain/audit/record-read.js';
import { listThreadMessages } from '../../domain/threads/thread-listing.js';
import type { HttpDeps } from '../http-deps.js';
import { errorResponse, idParams, messageResponse, pageOf, pageQuery } from '../schemas.js';
import { sendStoredMedia } from '../served-media-type.js';

export const messageRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, { db, mediaStore, clock }) => {
  app.get(
    '/clients/:id/messages',
    {
      schema: {
        tags: ['messages'],
        params: idParams,
        querystring: pageQuery,
        response: { 200: pageOf(messageResponse), 404: errorResponse },
      },
    },
    async (request) => {
      const page = await listThreadMessages(db, request.params.id, request.query);
      await recordClientRead(db, { actor: 'admin', clientId: request.params.id, what: 'thread', at: clock() });
      return page;
    },
  );

  app.get(
    '/media/:id',
    { schema: { tags: ['messages'], params: idParams } },
    async (request, reply) => {
      const media = await mediaStore.open(db, request.params.id);
      await recordMediaRead(db, { actor: 'admin', mediaId: media.id, at: clock() });
      return sendStoredMedia(reply, media, 'private, max-age=31536000, immutable');
    },
  );
};
