import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { timeZoneField } from '../../core/fields.js';
import { createStaff, getStaff, listStaff, updateStaff } from '../../domain/staff/staff.js';
import { consoleLanguages } from '../console/console-text.js';
import type { HttpDeps } from '../http-deps.js';
import { errorResponse, idParams, pageOf, pageQuery } from '../schemas.js';

const tags = ['staff'];

/** Interpreters are a role the records know; the API takes them on once they have a console of their own. */
const assignableRoles = ['coordinator', 'mentor'] as const;

const role = z.enum(assignableRoles, { message: `must be one of ${assignableRoles.join(', ')}` });
const language = z.enum(consoleLanguages, { message: `must be one of ${consoleLanguages.join(', ')}` });
const name = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const password = z.string().max(1000, 'must be at most 1000 characters');

const staffBody = z.strictObject({
  email: z.email({ message: 'must be an email address' }).max(320),
  name,
  role,
  mentorId: z.uuid({ message: 'must be a mentor id (UUID)' }).optional(),
  password: password.optional(),
  language: language.optional(),
  timezone: timeZoneField.optional(),
});

const staffPatchBody = z
  .strictObject({
    active: z.boolean().optional(),
    role: role.optional(),
    mentorId: z.uuid({ message: 'must be a mentor id (UUID)' }).optional(),
    name: name.optional(),
    language: language.optional(),
    timezone: timeZoneField.optional(),
    password: password.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'must change at least one field' });

const staffResponse = z.object({
  id: z.uuid(),
  email: z.string().nullable(),
  name: z.string(),
  role: z.string(),
  mentorId: z.uuid().nullable(),
  language: z.string(),
  timezone: z.string(),
  active: z.boolean(),
  hasPassword: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const staffRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, { db, clock, publicUrl }) => {
  app.post(
    '/staff',
    {
      schema: {
        tags,
        description: 'Adds a person who signs in to the console. Without a password, the answer carries a one-time setupUrl (72 hours) to choose one.',
        body: staffBody,
        response: { 201: staffResponse.extend({ setupUrl: z.string().nullable() }), 400: errorResponse, 409: errorResponse },
      },
    },
    async (request, reply) => {
      const { staff, setupUrl } = await createStaff(db, request.body, { now: clock(), publicUrl, actor: 'admin' });
      return reply.status(201).send({ ...staff, setupUrl });
    },
  );

  app.get('/staff', { schema: { tags, querystring: pageQuery, response: { 200: pageOf(staffResponse) } } }, async (request) => listStaff(db, request.query));

  app.get(
    '/staff/:id',
    { schema: { tags, params: idParams, response: { 200: staffResponse, 404: errorResponse } } },
    async (request) => getStaff(db, request.params.id),
  );

  app.patch(
    '/staff/:id',
    {
      schema: {
        tags,
        description: 'Deactivating a staff member or changing their password ends every session they have.',
        params: idParams,
        body: staffPatchBody,
        response: { 200: staffResponse, 400: errorResponse, 404: errorResponse, 409: errorResponse },
      },
    },
    async (request) => updateStaff(db, request.params.id, request.body, { now: clock(), actor: 'admin' }),
  );
};
