import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { WebhookOutcome } from '../../channels/whatsapp-cloud/whatsapp-cloud-channel.js';
import type { ErrorBody } from '../error-handler.js';

export interface WhatsAppCloudWebhookDeps {
  verifyToken(token: string | undefined): boolean;
  takeWebhook(rawBody: Buffer, signature: string | undefined): Promise<WebhookOutcome>;
}

/** Meta's webhook bodies are small; a batch of a thousand events fits well within this. */
const webhookBodyLimit = 3 * 1024 * 1024;

const single = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * The WhatsApp Cloud API webhook. GET is Meta's verification handshake: the
 * challenge back as text when the verify token matches, else 403. POST is
 * signed (`X-Hub-Signature-256` over the raw bytes, so this route keeps the
 * bytes as they came): 401 on a bad signature, 200 only once the whole batch
 * is stored, 503 while it cannot be, so Meta delivers it again.
 */
export const whatsappCloudWebhookRoute: FastifyPluginAsync<WhatsAppCloudWebhookDeps> = async (app, deps) => {
  // Re-serialised JSON differs from what Meta signed (emoji, accents, spacing): the signature is checked over these bytes.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: webhookBodyLimit }, (_request, body, done) => done(null, body));

  app.get(
    '/whatsapp/cloud/webhook',
    {
      schema: {
        operationId: 'verifyWhatsAppCloudWebhook',
        summary: 'Meta’s webhook verification handshake',
        tags: ['whatsapp'],
        security: [],
        querystring: z.object({
          'hub.mode': z.string().max(64).optional(),
          'hub.verify_token': z.string().max(1024).optional(),
          'hub.challenge': z.string().max(1024).optional(),
        }),
      },
    },
    async (request, reply) => {
      const query = request.query as Record<string, string | undefined>;
      const challenge = query['hub.challenge'];
      if (query['hub.mode'] !== 'subscribe' || !deps.verifyToken(query['hub.verify_token']) || challenge === undefined) {
        return reply.status(403).type('text/plain').send('forbidden');
      }
      return reply.status(200).type('text/plain').send(challenge);
    },
  );

  app.post(
    '/whatsapp/cloud/webhook',
    {
      schema: {
        operationId: 'receiveWhatsAppCloudWebhook',
        summary: 'Messages and statuses from the WhatsApp Cloud API, signed by Meta',
        tags: ['whatsapp'],
        security: [],
      },
    },
    async (request, reply) => {
      const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      let outcome: WebhookOutcome;
      try {
        outcome = await deps.takeWebhook(raw, single(request.headers['x-hub-signature-256']));
      } catch (error) {
        request.log.error({ err: error }, 'WhatsApp webhook not stored');
        return reply.status(503).send({ error: { code: 'UNAVAILABLE', message: 'try again later' } } satisfies ErrorBody);
      }
      if (outcome === 'bad_signature') {
        return reply.status(401).send({ error: { code: 'UNAUTHORIZED', message: 'the X-Hub-Signature-256 signature does not match' } } satisfies ErrorBody);
      }
      // Meta never sends a body we cannot read; answering 200 keeps a malformed one from being retried for days.
      return reply.status(200).send({ ok: true, ...(outcome === 'malformed' ? { ignored: true } : {}) });
    },
  );
};
