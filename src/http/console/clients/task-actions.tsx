import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ConflictError } from '../../../core/errors.js';
import type { ClientContext } from '../../../domain/people/contexts.js';
import { actorOf } from '../../../domain/staff/access.js';
import { approveTask, cancelTask, clientTask, createTask, requestRedo } from '../../../domain/tasks/tasks.js';
import { limitInMegabytes } from '../../../domain/threads/relay.js';
import { inScope, type Scope } from '../../../domain/turn/scope.js';
import type { HttpDeps } from '../../http-deps.js';
import { consoleText } from '../console-text.js';
import { fieldsOf, zodProblems } from '../form-body.js';
import { staffOf } from '../session.js';
import { redoForm, taskForm } from './client-forms.js';
import { clientOfRequest, clientPath, idParam } from './client-request.js';
import { keepFieldsOfLargeFiles, storeUpload } from './posted-upload.js';
import { showClientPage } from './show-client-page.js';

/** Setting a client's tasks and answering what they show done, as the mentor's buttons in Telegram do. */
export async function taskActions(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  const { db, translator, clock } = deps;

  app.post('/clients/:id/tasks', { config: keepFieldsOfLargeFiles }, async (request, reply) => {
    const staff = staffOf(request);
    const context = await clientOfRequest(db, request);
    const fields = fieldsOf(request);
    const values = { title: fields.title, details: fields.details, dueDate: fields.dueDate };
    const parsed = taskForm.safeParse({ title: fields.title ?? '', details: fields.details ?? '', dueDate: fields.dueDate ?? '' });
    if (!parsed.success) return showClientPage(request, reply, deps, context, { forms: { task: zodProblems(values, parsed.error) }, status: 400 });
    const worksheet = await storeUpload(request, 'worksheet', deps);
    if (worksheet.kind === 'refused') {
      const t = consoleText(translator, staff.language);
      const errors = { worksheet: t(`client-page-upload-${worksheet.reason}`, { limit: limitInMegabytes(deps.mediaStore.maxBytes) }) };
      return showClientPage(request, reply, deps, context, { forms: { task: { values, errors } }, status: 400 });
    }
    await inScope(db, { translator, clock }, (scope) =>
      createTask(scope, { clientId: context.id, ...parsed.data, worksheetMediaId: worksheet.kind === 'stored' ? worksheet.mediaId : null }, actorOf(staff)),
    );
    return reply.redirect(clientPath(context.id, '?done=client-task-created#tasks'), 303);
  });

  /** A move of one of the client's tasks; a task that moved on meanwhile is said so by the task, not as an error page. */
  const move = (done: string, work: (scope: Scope, taskId: string, actor: string, request: FastifyRequest) => Promise<void>) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      const staff = staffOf(request);
      const context = await clientOfRequest(db, request);
      const task = await clientTask(db, context.id, idParam(request, 'taskId'));
      try {
        await inScope(db, { translator, clock }, (scope) => work(scope, task.id, actorOf(staff), request));
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        return movedOn(request, reply, context, task.id);
      }
      return reply.redirect(clientPath(context.id, `?done=${done}#tasks`), 303);
    };

  const movedOn = (request: FastifyRequest, reply: FastifyReply, context: ClientContext, taskId: string) =>
    showClientPage(request, reply, deps, context, { forms: { taskAction: { taskId } }, status: 409 });

  app.post('/clients/:id/tasks/:taskId/approve', move('client-task-approved', (scope, taskId, actor) => approveTask(scope, taskId, actor)));
  app.post('/clients/:id/tasks/:taskId/cancel', move('client-task-cancelled', (scope, taskId, actor) => cancelTask(scope, taskId, actor)));

  app.post('/clients/:id/tasks/:taskId/redo', async (request, reply) => {
    const fields = fieldsOf(request);
    const parsed = redoForm.safeParse({ comment: fields.comment ?? '' });
    if (!parsed.success) {
      const context = await clientOfRequest(db, request);
      const task = await clientTask(db, context.id, idParam(request, 'taskId'));
      return showClientPage(request, reply, deps, context, { forms: { redo: { taskId: task.id, state: zodProblems({ comment: fields.comment }, parsed.error) } }, status: 400 });
    }
    return move('client-task-redo', (scope, taskId, actor) => requestRedo(scope, taskId, parsed.data.comment, actor))(request, reply);
  });
}
