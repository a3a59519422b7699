import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createStaff, getStaff, listStaff, updateStaff } from '../../domain/staff/staff.js';
import type { HttpDeps } from '../http-deps.js';
import { errorResponse, idParams, pageOf, pageQuery, staffBody, staffPatchBody, staffResponse } from '../schemas.js';

const tags = ['staff'];

const newStaffResponse = staffResponse.extend({ setupUrl: z.string().nullable() }).meta({ id: 'NewStaff' });

export const staffRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, { db, clock, publicUrl }) => {
  app.post(
    '/staff',
    {
      schema: {
        tags,
        operationId: 'createStaff',
        summary: 'Add a person who signs in to the console',
        description: 'Adds a person who signs in to the console. Without a password, the answer carries a one-time setupUrl (72 hours) to choose one.',
        body: staffBody,
        response: { 201: newStaffResponse, 400: errorResponse, 409: errorResponse },
      },
    },
    async (request, reply) => {
      const { staff, setupUrl } = await createStaff(db, request.body, { now: clock(), publicUrl, actor: 'admin' });
      return reply.status(201).send({ ...staff, setupUrl });
    },
  );

  app.get(
    '/staff',
    { schema: { tags, operationId: 'listStaff', summary: 'List staff', querystring: pageQuery, response: { 200: pageOf(staffResponse) } } },
    async (request) => listStaff(db, request.query),
  );

  app.get(
    '/staff/:id',
    { schema: { tags, operationId: 'getStaff', summary: 'Get a staff member', params: idParams, response: { 200: staffResponse, 404: errorResponse } } },
    async (request) => getStaff(db, request.params.id),
  );

  app.patch(
    '/staff/:id',
    {
      schema: {
        tags,
        operationId: 'updateStaff',
        summary: 'Change a staff member',
        description: 'Deactivating a staff member or changing their password ends every session they have.',
        params: idParams,
        body: staffPatchBody,
        response: { 200: staffResponse, 400: errorResponse, 404: errorResponse, 409: errorResponse },
      },
    },
    async (request) => updateStaff(db, request.params.id, request.body, { now: clock(), actor: 'admin' }),
  );
};
