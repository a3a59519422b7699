import type { FastifyReply, FastifyRequest } from 'fastify';
import type { HttpDeps } from '../../http-deps.js';
import { isCoordinator } from '../session.js';
import { ProblemPage } from '../ui/problem-page.js';
import { pageContextOf, sendPage } from '../ui/render.js';

/**
 * A hook for the pages that run the programme: a mentor who follows a link to
 * one is told, in words and with a 403, that it is for coordinators.
 */
export function coordinatorsOnly(deps: Pick<HttpDeps, 'translator' | 'clock'>) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (isCoordinator(request)) return;
    return sendPage(reply, pageContextOf(request, reply, deps), <ProblemPage kind="forbidden" />, 403);
  };
}
