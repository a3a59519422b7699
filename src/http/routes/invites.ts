import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createInvite, whatsappInviteText, type InviteTarget } from '../../domain/people/invites.js';
import type { HttpDeps } from '../http-deps.js';
import { errorResponse, idParams, inviteBody, inviteResponse } from '../schemas.js';

const schema = (tag: string, operationId: string, summary: string) => ({
  tags: [tag],
  operationId,
  summary,
  params: idParams,
  body: inviteBody,
  response: { 201: inviteResponse, 400: errorResponse, 404: errorResponse },
});

export const inviteRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, deps) => {
  const issue = async (target: InviteTarget, expiresInHours: number | undefined) => {
    const invite = await createInvite(deps.db, target, { now: deps.clock(), ttlHours: expiresInHours, actor: 'admin' });
    return {
      code: invite.code,
      expiresAt: invite.expiresAt,
      telegramLink: deps.telegramInviteLink(invite.code),
      // Mentors and interpreters work in Telegram, where choices are buttons and replies; only clients bind on WhatsApp.
      whatsappText: 'clientId' in target ? whatsappInviteText(invite.code) : null,
    };
  };

  app.post('/mentors/:id/invites', { schema: schema('mentors', 'createMentorInvite', 'Issue a code that binds a mentor’s Telegram account') }, async (request, reply) =>
    reply.status(201).send(await issue({ mentorId: request.params.id }, request.body?.expiresInHours)),
  );

  app.post(
    '/staff/:id/invites',
    { schema: { ...schema('staff', 'createStaffInvite', 'Issue a code that binds an interpreter’s Telegram account'), response: { 201: inviteResponse, 400: errorResponse, 404: errorResponse, 409: errorResponse } } },
    async (request, reply) => reply.status(201).send(await issue({ interpreterId: request.params.id }, request.body?.expiresInHours)),
  );

  app.post('/clients/:id/invites', { schema: schema('clients', 'createClientInvite', 'Issue a code that binds a client’s Telegram or WhatsApp account') }, async (request, reply) =>
    reply.status(201).send(await issue({ clientId: request.params.id }, request.body?.expiresInHours)),
  );
};
