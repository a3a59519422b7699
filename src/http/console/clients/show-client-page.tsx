import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ClientContext } from '../../../domain/people/contexts.js';
import { recordRead } from '../../../domain/staff/access.js';
import type { HttpDeps } from '../../http-deps.js';
import { staffOf } from '../session.js';
import { pageContextOf, sendPage } from '../ui/render.js';
import type { ClientForms } from './client-forms.js';
import { loadClientPage } from './client-page-data.js';
import { ClientView } from './client-view.js';

/**
 * Sends a client's page: as asked for, or again after a form came back with
 * a problem, with that form as it was sent. Each is a view of the thread, and
 * recorded as one.
 */
export async function showClientPage(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: HttpDeps,
  context: ClientContext,
  options: { forms?: ClientForms; done?: string | undefined; status?: number } = {},
): Promise<FastifyReply> {
  const staff = staffOf(request);
  const data = await loadClientPage(deps, staff, context);
  await recordRead(deps.db, staff, { clientId: context.id, what: 'thread' }, deps.clock());
  const mentor = context.mentor ?? context.inactiveMentor;
  const ownClient = staff.mentorId !== null && mentor?.id === staff.mentorId;
  return sendPage(
    reply,
    pageContextOf(request, reply, deps),
    <ClientView data={data} forms={options.forms ?? {}} done={options.done} ownClient={ownClient} languages={deps.translator.languages} />,
    options.status ?? 200,
  );
}
