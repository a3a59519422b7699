import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accountStatuses, channels } from '../../db/database.js';
import { listAccounts, revokeAccount, type Owner } from '../../domain/people/account-access.js';
import { listInvites, revokeInvite } from '../../domain/people/invites.js';
import { inScope } from '../../domain/turn/scope.js';
import type { HttpDeps } from '../http-deps.js';
import { errorResponse, idParams } from '../schemas.js';

const accountResponse = z.object({
  id: z.uuid(),
  channel: z.enum(channels),
  status: z.enum(accountStatuses),
  unreachableReason: z.string().nullable(),
  createdAt: z.date(),
  revokedAt: z.date().nullable(),
});

const inviteRecordResponse = z.object({
  id: z.uuid(),
  status: z.enum(['open', 'used', 'expired', 'revoked']),
  createdAt: z.date(),
  expiresAt: z.date(),
  usedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});

/** Who can reach a person and who may still bind as them: their channel accounts and invites, and taking either back. */
export const accessRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, { db, translator, clock }) => {
  const owners: Array<{ path: 'clients' | 'mentors'; tag: string; owner: (id: string) => Owner }> = [
    { path: 'clients', tag: 'clients', owner: (id) => ({ clientId: id }) },
    { path: 'mentors', tag: 'mentors', owner: (id) => ({ mentorId: id }) },
  ];
  for (const { path, tag, owner } of owners) {
    app.get(
      `/${path}/:id/accounts`,
      { schema: { tags: [tag], params: idParams, response: { 200: z.object({ items: z.array(accountResponse) }), 404: errorResponse } } },
      async (request) => ({ items: await listAccounts(db, owner(request.params.id)) }),
    );
    app.get(
      `/${path}/:id/invites`,
      { schema: { tags: [tag], params: idParams, response: { 200: z.object({ items: z.array(inviteRecordResponse) }), 404: errorResponse } } },
      async (request) => ({ items: await listInvites(db, owner(request.params.id), clock()) }),
    );
  }

  app.delete(
    '/accounts/:id',
    {
      schema: {
        tags: ['accounts'],
        description: 'Takes a channel account from its person: they are told once, and nothing more reaches it or comes from it.',
        params: idParams,
        response: { 204: z.null(), 404: errorResponse },
      },
    },
    async (request, reply) => {
      await inScope(db, { translator, clock }, (scope) => revokeAccount(scope, request.params.id, 'admin'));
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/invites/:id',
    {
      schema: {
        tags: ['invites'],
        description: 'Withdraws an invite that has not been used, so its code binds nobody.',
        params: idParams,
        response: { 204: z.null(), 404: errorResponse, 409: errorResponse },
      },
    },
    async (request, reply) => {
      await revokeInvite(db, request.params.id, { now: clock(), actor: 'admin' });
      return reply.status(204).send(null);
    },
  );
};
