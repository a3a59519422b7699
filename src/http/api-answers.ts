import type { onRouteHookHandler } from 'fastify';
import { errorResponse } from './schemas.js';

/**
 * An onRoute hook for the routes of the admin API: declares the answers any
 * of them may give besides its own, so the document lists them and they are
 * serialised as the `Error` schema. `adminAuth` answers 401, and 429 once an
 * address has sent too many wrong tokens; the validator answers 400 wherever
 * a route checks its input. A route's own declaration of a status wins.
 */
export const declareApiAnswers: onRouteHookHandler = (route) => {
  const schema = route.schema ?? {};
  const validatesInput = Boolean(schema.params ?? schema.querystring ?? schema.body ?? schema.headers);
  route.schema = {
    ...schema,
    response: {
      ...(validatesInput ? { 400: errorResponse } : {}),
      401: errorResponse,
      429: errorResponse,
      ...(schema.response as Record<string, unknown> | undefined),
    },
  };
};
