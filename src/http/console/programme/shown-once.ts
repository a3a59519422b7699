import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { HttpDeps } from '../../http-deps.js';
import { staffOf } from '../session.js';

/**
 * What an action made that can be read only once: an invite's code and a
 * link to choose a password are kept as digests, so the page that shows
 * them cannot look them up again. The action keeps them in a short-lived
 * cookie for the staff member who made them and redirects to the page that
 * shows them; reloading that page shows the same invite again instead of
 * posting the form a second time and enrolling the person twice.
 */
const cookieName = 'mentorline_shown';
const keptSeconds = 15 * 60;

const shownSchema = z.object({
  /** Whom it was made by: nobody else signing in at the same browser sees it. */
  by: z.string(),
  /** Whom it is about: `client:<id>`, `mentor:<id>` or `staff:<id>`. */
  about: z.string(),
  invite: z.object({ code: z.string().regex(/^[A-Z0-9]{6,20}$/), expiresAt: z.iso.datetime() }).optional(),
  setupLink: z.object({ url: z.url(), expiresAt: z.iso.datetime() }).optional(),
  /** The console account asked for with a mentor, and why it could not be made, if it could not. */
  account: z.object({ email: z.string(), refusal: z.string().nullable() }).optional(),
});

export type Shown = Omit<z.infer<typeof shownSchema>, 'by' | 'about'>;

export function keepShown(request: FastifyRequest, reply: FastifyReply, deps: Pick<HttpDeps, 'publicUrl'>, about: string, shown: Shown): FastifyReply {
  const value = Buffer.from(JSON.stringify({ by: staffOf(request).id, about, ...shown })).toString('base64url');
  return reply.setCookie(cookieName, value, {
    path: '/console',
    httpOnly: true,
    sameSite: 'strict',
    secure: deps.publicUrl.startsWith('https://'),
    maxAge: keptSeconds,
  });
}

/** What was kept about this person for the staff member asking, if anything (and nothing from a cookie not written here). */
export function shownAbout(request: FastifyRequest, about: string): Shown | undefined {
  const raw = request.cookies[cookieName];
  if (!raw) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const shown = shownSchema.safeParse(parsed);
  if (!shown.success || shown.data.by !== staffOf(request).id || shown.data.about !== about) return undefined;
  const { by: _by, about: _about, ...rest } = shown.data;
  return rest;
}
