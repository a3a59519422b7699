import type { FastifyInstance } from 'fastify';
import type { HttpDeps } from '../../http-deps.js';

/** Enrolment, mentors, alerts, deliveries and staff. */
export async function programmePages(_app: FastifyInstance, _deps: HttpDeps): Promise<void> {}
