import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Staff } from '../../domain/staff/staff-record.js';
import { staffOfSession } from '../../domain/staff/sessions.js';
import type { HttpDeps } from '../http-deps.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in staff member on a console page; undefined before signing in. */
    staff: Staff | undefined;
    /** The token of the session cookie, when it names an open session. */
    sessionToken: string | undefined;
  }
}

export const sessionCookie = 'mentorline_session';

/** The session cookie: script cannot read it, other sites cannot send it with a form post, and it is `Secure` over https. */
export function sessionCookieOptions(publicUrl: string) {
  return { path: '/console', httpOnly: true, sameSite: 'lax' as const, secure: publicUrl.startsWith('https://') };
}

/** Finds who is signed in from the session cookie; an ended or idle session signs nobody in. */
export function loadSession(deps: Pick<HttpDeps, 'db' | 'clock' | 'sessionIdleMs'>) {
  return async (request: FastifyRequest) => {
    request.staff = undefined;
    request.sessionToken = undefined;
    const token = request.cookies[sessionCookie];
    if (!token) return;
    const staff = await staffOfSession(deps.db, token, { now: deps.clock(), idleMs: deps.sessionIdleMs });
    if (!staff) return;
    request.staff = staff;
    request.sessionToken = token;
  };
}

/** Pages behind sign-in send a visitor without a session to the sign-in page, and back afterwards. */
export async function requireStaff(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.staff) return;
  const back = request.method === 'GET' && request.url !== '/console' ? `?next=${encodeURIComponent(request.url)}` : '';
  await reply.redirect(`/console/login${back}`, 303);
}

/** Where to go after signing in: only a console path, never another site. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/console(\/|\?|$)/.test(next) && !next.startsWith('//') && !next.includes('\\') ? next : '/console';
}

/** The signed-in staff member, for handlers behind `requireStaff`. */
export function staffOf(request: FastifyRequest): Staff {
  if (!request.staff) throw new Error('a console handler ran without a session');
  return request.staff;
}

/** Pages for coordinators only: a mentor is told so, in words, with a 403. */
export function isCoordinator(request: FastifyRequest): boolean {
  return request.staff?.role === 'coordinator';
}
