import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { BusyError, DomainError, NotFoundError } from '../../core/errors.js';
import type { HttpDeps } from '../http-deps.js';
import { consolePolicyHeader } from '../security-headers.js';
import { assetRoutes } from './assets.js';
import { loadSession, requireStaff } from './session.js';
import { signInRoutes } from './sign-in/sign-in-routes.js';
import { pageContextOf, sendPage } from './ui/render.js';
import { ProblemPage } from './ui/problem-page.js';
import { consolePages } from './console-pages.js';
import { interpretersReachOnlyTheirs } from './interpreter-reach.js';

/** The form token: a plain field, or a field of a form that also carries a file. */
function tokenOf(request: FastifyRequest): string {
  const body = request.body as Record<string, unknown> | undefined;
  const field = body?._csrf;
  if (typeof field === 'string') return field;
  if (field && typeof field === 'object' && 'value' in field && typeof field.value === 'string') return field.value;
  return '';
}

const csrfErrors = new Set(['FST_CSRF_INVALID_TOKEN', 'FST_CSRF_MISSING_SECRET']);

/**
 * The staff console under /console: server-rendered pages behind a session
 * cookie, every form checked against a CSRF token, answers in the staff
 * member's language, and problems shown as pages in words.
 */
export async function consolePlugin(app: FastifyInstance, options: HttpDeps & { prefix?: string }): Promise<void> {
  // The prefix applies here once; passed on, it would nest into every part's routes.
  const { prefix, ...deps } = options;
  const secure = deps.publicUrl.startsWith('https://');
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 256 * 1024 });
  await app.register(multipart, {
    attachFieldsToBody: true,
    limits: { fileSize: deps.mediaStore.maxBytes, files: 1, fields: 20, fieldSize: 64 * 1024 },
  });
  await app.register(csrf, {
    cookieKey: 'mentorline_csrf',
    cookieOpts: { path: '/console', httpOnly: true, sameSite: 'lax', secure },
    getToken: tokenOf,
  });

  app.decorateRequest('staff', undefined);
  app.decorateRequest('sessionToken', undefined);
  app.addHook('onRequest', loadSession(deps));
  app.addHook('preHandler', (request, reply, done) => {
    if (request.method !== 'POST') return done();
    app.csrfProtection(request, reply, done);
  });

  const problem = (request: FastifyRequest, reply: FastifyReply, status: number, kind: Parameters<typeof ProblemPage>[0]['kind'], detail?: string) =>
    sendPage(reply.header('content-security-policy', consolePolicyHeader), pageContextOf(request, reply, deps), <ProblemPage kind={kind} detail={detail} />, status);

  app.setErrorHandler<FastifyError | Error>((error, request, reply) => {
    const code = 'code' in error ? error.code : undefined;
    if (code && csrfErrors.has(code)) return problem(request, reply, 403, 'expired-form');
    if (error instanceof NotFoundError) return problem(request, reply, 404, 'not-found');
    if (error instanceof BusyError) return problem(request, reply.header('retry-after', String(error.retryAfterSeconds)), 429, 'too-many');
    if (error instanceof DomainError) return problem(request, reply, 400, 'bad-request', error.message);
    const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status === 429) return problem(request, reply, 429, 'too-many');
    if (status >= 400 && status < 500) return problem(request, reply, status, 'bad-request', error.message);
    request.log.error({ err: error }, 'console request failed');
    return problem(request, reply, 500, 'broken');
  });
  // Without a session every console path leads to the sign-in page, whether or not a page is there.
  app.setNotFoundHandler(async (request, reply) => {
    if (!request.staff) return requireStaff(request, reply);
    return problem(request, reply, 404, 'not-found');
  });

  assetRoutes(app);
  await app.register(signInRoutes, deps);
  await app.register(async (pages) => {
    pages.addHook('preHandler', requireStaff);
    pages.addHook('preHandler', interpretersReachOnlyTheirs);
    await pages.register(consolePages, deps);
  });
}
