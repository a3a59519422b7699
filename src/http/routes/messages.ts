import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { recordClientRead, recordMediaRead } from '../../domain/audit/record-read.js';
import { listThreadMessages } from '../../domain/threads/thread-listing.js';
import type { HttpDeps } from '../http-deps.js';
import { binaryResponse, errorResponse, idParams, messageResponse, pageOf, pageQuery } from '../schemas.js';
import { sendStoredMedia } from '../served-media-type.js';

export const messageRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, { db, mediaStore, clock }) => {
  app.get(
    '/clients/:id/messages',
    {
      schema: {
        tags: ['messages'],
        operationId: 'listClientMessages',
        summary: 'Read a client’s thread',
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
    {
      schema: {
        tags: ['messages'],
        operationId: 'getMedia',
        summary: 'Download a file sent in a thread',
        params: idParams,
        response: {
          // The type the sender declared when it is one that is safe to serve, else application/octet-stream.
          200: binaryResponse('The file’s bytes, as an attachment unless it is an image stripped of its metadata.', [
            'image/*',
            'audio/*',
            'video/*',
            'application/pdf',
            'application/octet-stream',
          ]),
          404: errorResponse,
        },
      },
    },
    async (request, reply) => {
      const media = await mediaStore.open(db, request.params.id);
      await recordMediaRead(db, { actor: 'admin', mediaId: media.id, at: clock() });
      return sendStoredMedia(reply, media, 'private, max-age=31536000, immutable');
    },
  );
};
