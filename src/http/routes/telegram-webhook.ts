import { timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import type { Update } from 'grammy/types';
import type { AuthFailureThrottle } from '../auth-failure-throttle.js';
import type { ErrorBody } from '../error-handler.js';

export interface TelegramWebhookDeps {
  secret: string;
  handle(update: Update): Promise<void>;
}

export interface TelegramWebhookRouteOptions extends TelegramWebhookDeps {
  throttle: AuthFailureThrottle;
}

function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * POST /telegram/webhook: 401 unless Telegram's secret header matches (429
 * once an address has sent too many wrong ones); 200 only once the update is
 * stored, so Telegram redelivers anything we lost; 503 while it cannot be
 * stored (the database is away).
 */
export const telegramWebhookRoute: FastifyPluginAsync<TelegramWebhookRouteOptions> = async (app, deps) => {
  app.post(
    '/telegram/webhook',
    {
      schema: { hide: true },
      // Checked before the body is read, so a forged post costs no parsing.
      onRequest: async (request, reply) => {
        const valid = sameSecret(request.headers['x-telegram-bot-api-secret-token'], deps.secret);
        if (await deps.throttle.refused(request, reply, valid)) return;
        if (valid) return;
        await reply.status(401).send({ error: { code: 'UNAUTHORIZED', message: 'wrong webhook secret' } } satisfies ErrorBody);
      },
    },
    async (request, reply) => {
      const update = request.body as Update | undefined;
      if (typeof update !== 'object' || update === null || typeof update.update_id !== 'number') {
        // Telegram never sends this; answering 200 keeps a malformed post from being retried forever.
        return reply.status(200).send({ ok: true, ignored: true });
      }
      try {
        await deps.handle(update);
      } catch (error) {
        request.log.error({ err: error, updateId: update.update_id }, 'webhook update not stored');
        return reply.status(503).send({ error: { code: 'UNAVAILABLE', message: 'try again later' } } satisfies ErrorBody);
      }
      return reply.status(200).send({ ok: true });
    },
  );
};
