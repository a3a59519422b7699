import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { ConflictError, DomainError, NotFoundError } from '../../../../core/errors.js';
import { directoryChoices } from '../../../../domain/caseload/client-directory.js';
import { mentorSummaries } from '../../../../domain/caseload/mentor-stats.js';
import { createClient, getClient, type Client } from '../../../../domain/people/clients.js';
import { createMentor, findMentor, getMentor, type Mentor } from '../../../../domain/people/mentors.js';
import { actorOf } from '../../../../domain/staff/access.js';
import { createStaff } from '../../../../domain/staff/staff.js';
import type { HttpDeps } from '../../../http-deps.js';
import { clientBody, mentorBody } from '../../../schemas.js';
import { consoleLanguages } from '../../console-text.js';
import { zodProblems } from '../../form-body.js';
import { staffOf } from '../../session.js';
import type { FormState } from '../../ui/form.js';
import { pageContextOf, sendPage } from '../../ui/render.js';
import { coordinatorsOnly } from '../coordinators-only.js';
import { makeInvite, showInvite } from '../invite-shown.js';
import { recordId } from '../record-id.js';
import { refusalOf } from '../refusal.js';
import { keptSetupLink, showSetupLink } from '../setup-link-card.js';
import { keepShown, shownAbout, type Shown } from '../shown-once.js';
import { clientFormFields, newClientForm, postedClient } from './client-form.js';
import { ClientEnrolForm, ClientEnrolled, type ClientFormChoices } from './client-enrol-view.js';
import { EnrolChoice } from './enrol-choice-view.js';
import { importPages } from './import-pages.js';
import { mentorAccountBody, mentorFormFields, newMentorForm, postedMentor } from './mentor-form.js';
import { MentorEnrolForm, MentorEnrolled } from './mentor-enrol-view.js';

/** A form refused as a whole answers 400; one refused for a conflict with another record (a phone taken) 409. */
const statusOf = (error: unknown) => (error instanceof ConflictError ? 409 : 400);

/** The console language a mentor's account starts in: the first of theirs the console speaks. */
const consoleLanguageOf = (mentor: Mentor) => mentor.languages.find((code) => (consoleLanguages as readonly string[]).includes(code)) ?? 'en';

type RecordRequest = FastifyRequest<{ Params: { id: string } }>;

/**
 * Enrolling clients and mentors, for coordinators: the same checks and
 * domain functions as the API. Each enrolment redirects to a page showing
 * the new person's invite, so reloading it enrols nobody twice.
 */
