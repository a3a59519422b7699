import type { FastifyInstance } from 'fastify';
import type { HttpDeps } from '../../http-deps.js';

/** The clients list and each client's page. */
export async function clientPages(_app: FastifyInstance, _deps: HttpDeps): Promise<void> {}
