import type { FastifyInstance } from 'fastify';
import { NotFoundError } from '../../../core/errors.js';
import { translateMessage, type TranslationOutcome } from '../../../domain/interpreting/translations.js';
import { sendOriginal } from '../../../domain/interpreting/via-interpreter.js';
import { visibleClient } from '../../../domain/staff/access.js';
import { isThreadMessage } from '../../../domain/threads/timeline.js';
import { inScope } from '../../../domain/turn/scope.js';
import type { HttpDeps } from '../../http-deps.js';
import { consoleText } from '../console-text.js';
import { fieldsOf, zodProblems } from '../form-body.js';
import { forInterpreters } from '../interpreter-reach.js';
import { staffOf } from '../session.js';
import { ProblemPage } from '../ui/problem-page.js';
import { pageContextOf, sendPage } from '../ui/render.js';
import { translationForm } from './client-forms.js';
import { clientOfRequest, clientPath, idParam } from './client-request.js';
import { showClientPage } from './show-client-page.js';

/** What the page says after a translation that went somewhere, by where it went. */
const translationDone: Partial<Record<TranslationOutcome, string>> = {
  'to-mentor': 'client-translation-to-mentor',
  kept: 'client-translation-kept',
  'to-client': 'client-translation-to-client',
};

/**
 * Messages that go through an interpreter: the interpreter's translation of
 * one, and, for the staff who may write to the client, sending one that
 * waits for its translation as it was written.
 */
export async function interpretingActions(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  const { db, translator, clock } = deps;

  /** The message of the path, when it is one of the client's thread; a 404 otherwise, as for a message that does not exist. */
  async function threadMessageOf(clientId: string, messageId: string): Promise<string> {
    if (!(await isThreadMessage(db, clientId, messageId))) throw new NotFoundError('MESSAGE_NOT_FOUND', `no message ${messageId} in this thread`);
    return messageId;
  }

  app.post('/clients/:id/messages/:messageId/original', async (request, reply) => {
    const staff = staffOf(request);
    const context = await clientOfRequest(db, request);
    const messageId = await threadMessageOf(context.id, idParam(request, 'messageId'));
    const outcome = await inScope(db, { translator, clock }, async (scope) => {
      // Whoever may see the client (their mentor, a coordinator) may write to them; asked again where it is sent.
      await visibleClient(scope.db, staff, context.id);
      return sendOriginal(scope, messageId, (client) => client.id === context.id);
    });
    if (outcome === 'not-found') throw new NotFoundError('MESSAGE_NOT_FOUND', `no message ${messageId} to send`);
    return reply.redirect(clientPath(context.id, `?done=${outcome === 'sent' ? 'client-original-sent' : 'client-original-already-sent'}#thread`), 303);
  });

  app.post('/clients/:id/messages/:messageId/translation', { config: forInterpreters }, async (request, reply) => {
    const staff = staffOf(request);
    const context = await clientOfRequest(db, request);
    // Translating is the interpreters' work; anyone else who may see the client is told so.
    if (staff.role !== 'interpreter') return sendPage(reply, pageContextOf(request, reply, deps), <ProblemPage kind="forbidden" />, 403);
    const messageId = await threadMessageOf(context.id, idParam(request, 'messageId'));
    const t = consoleText(translator, staff.language);
    const fields = fieldsOf(request);
    const values = { translation: fields.translation };
    const again = (message: string, status: number) =>
      showClientPage(request, reply, deps, context, { forms: { translation: { messageId, state: { values, errors: { translation: message } } } }, status });
    const parsed = translationForm.safeParse({ translation: fields.translation ?? '' });
    if (!parsed.success) return showClientPage(request, reply, deps, context, { forms: { translation: { messageId, state: zodProblems(values, parsed.error) } }, status: 400 });
    if (parsed.data.translation === '') return again(t('interpreting-translation-empty'), 400);
    const interpreter = { id: staff.id, name: staff.name, language: staff.language, languages: staff.languages };
    const outcome = await inScope(db, { translator, clock }, (scope) => translateMessage(scope, interpreter, messageId, parsed.data.translation));
    const done = translationDone[outcome];
    if (done) return reply.redirect(clientPath(context.id, `?done=${done}#thread`), 303);
    // They stopped interpreting for the client while writing: the client is no longer theirs to see.
    if (outcome === 'not-yours') throw new NotFoundError('CLIENT_NOT_FOUND', `no client with id ${context.id}`);
    return again(t(`interpreting-translation-${outcome}`), outcome === 'already-sent' ? 409 : 400);
  });
}
