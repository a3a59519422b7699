import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { NotFoundError, ValidationError } from '../../../core/errors.js';
import type { ClientContext } from '../../../domain/people/contexts.js';
import { removeErasedMedia } from '../../../media/erased-media.js';
import { eraseClient } from '../../../domain/privacy/erasure.js';
import { openErasureRequests } from '../../../domain/privacy/erasure-requests.js';
import { actorOf } from '../../../domain/staff/access.js';
import type { HttpDeps } from '../../http-deps.js';
import { fieldsOf } from '../form-body.js';
import { isCoordinator, staffOf } from '../session.js';
import type { FormState } from '../ui/form.js';
import { ProblemPage } from '../ui/problem-page.js';
import { pageContextOf, sendPage } from '../ui/render.js';
import { clientOfRequest, idParam } from './client-request.js';
import { ErasedView, EraseView } from './erase-view.js';

/** The client's name as the confirmation asks for it: spaces and letter case do not matter. */
const sameName = (typed: string, name: string) => typed.trim().replace(/\s+/g, ' ').toLocaleLowerCase() === name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** Erasing a client for good, a coordinator's decision, confirmed by typing the client's name. */
export async function eraseActions(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  const { db, clock, mediaStore } = deps;

  const forbidden = (request: FastifyRequest, reply: FastifyReply) => sendPage(reply, pageContextOf(request, reply, deps), <ProblemPage kind="forbidden" />, 403);
  const show = async (request: FastifyRequest, reply: FastifyReply, client: ClientContext, form: FormState, status = 200) => {
    const [open] = await openErasureRequests(db, client.id);
    return sendPage(reply, pageContextOf(request, reply, deps), <EraseView client={client} request={open} form={form} />, status);
  };

  app.get('/clients/:id/erase', async (request, reply) => {
    const client = await clientOfRequest(db, request);
    if (!isCoordinator(request)) return forbidden(request, reply);
    return show(request, reply, client, { values: {}, errors: {} });
  });

  app.post('/clients/:id/erase', async (request, reply) => {
    const client = await clientOfRequest(db, request);
    if (!isCoordinator(request)) return forbidden(request, reply);
    const fields = fieldsOf(request);
    const values = { reason: fields.reason, confirm: fields.confirm };
    const t = pageContextOf(request, reply, deps).t;
    if (!sameName(fields.confirm ?? '', client.name)) {
      return show(request, reply, client, { values, errors: { confirm: t('erase-confirm-wrong', { name: client.name }) } }, 400);
    }
    try {
      const outcome = await eraseClient(db, deps, client.id, { actor: actorOf(staffOf(request)), reason: fields.reason ?? '', now: clock() });
      await removeErasedMedia(db, mediaStore, outcome.unreferencedMedia, request.log);
      return await reply.redirect(`/console/erased/${outcome.erasure.id}`, 303);
    } catch (error) {
      if (error instanceof ValidationError) return show(request, reply, client, { values, errors: { [error.field]: error.message } }, 400);
      throw error;
    }
  });

  app.get('/erased/:id', async (request, reply) => {
    if (!isCoordinator(request)) return forbidden(request, reply);
    const erasure = await db.selectFrom('erasures').select(['erased_at', 'reason']).where('id', '=', idParam(request, 'id')).executeTakeFirst();
    if (!erasure) throw new NotFoundError('ERASURE_NOT_FOUND', 'no such erasure');
    return sendPage(reply, pageContextOf(request, reply, deps), <ErasedView erasedAt={erasure.erased_at} reason={erasure.reason} />);
  });
}
