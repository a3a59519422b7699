import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createMentor, getMentor, listMentors, updateMentor } from '../../domain/people/mentors.js';
import type { HttpDeps } from '../http-deps.js';
import { errorResponse, idParams, mentorBody, mentorPatchBody, mentorResponse, pageOf, pageQuery } from '../schemas.js';

const tags = ['mentors'];

export const mentorRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, { db, clock }) => {
  app.post(
    '/mentors',
    { schema: { tags, operationId: 'createMentor', summary: 'Enrol a mentor', body: mentorBody, response: { 201: mentorResponse, 400: errorResponse } } },
    async (request, reply) => reply.status(201).send(await createMentor(db, request.body, 'admin')),
  );

  app.get(
    '/mentors',
    {
      schema: {
        tags,
        operationId: 'listMentors',
        summary: 'List mentors',
        querystring: pageQuery.extend({ active: z.enum(['true', 'false']).optional() }),
        response: { 200: pageOf(mentorResponse) },
      },
    },
    async (request) => {
      const { active, ...page } = request.query;
      return listMentors(db, { ...page, active: active === undefined ? undefined : active === 'true' });
    },
  );

  app.get(
    '/mentors/:id',
    { schema: { tags, operationId: 'getMentor', summary: 'Get a mentor', params: idParams, response: { 200: mentorResponse, 404: errorResponse } } },
    async (request) => getMentor(db, request.params.id),
  );

  app.patch(
    '/mentors/:id',
    {
      schema: {
        tags,
        operationId: 'updateMentor',
        summary: 'Change a mentor',
        params: idParams,
        body: mentorPatchBody,
        response: { 200: mentorResponse, 400: errorResponse, 404: errorResponse },
      },
    },
    async (request) => updateMentor(db, request.params.id, request.body, 'admin', clock()),
  );
};
