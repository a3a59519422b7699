import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { updateClient } from '../../../domain/assignments/update-client.js';
import type { ClientChanges } from '../../../domain/people/clients.js';
import type { ClientContext } from '../../../domain/people/contexts.js';
import { actorOf } from '../../../domain/staff/access.js';
import type { HttpDeps } from '../../http-deps.js';
import { fieldsOf, valuesOf, zodProblems } from '../form-body.js';
import { isCoordinator, staffOf } from '../session.js';
import { ProblemPage } from '../ui/problem-page.js';
import { pageContextOf, sendPage } from '../ui/render.js';
import { checkinForm, interpreterForm, mentorForm, orNull, profileForm, type ClientForms } from './client-forms.js';
import { clientOfRequest, clientPath } from './client-request.js';
import { refusalOf } from './form-problems.js';
import { showClientPage } from './show-client-page.js';

type FormName = 'profile' | 'checkins' | 'mentor' | 'interpreter';

/** The part of the page each form is in, where the page opens again after it. */
const sectionOf: Record<FormName, string> = { profile: 'profile', checkins: 'profile', mentor: 'history', interpreter: 'interpreter' };

/** The client's record: their profile, check-in settings, consent, mentor and interpreter, changed as the API changes them. */
export async function recordActions(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  const { db, translator, clock } = deps;

  /** Makes the change; a refusal the domain names a field for comes back on the form it was sent from. */
  async function change(request: FastifyRequest, reply: FastifyReply, context: ClientContext, form: FormName, changes: ClientChanges, values: Record<string, string | string[] | undefined>, done: string) {
    try {
      await updateClient(db, { translator, clock }, context.id, changes, actorOf(staffOf(request)));
    } catch (error) {
      const refusal = refusalOf(error, values);
      if (!refusal) throw error;
      return showClientPage(request, reply, deps, context, { forms: { [form]: refusal } as ClientForms, status: 400 });
    }
    return reply.redirect(clientPath(context.id, `?done=${done}#${sectionOf[form]}`), 303);
  }

  app.post('/clients/:id/profile', async (request, reply) => {
    const context = await clientOfRequest(db, request);
    const fields = fieldsOf(request);
    const values = { name: fields.name, phone: fields.phone, country: fields.country, programme: fields.programme, language: fields.language, timezone: fields.timezone, status: fields.status };
    const parsed = profileForm.safeParse({
      name: fields.name ?? '',
      phone: orNull(fields.phone),
      country: orNull(fields.country),
      programme: orNull(fields.programme),
      language: fields.language ?? '',
      timezone: (fields.timezone ?? '').trim(),
      status: fields.status ?? '',
    });
    if (!parsed.success) return showClientPage(request, reply, deps, context, { forms: { profile: zodProblems(values, parsed.error) }, status: 400 });
    return change(request, reply, context, 'profile', parsed.data, values, 'client-profile-saved');
  });

  app.post('/clients/:id/checkins', async (request, reply) => {
    const context = await clientOfRequest(db, request);
    const fields = fieldsOf(request);
    const days = valuesOf(request, 'checkinDays');
    const values = { checkinTime: fields.checkinTime, checkinDays: days, weeklySummaryDay: fields.weeklySummaryDay, checkinsPausedUntil: fields.checkinsPausedUntil };
    const parsed = checkinForm.safeParse({
      checkinTime: fields.checkinTime ?? '',
      checkinDays: days,
      weeklySummaryDay: fields.weeklySummaryDay ?? '',
      checkinsPausedUntil: orNull(fields.checkinsPausedUntil),
    });
    if (!parsed.success) return showClientPage(request, reply, deps, context, { forms: { checkins: zodProblems(values, parsed.error) }, status: 400 });
    return change(request, reply, context, 'checkins', parsed.data, values, 'client-checkins-saved');
  });

  app.post('/clients/:id/checkins/resume', async (request, reply) => {
    const context = await clientOfRequest(db, request);
    return change(request, reply, context, 'checkins', { checkinsPausedUntil: null }, {}, 'client-checkins-resumed');
  });

  app.post('/clients/:id/consent', async (request, reply) => {
    const context = await clientOfRequest(db, request);
    return change(request, reply, context, 'profile', { consentGiven: true }, {}, 'client-consent-recorded');
  });

  // Moving a client to another mentor is the coordinators' decision; a mentor is told so.
  app.post('/clients/:id/mentor', async (request, reply) => {
    const context = await clientOfRequest(db, request);
    if (!isCoordinator(request)) return sendPage(reply, pageContextOf(request, reply, deps), <ProblemPage kind="forbidden" />, 403);
    const fields = fieldsOf(request);
    const values = { mentorId: fields.mentorId };
    const parsed = mentorForm.safeParse({ mentorId: fields.mentorId ?? '' });
    if (!parsed.success) return showClientPage(request, reply, deps, context, { forms: { mentor: zodProblems(values, parsed.error) }, status: 400 });
    return change(request, reply, context, 'mentor', { mentorId: parsed.data.mentorId }, values, 'client-reassigned');
  });

  // So is who interprets for them: the domain refuses one who does not translate their language.
  app.post('/clients/:id/interpreter', async (request, reply) => {
    const context = await clientOfRequest(db, request);
    if (!isCoordinator(request)) return sendPage(reply, pageContextOf(request, reply, deps), <ProblemPage kind="forbidden" />, 403);
    const fields = fieldsOf(request);
    const values = { interpreterId: fields.interpreterId };
    const parsed = interpreterForm.safeParse({ interpreterId: fields.interpreterId ?? '' });
    if (!parsed.success) return showClientPage(request, reply, deps, context, { forms: { interpreter: zodProblems(values, parsed.error) }, status: 400 });
    const { interpreterId } = parsed.data;
    return change(request, reply, context, 'interpreter', { interpreterId }, values, interpreterId === null ? 'client-interpreter-removed' : 'client-interpreter-assigned');
  });
}
