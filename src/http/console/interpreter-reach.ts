import type { FastifyRequest } from 'fastify';
import { NotFoundError } from '../../core/errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route is one an interpreter may reach (see `interpretersReachOnlyTheirs`). */
    forInterpreters?: boolean;
  }
}

/** The config of a route an interpreter may reach: their clients' threads, translating, their own settings. */
export const forInterpreters = { forInterpreters: true } as const;

/**
 * An interpreter reads their clients' threads and translates, nothing more:
 * every other console page and action answers them as a page that does not
 * exist, so a route added later is closed to them until it says otherwise.
 */
export async function interpretersReachOnlyTheirs(request: FastifyRequest): Promise<void> {
  if (request.staff?.role !== 'interpreter' || request.routeOptions.config.forInterpreters === true) return;
  throw new NotFoundError('NOT_FOUND', 'no such page for an interpreter');
}