export async function enrolPages(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  const { db, clock } = deps;
  app.addHook('preHandler', coordinatorsOnly(deps));
  const send = (request: FastifyRequest, reply: FastifyReply, view: VNode, status = 200) => sendPage(reply, pageContextOf(request, reply, deps), view, status);

  const clientChoices = async (): Promise<ClientFormChoices> => {
    const mentors = await mentorSummaries(db, { now: clock() });
    return {
      mentors: mentors.filter((mentor) => mentor.active),
      languages: deps.translator.languages,
      programmes: (await directoryChoices(db, null)).programmes,
    };
  };
  const clientForm = async (request: FastifyRequest, reply: FastifyReply, state: FormState, status = 200) =>
    send(request, reply, <ClientEnrolForm state={state} choices={await clientChoices()} />, status);

  app.get('/enrol', async (request, reply) => send(request, reply, <EnrolChoice />));
  // Registered after the hook above, so the pages of an import are for coordinators too.
  await app.register(importPages, deps);

  app.get<{ Querystring: { mentorId?: string } }>('/enrol/client', async (request, reply) =>
    clientForm(request, reply, newClientForm(staffOf(request), request.query.mentorId)),
  );

  app.post('/enrol/client', async (request, reply) => {
    const actor = actorOf(staffOf(request));
    const { values, body } = postedClient(request);
    const parsed = clientBody.safeParse(body);
    if (!parsed.success) return clientForm(request, reply, zodProblems(values, parsed.error), 400);
    let client: Client;
    try {
      client = await createClient(db, parsed.data, actor, clock());
    } catch (error) {
      const refused = refusalOf(values, error, clientFormFields);
      if (refused) return clientForm(request, reply, refused, statusOf(error));
      throw error;
    }
    const invite = await makeInvite(deps, { clientId: client.id }, actor);
    return keepShown(request, reply, deps, `client:${client.id}`, { invite }).redirect(`/console/enrol/client/${client.id}`, 303);
  });

  app.get('/enrol/client/:id', async (request: RecordRequest, reply) => {
    const client = await getClient(db, recordId(request.params.id, 'CLIENT_NOT_FOUND'));
    const mentor = client.mentorId ? await findMentor(db, client.mentorId) : undefined;
    const kept = shownAbout(request, `client:${client.id}`)?.invite;
    const invite = kept ? await showInvite(deps, kept, 'client') : null;
    return send(request, reply, <ClientEnrolled client={client} mentorName={mentor?.name ?? null} invite={invite} />);
  });

  // A new invite for a client whose first one was lost, or whose page was left before it was handed over.
  app.post('/enrol/client/:id/invite', async (request: RecordRequest, reply) => {
    const client = await getClient(db, recordId(request.params.id, 'CLIENT_NOT_FOUND'));
    const invite = await makeInvite(deps, { clientId: client.id }, actorOf(staffOf(request)));
    return keepShown(request, reply, deps, `client:${client.id}`, { invite }).redirect(`/console/enrol/client/${client.id}`, 303);
  });

  app.get('/enrol/mentor', async (request, reply) => send(request, reply, <MentorEnrolForm state={newMentorForm(staffOf(request))} />));

  app.post('/enrol/mentor', async (request, reply) => {
    const actor = actorOf(staffOf(request));
    const now = clock();
    const { values, mentor, account } = postedMentor(request);
    const parsedMentor = mentorBody.safeParse(mentor);
    const parsedAccount = mentorAccountBody.safeParse(account);
    if (!parsedMentor.success || !parsedAccount.success) {
      const errors = {
        ...(parsedAccount.success ? {} : zodProblems(values, parsedAccount.error).errors),
        ...(parsedMentor.success ? {} : zodProblems(values, parsedMentor.error).errors),
      };
      return send(request, reply, <MentorEnrolForm state={{ values, errors }} />, 400);
    }
    let created: Mentor;
    try {
      created = await createMentor(db, parsedMentor.data, actor);
    } catch (error) {
      const refused = refusalOf(values, error, mentorFormFields);
      if (refused) return send(request, reply, <MentorEnrolForm state={refused} />, statusOf(error));
      throw error;
    }
    const shown: Shown = { invite: await makeInvite(deps, { mentorId: created.id }, actor) };
    const { email } = parsedAccount.data;
    if (email) {
      shown.account = { email, refusal: null };
      try {
        const { setupUrl } = await createStaff(
          db,
          { email, name: created.name, role: 'mentor', mentorId: created.id, language: consoleLanguageOf(created) },
          { now, publicUrl: deps.publicUrl, actor },
        );
        if (setupUrl) shown.setupLink = keptSetupLink(setupUrl, now);
      } catch (error) {
        // The mentor is enrolled either way; the page says the account is not, and why.
        if (!(error instanceof DomainError) || error instanceof NotFoundError) throw error;
        shown.account.refusal = error.message;
      }
    }
    return keepShown(request, reply, deps, `mentor:${created.id}`, shown).redirect(`/console/enrol/mentor/${created.id}`, 303);
  });

  app.get('/enrol/mentor/:id', async (request: RecordRequest, reply) => {
    const mentor = await getMentor(db, recordId(request.params.id, 'MENTOR_NOT_FOUND'));
    const shown = shownAbout(request, `mentor:${mentor.id}`);
    return send(
      request,
      reply,
      <MentorEnrolled
        mentor={mentor}
        invite={shown?.invite ? await showInvite(deps, shown.invite, 'mentor') : null}
        setupLink={shown?.setupLink ? await showSetupLink(shown.setupLink) : null}
        account={shown?.account ?? null}
      />,
    );
  });
}
