import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthFailureThrottle } from './auth-failure-throttle.js';
import type { ErrorBody } from './error-handler.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * An onRequest hook that admits only `Authorization: Bearer <admin token>`;
 * a missing or wrong token counts against the address's failures.
 */
export function adminAuth(adminToken: string, throttle: AuthFailureThrottle) {
  const expected = digest(adminToken);
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    // Comparing digests keeps the comparison constant-time whatever the length sent.
    const valid = match?.[1] !== undefined && timingSafeEqual(digest(match[1]), expected);
    if (await throttle.refused(request, reply, valid)) return;
    if (valid) return;
    const body: ErrorBody = {
      error: { code: 'UNAUTHORIZED', message: 'send the admin token as Authorization: Bearer <token>' },
    };
    await reply.status(401).header('www-authenticate', 'Bearer').send(body);
  };
}
