import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ValidationError } from '../../../core/errors.js';
import { timeZoneField } from '../../../core/fields.js';
import { startSession } from '../../../domain/staff/sessions.js';
import { actorOf } from '../../../domain/staff/access.js';
import { changeOwnPassword, updateStaff } from '../../../domain/staff/staff.js';
import type { HttpDeps } from '../../http-deps.js';
import { consoleLanguages } from '../console-text.js';
import { domainProblem, fieldsOf, zodProblems } from '../form-body.js';
import { sessionCookie, sessionCookieOptions, staffOf } from '../session.js';
import { forInterpreters } from '../interpreter-reach.js';
import { emptyForm, type FormState } from '../ui/form.js';
import { pageContextOf, sendPage } from '../ui/render.js';
import { SettingsView } from './settings-view.js';

const preferences = z.object({
  language: z.enum(consoleLanguages, { message: `must be one of ${consoleLanguages.join(', ')}` }),
  timezone: timeZoneField,
});

/** A staff member's own language, time zone and password. */
export async function settingsPages(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  const { db, clock } = deps;
  const show = (request: Parameters<typeof staffOf>[0], reply: Parameters<typeof sendPage>[0], forms: { preferences?: FormState; password?: FormState; done?: string | undefined }, status = 200) =>
    sendPage(reply, pageContextOf(request, reply, deps), <SettingsView preferences={forms.preferences ?? emptyForm} password={forms.password ?? emptyForm} done={forms.done} />, status);

  app.get<{ Querystring: { done?: string } }>('/settings', { config: forInterpreters }, async (request, reply) => show(request, reply, { done: request.query.done }));

  app.post('/settings', { config: forInterpreters }, async (request, reply) => {
    const staff = staffOf(request);
    const fields = fieldsOf(request);
    const parsed = preferences.safeParse({ language: fields.language, timezone: fields.timezone });
    if (!parsed.success) return show(request, reply, { preferences: zodProblems(fields, parsed.error) }, 400);
    await updateStaff(db, staff.id, parsed.data, { now: clock(), actor: actorOf(staff) });
    return reply.redirect('/console/settings?done=settings-saved', 303);
  });

  app.post('/settings/password', { config: forInterpreters }, async (request, reply) => {
    const staff = staffOf(request);
    const fields = fieldsOf(request);
    const page = pageContextOf(request, reply, deps);
    if ((fields.password ?? '') !== (fields.confirm ?? '')) {
      return show(request, reply, { password: { values: {}, errors: { confirm: page.t('passwords-differ') } } }, 400);
    }
    try {
      await changeOwnPassword(db, staff.id, { current: fields.current ?? '', next: fields.password ?? '' }, { now: clock(), actor: actorOf(staff) });
    } catch (error) {
      if (error instanceof ValidationError) return show(request, reply, { password: domainProblem({}, error) }, 400);
      throw error;
    }
    // Every session ended with the change, this one too: the person changing it stays signed in here.
    const token = await startSession(db, staff.id, clock(), 'password-change');
    return reply.setCookie(sessionCookie, token, sessionCookieOptions(deps.publicUrl)).redirect('/console/settings?done=password-changed', 303);
  });
}
