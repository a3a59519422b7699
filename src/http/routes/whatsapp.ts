import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import QRCode from 'qrcode';
import { z } from 'zod';
import { whatsappDisabledReason, whatsAppStates } from '../../channels/whatsapp/whatsapp-session.js';
import { NotFoundError } from '../../core/errors.js';
import type { HttpDeps } from '../http-deps.js';
import { binaryResponse, errorResponse } from '../schemas.js';

const statusResponse = z
  .object({
    transport: z.enum(['web', 'cloud']),
    state: z.enum(whatsAppStates),
    since: z.date(),
    reason: z.string().optional(),
    pairingCode: z.string().optional(),
    /** The Cloud API transport: when a signed webhook last came, and how the last send went. */
    lastWebhookAt: z.date().nullable().optional(),
    lastSend: z.object({ at: z.date(), ok: z.boolean(), error: z.string().optional() }).nullable().optional(),
  })
  .meta({ id: 'WhatsAppStatus' });

/** Linking the agency's WhatsApp number: its state, and the QR code to scan while linking waits. */
export const whatsappRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, deps) => {
  // When WhatsApp is off, it has been off since the service started.
  const startedAt = deps.clock();

  app.get(
    '/whatsapp/status',
    {
      schema: {
        tags: ['whatsapp'],
        operationId: 'getWhatsAppStatus',
        summary: 'The state of the agency’s WhatsApp link',
        response: { 200: statusResponse },
      },
    },
    async () =>
      deps.whatsapp ? await deps.whatsapp.status() : { transport: 'web' as const, state: 'disabled' as const, since: startedAt, reason: whatsappDisabledReason },
  );

  app.get(
    '/whatsapp/qr',
    {
      schema: {
        tags: ['whatsapp'],
        operationId: 'getWhatsAppQr',
        summary: 'The QR code that links the agency’s WhatsApp number',
        description: 'The QR code to scan with the agency phone (WhatsApp → Linked devices), as a PNG image, while linking waits for it.',
        response: { 200: binaryResponse('The QR code, 320 pixels wide.', ['image/png']), 404: errorResponse },
      },
    },
    async (_request, reply) => {
      const qr = deps.whatsapp?.qr() ?? null;
      if (qr === null) {
        const state = (await deps.whatsapp?.status())?.state ?? 'disabled';
        throw new NotFoundError('WHATSAPP_QR_NOT_AVAILABLE', `there is no QR code to scan: WhatsApp is ${state}`);
      }
      const png = await QRCode.toBuffer(qr, { type: 'png', margin: 2, width: 320 });
      return reply.header('content-type', 'image/png').header('cache-control', 'no-store').send(png);
    },
  );
};
