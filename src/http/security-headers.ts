import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

type Directives = Record<string, string[]>;

/** JSON and media load nothing and are framed by nothing. */
const apiPolicy: Directives = {
  'default-src': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/**
 * Swagger UI loads its scripts, styles and spec from this origin and draws
 * its icons from data: URLs; it needs nothing inline and nothing from elsewhere.
 */
const docsPolicy: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

const policy = (directives: Directives) => ({ useDefaults: false, directives });

/**
 * Fastify answers a URL it cannot route (a bad percent-escape, an overlong
 * parameter) before any hook runs, so helmet never sees that answer: it gets
 * the headers that matter for an error body from here.
 */
export const frameworkErrorHeaders: Readonly<Record<string, string>> = {
  'content-security-policy': Object.entries(apiPolicy)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join(';'),
  'cross-origin-resource-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

/**
 * Helmet's headers on every response, errors and 404s included, with a
 * Content-Security-Policy that allows nothing; the docs under `docsPrefix`
 * get the little Swagger UI needs.
 */
export async function registerSecurityHeaders(app: FastifyInstance, docsPrefix: string): Promise<void> {
  // Before helmet, whose own onRoute hook turns a route's `helmet` option into its config.
  app.addHook('onRoute', (route) => {
    if (route.url === docsPrefix || route.url.startsWith(`${docsPrefix}/`)) {
      route.helmet = { contentSecurityPolicy: policy(docsPolicy) };
    }
  });
  await app.register(helmet, {
    contentSecurityPolicy: policy(apiPolicy),
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}
