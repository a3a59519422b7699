import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listThreadMessages } from '../../domain/threads/thread-listing.js';
import type { HttpDeps } from '../http-deps.js';
import { errorResponse, idParams, messageResponse, pageOf, pageQuery } from '../schemas.js';

export const messageRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, { db, mediaStore }) => {
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
    async (request) => listThreadMessages(db, request.params.id, request.query),
  );

  app.get(
    '/media/:id',
    { schema: { tags: ['messages'], params: idParams } },
    async (request, reply) => {
      const media = await mediaStore.open(db, request.params.id);
      return reply
        .header('content-type', media.contentType)
        .header('content-length', media.sizeBytes)
        .header('cache-control', 'private, max-age=31536000, immutable')
        .send(media.stream);
    },
  );
};
