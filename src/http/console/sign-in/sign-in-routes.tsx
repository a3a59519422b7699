import '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ValidationError } from '../../../core/errors.js';
import { endSession, startSession, type SignInWay } from '../../../domain/staff/sessions.js';
import { describeLink, signInWithPassword, useStaffLink } from '../../../domain/staff/sign-in.js';
import type { Staff } from '../../../domain/staff/staff-record.js';
import type { HttpDeps } from '../../http-deps.js';
import { domainProblem, fieldsOf } from '../form-body.js';
import { safeNext, sessionCookie, sessionCookieOptions } from '../session.js';
import { emptyForm } from '../ui/form.js';
import { pageContextOf, sendPage } from '../ui/render.js';
import { LinkGonePage, LinkSignInPage, LoginPage, SetupPage } from './sign-in-views.js';

/**
 * Wrong passwords allowed before the form answers 429: five per account, so
 * nobody can guess one person's password, and twenty per address, so nobody
 * can try one common password on everyone, in fifteen minutes each.
 */
const failuresPerAccount = 5;
const failuresPerAddress = 20;
const failureWindowMs = 15 * 60_000;

const tokenPattern = /^[A-Za-z0-9_-]{20,100}$/;

export async function signInRoutes(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  const { db, clock } = deps;
  const perAddress = app.createRateLimit({ max: failuresPerAddress, timeWindow: failureWindowMs, keyGenerator: (request) => `console-login:${request.ip}` });
  const perAccount = app.createRateLimit({
    max: failuresPerAccount,
    timeWindow: failureWindowMs,
    keyGenerator: (request) => `console-login:${(fieldsOf(request).email ?? '').trim().toLowerCase()}`,
  });
  const spent = async (request: FastifyRequest, increment: boolean) => {
    const [address, account] = await Promise.all([perAddress(request, { increment }), perAccount(request, { increment })]);
    const out = (state: typeof address) => !state.isAllowed && (increment ? state.isExceeded : state.remaining === 0);
    return out(address) || out(account);
  };

  const signIn = async (reply: FastifyReply, staff: Staff, next: string, way: SignInWay) => {
    const token = await startSession(db, staff.id, clock(), way);
    return reply.setCookie(sessionCookie, token, sessionCookieOptions(deps.publicUrl)).redirect(next, 303);
  };

  app.get<{ Querystring: { next?: string; done?: string } }>('/login', async (request, reply) => {
    if (request.staff) return reply.redirect(safeNext(request.query.next), 303);
    return sendPage(reply, pageContextOf(request, reply, deps), <LoginPage state={emptyForm} next={safeNext(request.query.next)} done={request.query.done} />);
  });

  app.post<{ Querystring: { next?: string } }>('/login', async (request, reply) => {
    const fields = fieldsOf(request);
    const next = safeNext(request.query.next);
    const values = { email: fields.email };
    const page = pageContextOf(request, reply, deps);
    // Once out of tries, the password is not even checked: a guesser learns nothing from a 429.
    if (await spent(request, false)) {
      return sendPage(reply, page, <LoginPage state={{ values, errors: { form: page.t('login-too-many') } }} next={next} />, 429);
    }
    const staff = fields.email && fields.password ? await signInWithPassword(db, fields.email, fields.password) : undefined;
    if (staff) return signIn(reply, staff, next, 'password');
    const status = (await spent(request, true)) ? 429 : 401;
    const message = status === 429 ? page.t('login-too-many') : page.t('login-wrong');
    return sendPage(reply, page, <LoginPage state={{ values, errors: { form: message } }} next={next} />, status);
  });

  app.post('/logout', async (request, reply) => {
    if (request.sessionToken) await endSession(db, request.sessionToken, clock());
    return reply.clearCookie(sessionCookie, sessionCookieOptions(deps.publicUrl)).redirect('/console/login?done=signed-out', 303);
  });

  const linkOf = async (token: string) => (tokenPattern.test(token) ? describeLink(db, token, clock()) : undefined);

  app.get<{ Params: { token: string } }>('/setup/:token', async (request, reply) => {
    const page = pageContextOf(request, reply, deps);
    const link = await linkOf(request.params.token);
    if (!link || link.purpose === 'sign-in') return sendPage(reply, page, <LinkGonePage />, 404);
    return sendPage(reply, page, <SetupPage state={emptyForm} token={request.params.token} purpose={link.purpose} name={link.staff?.name ?? null} />);
  });

  app.post<{ Params: { token: string } }>('/setup/:token', async (request, reply) => {
    const page = pageContextOf(request, reply, deps);
    const link = await linkOf(request.params.token);
    if (!link || link.purpose === 'sign-in') return sendPage(reply, page, <LinkGonePage />, 404);
    const fields = fieldsOf(request);
    const values = { name: fields.name, email: fields.email };
    const again = (errors: Record<string, string>, status = 400) =>
      sendPage(reply, page, <SetupPage state={{ values, errors }} token={request.params.token} purpose={link.purpose as 'setup'} name={link.staff?.name ?? null} />, status);
    if ((fields.password ?? '') !== (fields.confirm ?? '')) return again({ confirm: page.t('passwords-differ') });
    try {
      const staff = await useStaffLink(db, request.params.token, { password: fields.password ?? '', email: fields.email, name: fields.name }, clock());
      if (!staff) return sendPage(reply, page, <LinkGonePage />, 404);
      return await signIn(reply, staff, '/console', 'setup-link');
    } catch (error) {
      if (error instanceof ValidationError) return again(domainProblem(values, error).errors);
      if (error instanceof DomainError) return again({ form: error.message }, 409);
      throw error;
    }
  });

  app.get<{ Params: { token: string } }>('/sign-in/:token', async (request, reply) => {
    const page = pageContextOf(request, reply, deps);
    const link = await linkOf(request.params.token);
    if (!link || link.purpose !== 'sign-in' || !link.staff) return sendPage(reply, page, <LinkGonePage />, 404);
    return sendPage(reply, page, <LinkSignInPage token={request.params.token} name={link.staff.name} />);
  });

  app.post<{ Params: { token: string } }>('/sign-in/:token', async (request, reply) => {
    const link = await linkOf(request.params.token);
    const staff = link?.purpose === 'sign-in' ? await useStaffLink(db, request.params.token, {}, clock()) : undefined;
    if (!staff) return sendPage(reply, pageContextOf(request, reply, deps), <LinkGonePage />, 404);
    return signIn(reply, staff, '/console', 'bot-link');
  });
}
