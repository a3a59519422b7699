import { createHash, timingSafeEqual } from 'node:crypto';
import { isIPv4 } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { MetricsExposition } from '../../metrics/service-metrics.js';
import type { AuthFailureThrottle } from '../auth-failure-throttle.js';
import type { ErrorBody } from '../error-handler.js';
import { errorResponse } from '../schemas.js';

export interface MetricsRouteOptions {
  metrics: MetricsExposition;
  /** METRICS_TOKEN; unset, only clients on this machine are answered. */
  token: string | undefined;
  throttle: AuthFailureThrottle;
}

/** Whether a socket address is this machine's own (127.0.0.0/8 or ::1, also as an IPv4-mapped IPv6 address). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false;
  if (address === '::1') return true;
  const v4 = address.toLowerCase().startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return isIPv4(v4) && v4.startsWith('127.');
}

/**
 * A request from this machine that no proxy passed on: a reverse proxy on
 * the same host connects from loopback too, and says whom it forwards for.
 */
function fromThisMachine(request: FastifyRequest): boolean {
  return isLoopbackAddress(request.socket.remoteAddress) && request.headers.forwarded === undefined && request.headers['x-forwarded-for'] === undefined;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** An onRequest hook: the bearer token when one is set (a wrong one counts against the address), else this machine only. */
function metricsAccess(token: string | undefined, throttle: AuthFailureThrottle) {
  const expected = token === undefined ? undefined : digest(token);
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (expected === undefined) {
      if (fromThisMachine(request)) return;
      const body: ErrorBody = { error: { code: 'FORBIDDEN', message: 'metrics are answered only on this machine while METRICS_TOKEN is not set' } };
      await reply.status(403).send(body);
      return;
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    // Comparing digests keeps the comparison constant-time whatever the length sent.
    const valid = match?.[1] !== undefined && timingSafeEqual(digest(match[1]), expected);
    if (await throttle.refused(request, reply, valid)) return;
    if (valid) return;
    const body: ErrorBody = { error: { code: 'UNAUTHORIZED', message: 'send the metrics token as Authorization: Bearer <token>' } };
    await reply.status(401).header('www-authenticate', 'Bearer').send(body);
  };
}

const exposition = z.string().meta({
  description: 'Every metric in the Prometheus text exposition format.',
  content: { 'text/plain; version=0.0.4': { schema: { type: 'string' } } },
});

/** GET /metrics for Prometheus: this process's counters and the database-wide gauges read now. */
export const metricsRoute: FastifyPluginAsyncZod<MetricsRouteOptions> = async (app, { metrics, token, throttle }) => {
  app.get(
    '/metrics',
    {
      schema: {
        operationId: 'getMetrics',
        summary: 'Metrics for Prometheus',
        description:
          'Asks for `Authorization: Bearer <METRICS_TOKEN>` when METRICS_TOKEN is set; otherwise answers only clients on the same machine (loopback).',
        tags: ['health'],
        security: [],
        response: {
          200: exposition,
          401: errorResponse.describe('METRICS_TOKEN is set and the request did not carry it.'),
          403: errorResponse.describe('METRICS_TOKEN is not set and the request came from another machine.'),
          429: errorResponse,
        },
      },
      onRequest: metricsAccess(token, throttle),
    },
    async (_request, reply) => reply.type(metrics.contentType).send(await metrics.render()),
  );
};
