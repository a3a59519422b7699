import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clientStatuses } from '../../db/database.js';
import { listAssignments } from '../../domain/assignments/assignment-history.js';
import { updateClient } from '../../domain/assignments/update-client.js';
import { listInterpreterAssignments } from '../../domain/interpreting/interpreter-assignment.js';
import { createClient, getClient, listClients } from '../../domain/people/clients.js';
import type { HttpDeps } from '../http-deps.js';
import { clientBody, clientPatchBody, clientResponse, errorResponse, idParams, interpreterAssignmentResponse, pageOf, pageQuery } from '../schemas.js';

const tags = ['clients'];

const assignmentResponse = z
  .object({ mentorId: z.uuid(), startedAt: z.date(), endedAt: z.date().nullable() })
  .meta({ id: 'Assignment' });

export const clientRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, { db, translator, clock }) => {
  app.post(
    '/clients',
    {
      schema: {
        tags,
        operationId: 'createClient',
        summary: 'Enrol a client',
        body: clientBody,
        response: { 201: clientResponse, 400: errorResponse, 409: errorResponse },
      },
    },
    async (request, reply) => reply.status(201).send(await createClient(db, request.body, 'admin', clock())),
  );

  app.get(
    '/clients',
    {
      schema: {
        tags,
        operationId: 'listClients',
        summary: 'List clients',
        querystring: pageQuery.extend({
          mentorId: z.uuid({ message: 'must be a mentor id (UUID)' }).optional(),
          status: z.enum(clientStatuses).optional(),
        }),
        response: { 200: pageOf(clientResponse) },
      },
    },
    async (request) => listClients(db, request.query),
  );

  app.get(
    '/clients/:id',
    { schema: { tags, operationId: 'getClient', summary: 'Get a client', params: idParams, response: { 200: clientResponse, 404: errorResponse } } },
    async (request) => getClient(db, request.params.id),
  );

  app.patch(
    '/clients/:id',
    {
      schema: {
        tags,
        operationId: 'updateClient',
        summary: 'Change a client: their details, status, mentor or interpreter',
        description: 'An `interpreterId` (or null for none) gives the client another interpreter: an active one who lists the client’s language.',
        params: idParams,
        body: clientPatchBody,
        response: { 200: clientResponse, 400: errorResponse, 404: errorResponse, 409: errorResponse },
      },
    },
    async (request) => (await updateClient(db, { translator, clock }, request.params.id, request.body, 'admin')).client,
  );

  app.get(
    '/clients/:id/assignments',
    {
      schema: {
        tags,
        operationId: 'listClientAssignments',
        summary: 'The mentors a client has had, latest first',
        params: idParams,
        response: { 200: z.object({ items: z.array(assignmentResponse) }), 404: errorResponse },
      },
    },
    async (request) => ({ items: await listAssignments(db, request.params.id) }),
  );

  app.get(
    '/clients/:id/interpreters',
    {
      schema: {
        tags,
        operationId: 'listClientInterpreters',
        summary: 'The interpreters a client has had, latest first',
        params: idParams,
        response: { 200: z.object({ items: z.array(interpreterAssignmentResponse) }), 404: errorResponse },
      },
    },
    async (request) => ({ items: await listInterpreterAssignments(db, request.params.id) }),
  );
};
