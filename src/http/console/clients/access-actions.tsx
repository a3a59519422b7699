import type { FastifyInstance } from 'fastify';
import { ConflictError, NotFoundError } from '../../../core/errors.js';
import { listAccounts, revokeAccount } from '../../../domain/people/account-access.js';
import { listInvites, revokeInvite } from '../../../domain/people/invites.js';
import { actorOf } from '../../../domain/staff/access.js';
import { inScope } from '../../../domain/turn/scope.js';
import type { HttpDeps } from '../../http-deps.js';
import { consoleText } from '../console-text.js';
import { issueInvite } from '../invite-card.js';
import { staffOf } from '../session.js';
import { pageContextOf, sendPage } from '../ui/render.js';
import { clientOfRequest, clientPath, idParam } from './client-request.js';
import { InvitePage } from './invite-page.js';
import { showClientPage } from './show-client-page.js';

/** Who can reach the client and who may still bind as them: new invites, and taking invites and chats back. */
export async function accessActions(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  const { db, translator, clock } = deps;

  // The code is shown this once (only its digest is kept), so the answer is the page with it, not a redirect.
  app.post('/clients/:id/invites', async (request, reply) => {
    const context = await clientOfRequest(db, request);
    const invite = await issueInvite(deps, { clientId: context.id }, actorOf(staffOf(request)));
    return sendPage(reply, pageContextOf(request, reply, deps), <InvitePage clientId={context.id} name={context.name} invite={invite} />, 201);
  });

  app.post('/clients/:id/invites/:inviteId/revoke', async (request, reply) => {
    const staff = staffOf(request);
    const context = await clientOfRequest(db, request);
    const inviteId = idParam(request, 'inviteId');
    const invites = await listInvites(db, { clientId: context.id }, clock());
    if (!invites.some((invite) => invite.id === inviteId)) throw new NotFoundError('INVITE_NOT_FOUND', `no invite ${inviteId} of this client`);
    try {
      await revokeInvite(db, inviteId, { now: clock(), actor: actorOf(staff) });
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const t = consoleText(translator, staff.language);
      return showClientPage(request, reply, deps, context, { forms: { access: { values: {}, errors: { form: t('client-page-invite-used') } } }, status: 409 });
    }
    return reply.redirect(clientPath(context.id, '?done=client-invite-revoked#access'), 303);
  });

  app.post('/clients/:id/accounts/:accountId/revoke', async (request, reply) => {
    const staff = staffOf(request);
    const context = await clientOfRequest(db, request);
    const accountId = idParam(request, 'accountId');
    const accounts = await listAccounts(db, { clientId: context.id });
    if (!accounts.some((account) => account.id === accountId)) throw new NotFoundError('ACCOUNT_NOT_FOUND', `no account ${accountId} of this client`);
    await inScope(db, { translator, clock }, (scope) => revokeAccount(scope, accountId, actorOf(staff)));
    return reply.redirect(clientPath(context.id, '?done=client-account-revoked#access'), 303);
  });
}
