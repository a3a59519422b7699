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

/**
 * The console loads its one stylesheet, its scripts and the photos of a
 * thread from this origin, draws QR codes as data: URLs, and posts forms
 * only to itself; nothing inline, nothing from elsewhere.
 */
const consolePolicy: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

const policy = (directives: Directives) => ({ useDefaults: false, directives });

const headerOf = (directives: Directives) =>
  Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join(';');

/** The console's policy as a header, for its answers to paths no route has (its own 404 page). */
export const consolePolicyHeader = headerOf(consolePolicy);

/**
 * Fastify answers a URL it cannot route (a bad percent-escape, an overlong
 * parameter) before any hook runs, so helmet never sees that answer: it gets
 * the headers that matter for an error body from here.
 */
export const frameworkErrorHeaders: Readonly<Record<string, string>> = {
  'content-security-policy': headerOf(apiPolicy),
  'cross-origin-resource-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

const under = (url: string, prefix: string) => url === prefix || url.startsWith(`${prefix}/`);

/**
 * Helmet's headers on every response, errors and 404s included, with a
 * Content-Security-Policy that allows nothing; the docs under `docsPrefix`
 * get the little Swagger UI needs, the console under `consolePrefix` what
 * its pages need.
 */
export async function registerSecurityHeaders(app: FastifyInstance, prefixes: { docs: string; console: string }): Promise<void> {
  // Before helmet, whose own onRoute hook turns a route's `helmet` option into its config.
  app.addHook('onRoute', (route) => {
    if (under(route.url, prefixes.docs)) route.helmet = { contentSecurityPolicy: policy(docsPolicy) };
    if (under(route.url, prefixes.console)) route.helmet = { contentSecurityPolicy: policy(consolePolicy) };
  });
  await app.register(helmet, {
    contentSecurityPolicy: policy(apiPolicy),
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}
