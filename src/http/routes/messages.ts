import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listThreadMessages } from '../../domain/threads/thread-listing.js';
import type { HttpDeps } from '../http-deps.js';
import { errorResponse, idParams, messageResponse, pageOf, pageQuery } from '../schemas.js';
import { servedMediaType } from '../served-media-type.js';

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
      const served = servedMediaType(media.id, media.contentType);
      return (
        reply
          .header('content-type', served.contentType)
          .header('content-disposition', served.contentDisposition)
          // Set here as well as app-wide: what a sender uploaded must never be sniffed into HTML.
          .header('x-content-type-options', 'nosniff')
          .header('content-length', media.sizeBytes)
          .header('cache-control', 'private, max-age=31536000, immutable')
          .send(media.stream)
      );
    },
  );
};
