import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { taskStatuses } from '../../db/database.js';
import { localDateField } from '../../core/fields.js';
import { recordClientRead } from '../../domain/audit/record-read.js';
import { createTask, listTasks, updateTask } from '../../domain/tasks/tasks.js';
import { inScope } from '../../domain/turn/scope.js';
import type { HttpDeps } from '../http-deps.js';
import { errorResponse, idParams, taskDetails, taskTitle } from '../schemas.js';

const tags = ['tasks'];


const taskBody = z.strictObject({
  title: taskTitle,
  details: taskDetails.optional(),
  dueDate: localDateField.nullable().optional(),
});

const taskPatchBody = z
  .strictObject({
    title: taskTitle.optional(),
    details: taskDetails.optional(),
    dueDate: localDateField.nullable().optional(),
    status: z.enum(taskStatuses, { message: `must be one of ${taskStatuses.join(', ')}` }).optional(),
    /** What to redo, sent to the client with a status back to assigned. */
    comment: z.string().trim().max(2000).optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'must change at least one field' });

const taskResponse = z
  .object({
    id: z.uuid(),
    clientId: z.uuid(),
    mentorId: z.uuid().nullable(),
    title: z.string(),
    details: z.string().nullable(),
    dueDate: z.string().nullable(),
    status: z.enum(taskStatuses),
    mentorComment: z.string().nullable(),
    worksheetMediaId: z.uuid().nullable(),
    evidence: z.array(z.object({ mediaId: z.uuid().nullable(), caption: z.string().nullable(), createdAt: z.date() })),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Task' });

export const taskRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, { db, translator, clock }) => {
  app.post(
    '/clients/:id/tasks',
    {
      schema: {
        tags,
        operationId: 'createClientTask',
        summary: 'Agree a task with a client',
        params: idParams,
        body: taskBody,
        response: { 201: taskResponse, 400: errorResponse, 404: errorResponse },
      },
    },
    async (request, reply) => {
      const task = await inScope(db, { translator, clock }, (scope) => createTask(scope, { clientId: request.params.id, ...request.body }, 'admin'));
      return reply.status(201).send(task);
    },
  );

  app.get(
    '/clients/:id/tasks',
    {
      schema: {
        tags,
        operationId: 'listClientTasks',
        summary: 'A client’s tasks',
        params: idParams,
        response: { 200: z.object({ items: z.array(taskResponse) }), 404: errorResponse },
      },
    },
    async (request) => {
      const items = await listTasks(db, request.params.id);
      await recordClientRead(db, { actor: 'admin', clientId: request.params.id, what: 'tasks', at: clock() });
      return { items };
    },
  );

  app.patch(
    '/tasks/:id',
    {
      schema: {
        tags,
        operationId: 'updateTask',
        summary: 'Change a task, or move it on to another status',
        params: idParams,
        body: taskPatchBody,
        response: { 200: taskResponse, 400: errorResponse, 404: errorResponse, 409: errorResponse },
      },
    },
    async (request) => updateTask(db, { translator, clock }, request.params.id, request.body, 'admin'),
  );
};
