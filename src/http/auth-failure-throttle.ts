import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorBody } from './error-handler.js';

/** How many wrong credentials one address may send within a window before it has to wait. */
export interface AuthFailureLimit {
  max: number;
  timeWindowMs: number;
}

/**
 * Ten a minute: someone retyping a token by hand never gets there, while a
 * guesser is held to ten guesses a minute.
 */
export const defaultAuthFailureLimit: AuthFailureLimit = { max: 10, timeWindowMs: 60_000 };

export interface AuthFailureThrottle {
  /**
   * Counts the attempt when its credential is wrong; answers 429 and returns
   * true once the request's address has spent its failures for the window.
   */
  refused(request: FastifyRequest, reply: FastifyReply, credentialValid: boolean): Promise<boolean>;
}

/**
 * Throttles wrong credentials per socket address with `@fastify/rate-limit`,
 * registered without a hook of its own, which would count every request.
 * Right credentials are never counted, so Telegram's hundreds of updates a
 * second pass untouched. Once an address is out of failures it is refused
 * whatever it sends until the window ends: admitting a right credential then
 * would let a guesser ignore the 429s and learn from the one answer that differs.
 */
export async function createAuthFailureThrottle(app: FastifyInstance, limit: AuthFailureLimit): Promise<AuthFailureThrottle> {
  await app.register(rateLimit, { global: false });
  const failures = app.createRateLimit({ max: limit.max, timeWindow: limit.timeWindowMs });
  return {
    async refused(request, reply, credentialValid) {
      const state = await failures(request, { increment: !credentialValid });
      if (state.isAllowed) return false;
      // A wrong credential has just been counted; a right one only looks at the count.
      const spent = credentialValid ? state.remaining === 0 : state.isExceeded;
      if (!spent) return false;
      const retryAfter = Math.max(1, state.ttlInSeconds);
      const body: ErrorBody = {
        error: {
          code: 'TOO_MANY_FAILED_ATTEMPTS',
          message: `too many wrong credentials from this address; try again in ${retryAfter} s`,
        },
      };
      await reply.status(429).header('retry-after', retryAfter).send(body);
      return true;
    },
  };
}
