import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ComponentState } from '../../core/readiness.js';
import type { HttpDeps } from '../http-deps.js';

const componentState = z.object({
  ready: z.boolean(),
  state: z.string(),
  reason: z.string().optional(),
  transport: z.string().optional(),
  lastWebhookAt: z.string().nullable().optional(),
  lastSend: z.object({ at: z.string(), ok: z.boolean(), error: z.string().optional() }).nullable().optional(),
});
const readyResponse = z
  .object({
    status: z.enum(['ready', 'not_ready']),
    reason: z.string().optional(),
    components: z.record(z.string(), componentState),
  })
  .meta({ id: 'Readiness' });

/** Probes are open: no token, so `security` is emptied of the document's bearer requirement. */
const open = { tags: ['health'], security: [] };

export const healthRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, { readiness }) => {
  app.get(
    '/healthz',
    {
      schema: {
        ...open,
        operationId: 'getHealth',
        summary: 'Whether the process is up',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        ...open,
        operationId: 'getReadiness',
        summary: 'Whether the service can do its work, component by component',
        response: { 200: readyResponse, 503: readyResponse },
      },
    },
    async (_request, reply) => {
      const results = await Promise.all(
        readiness.map(async (check): Promise<[string, boolean, ComponentState]> => {
          const state = await check.check().catch(
            (error: unknown): ComponentState => ({
              ready: false,
              state: 'error',
              reason: error instanceof Error ? error.message : String(error),
            }),
          );
          return [check.name, check.required, state];
        }),
      );
      const failing = results.find(([, required, state]) => required && !state.ready);
      const body = {
        status: failing ? ('not_ready' as const) : ('ready' as const),
        ...(failing ? { reason: `${failing[0]}: ${failing[2].reason ?? failing[2].state}` } : {}),
        components: Object.fromEntries(results.map(([name, , state]) => [name, state])),
      };
      return reply.status(failing ? 503 : 200).send(body);
    },
  );
};
