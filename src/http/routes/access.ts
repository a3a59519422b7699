import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accountStatuses, channels } from '../../db/database.js';
import { listAccounts, revokeAccount, type Owner } from '../../domain/people/account-access.js';
import { listInvites, revokeInvite } from '../../domain/people/invites.js';
import { inScope } from '../../domain/turn/scope.js';
import type { HttpDeps } from '../http-deps.js';
import { errorResponse, idParams } from '../schemas.js';

const accountResponse = z
  .object({
    id: z.uuid(),
    channel: z.enum(channels),
    status: z.enum(accountStatuses),
    unreachableReason: z.string().nullable(),
    createdAt: z.date(),
    revokedAt: z.date().nullable(),
  })
  .meta({ id: 'Account' });

const inviteRecordResponse = z
  .object({
    id: z.uuid(),
    status: z.enum(['open', 'used', 'expired', 'revoked']),
    createdAt: z.date(),
    expiresAt: z.date(),
    usedAt: z.date().nullable(),
    revokedAt: z.date().nullable(),
  })
  .meta({ id: 'InviteRecord' });

/** Who can reach a person and who may still bind as them: their channel accounts and invites, and taking either back. */
export const accessRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, { db, translator, clock }) => {
  const owners: Array<{ path: 'clients' | 'mentors' | 'staff'; tag: string; noun: 'Client' | 'Mentor' | 'Staff'; owner: (id: string) => Owner }> = [
    { path: 'clients', tag: 'clients', noun: 'Client', owner: (id) => ({ clientId: id }) },
    { path: 'mentors', tag: 'mentors', noun: 'Mentor', owner: (id) => ({ mentorId: id }) },
    // An interpreter's Telegram accounts and invites; anyone else on the staff has none.
    { path: 'staff', tag: 'staff', noun: 'Staff', owner: (id) => ({ interpreterId: id }) },
  ];
  for (const { path, tag, noun, owner } of owners) {
    app.get(
      `/${path}/:id/accounts`,
      {
        schema: {
          tags: [tag],
          operationId: `list${noun}Accounts`,
          summary: noun === 'Staff' ? 'The channel accounts an interpreter has bound' : `The channel accounts a ${noun.toLowerCase()} has bound`,
          params: idParams,
          response: { 200: z.object({ items: z.array(accountResponse) }), 404: errorResponse },
        },
      },
      async (request) => ({ items: await listAccounts(db, owner(request.params.id)) }),
    );
    app.get(
      `/${path}/:id/invites`,
      {
        schema: {
          tags: [tag],
          operationId: `list${noun}Invites`,
          summary: noun === 'Staff' ? 'The invites issued for an interpreter' : `The invites issued for a ${noun.toLowerCase()}`,
          params: idParams,
          response: { 200: z.object({ items: z.array(inviteRecordResponse) }), 404: errorResponse },
        },
      },
      async (request) => ({ items: await listInvites(db, owner(request.params.id), clock()) }),
    );
  }

  app.delete(
    '/accounts/:id',
    {
      schema: {
        tags: ['accounts'],
        operationId: 'revokeAccount',
        summary: 'Take a channel account from its person',
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
        operationId: 'revokeInvite',
        summary: 'Withdraw an unused invite',
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
