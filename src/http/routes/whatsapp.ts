import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import QRCode from 'qrcode';
import { z } from 'zod';
import { whatsappDisabledReason, whatsAppStates } from '../../channels/whatsapp/whatsapp-session.js';
import { NotFoundError } from '../../core/errors.js';
import type { HttpDeps } from '../http-deps.js';

const statusResponse = z.object({
  state: z.enum(whatsAppStates),
  since: z.date(),
  reason: z.string().optional(),
  pairingCode: z.string().optional(),
});

/** Linking the agency's WhatsApp number: its state, and the QR code to scan while linking waits. */
export const whatsappRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, deps) => {
  // When WhatsApp is off, it has been off since the service started.
  const startedAt = deps.clock();

  app.get('/whatsapp/status', { schema: { tags: ['whatsapp'], response: { 200: statusResponse } } }, async () =>
    deps.whatsapp ? deps.whatsapp.status() : { state: 'disabled' as const, since: startedAt, reason: whatsappDisabledReason },
  );

  app.get(
    '/whatsapp/qr',
    {
      schema: {
        tags: ['whatsapp'],
        description: 'The QR code to scan with the agency phone (WhatsApp → Linked devices), as a PNG image, while linking waits for it.',
      },
    },
    async (_request, reply) => {
      const qr = deps.whatsapp?.qr() ?? null;
      if (qr === null) {
        const state = deps.whatsapp?.status().state ?? 'disabled';
        throw new NotFoundError('WHATSAPP_QR_NOT_AVAILABLE', `there is no QR code to scan: WhatsApp is ${state}`);
      }
      const png = await QRCode.toBuffer(qr, { type: 'png', margin: 2, width: 320 });
      return reply.header('content-type', 'image/png').header('cache-control', 'no-store').send(png);
    },
  );
};
