import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ClientContext } from '../../../domain/people/contexts.js';
import { recordRead } from '../../../domain/staff/access.js';
import type { HttpDeps } from '../../http-deps.js';
import { staffOf } from '../session.js';
import { pageContextOf, sendPage } from '../ui/render.js';
import type { ClientForms } from './client-forms.js';
import { loadClientPage } from './client-page-data.js';
import { ClientView } from './client-view.js';
import { InterpreterClientView, loadInterpretedThread } from './interpreter-client-view.js';

/**
 * Sends a client's page: as asked for, or again after a form came back with
 * a problem, with that form as it was sent. Each is a view of the thread, and
 * recorded as one. An interpreter is shown the thread alone.
 */
export async function showClientPage(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: HttpDeps,
  context: ClientContext,
  options: { forms?: ClientForms; done?: string | undefined; status?: number } = {},
): Promise<FastifyReply> {
  const staff = staffOf(request);
  const forms = options.forms ?? {};
  const view =
    staff.role === 'interpreter' ? (
      <InterpreterClientView context={context} thread={await loadInterpretedThread(deps, context)} forms={forms} done={options.done} />
    ) : (
      <ClientView data={await loadClientPage(deps, staff, context)} forms={forms} done={options.done} languages={deps.translator.languages} />
    );
  await recordRead(deps.db, staff, { clientId: context.id, what: 'thread' }, deps.clock());
  return sendPage(reply, pageContextOf(request, reply, deps), view, options.status ?? 200);
}
