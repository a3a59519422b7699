import { sql, type Selectable } from 'kysely';
import type { TaskTable } from '../../db/database.js';
import { formatLocalDate } from '../../i18n/format-date.js';
import type { Choice, MessagePurpose, OutboundPayload } from '../../outbox/payload.js';
import { clientAccounts, mentorAccounts } from '../people/accounts.js';
import type { ClientContext } from '../people/contexts.js';
import { textToClient } from '../threads/relay.js';
import { appendThreadMessage } from '../threads/thread-store.js';
import type { Scope } from '../turn/scope.js';
import { taskReviewChoice } from './task-choices.js';

export type TaskRow = Selectable<TaskTable>;

/** A photo or file the client sent to show a task done. */
export interface Evidence {
  mediaId: string;
  /** The thread message that carried it. */
  messageId: string;
  caption: string | null;
  kind: 'photo' | 'document';
}

const praisePhraseCount = 5;

/** The mentor's two answers to a task shown done, approve first. */
function reviewChoices(scope: Scope, language: string, taskId: string): Choice[][] {
  return [
    [
      taskReviewChoice.option({ action: 'approve', taskId }, scope.translator.t(language, 'task-approve')),
      taskReviewChoice.option({ action: 'redo', taskId }, scope.translator.t(language, 'task-ask-redo')),
    ],
  ];
}

/** Sends payloads to every reachable account of the client, recording the text in the thread as the mentor's. */
async function tellClient(
  scope: Scope,
  client: ClientContext,
  task: TaskRow,
  text: string,
  extra: OutboundPayload[] = [],
  purpose?: MessagePurpose,
): Promise<void> {
  const stored = await appendThreadMessage(scope.db, {
    clientId: client.id,
    direction: 'outbound',
    author: task.mentor_id ? 'mentor' : 'system',
    authorMentorId: task.mentor_id,
    kind: 'text',
    text,
  });
  const accounts = await clientAccounts(scope.db, client.id);
  scope.send(
    ...accounts.flatMap((account) =>
      [{ kind: 'text' as const, text, ...(purpose ? { purpose } : {}) }, ...extra].map((payload) => ({
        channel: account.channel,
        chatId: account.chat_id,
        accountId: account.id,
        payload,
        messageId: stored?.id ?? null,
      })),
    ),
  );
}

/** Sends one payload, built in the mentor's language, to every account of the client's mentor. */
async function tellMentor(scope: Scope, client: ClientContext, payload: (language: string) => OutboundPayload, messageId: string | null) {
  if (!client.mentor) return;
  const accounts = await mentorAccounts(scope.db, client.mentor.id);
  const built = payload(client.mentor.language);
  scope.send(
    ...accounts.map((account) => ({
      channel: account.channel,
      chatId: account.chat_id,
      accountId: account.id,
      payload: built,
      messageId,
      aboutClientId: client.id,
    })),
  );
}

function mentorLabel(scope: Scope, client: ClientContext): string | null {
  return client.mentor ? scope.translator.t(client.language, 'from-mentor', { mentor: client.mentor.name }) : null;
}

export async function notifyTaskAssigned(scope: Scope, client: ClientContext, task: TaskRow) {
  const t = (id: string, args?: Record<string, string>) => scope.translator.t(client.language, id, args);
  const lines = [
    mentorLabel(scope, client),
    t('task-assigned', { title: task.title }),
    task.details,
    task.due_date ? t('task-due', { date: formatLocalDate(client.language, task.due_date) }) : null,
    t('task-how-to-show'),
  ].filter((line): line is string => line !== null && line !== '');
  const worksheet: OutboundPayload[] = [];
  if (task.worksheet_media_id) {
    const media = await scope.db.selectFrom('media').select('content_type').where('id', '=', task.worksheet_media_id).executeTakeFirst();
    worksheet.push({
      kind: media?.content_type.startsWith('image/') ? 'photo' : 'document',
      mediaId: task.worksheet_media_id,
      caption: t('task-worksheet', { title: task.title }),
    });
  }
  await tellClient(scope, client, task, lines.join('\n'), worksheet, 'task_assigned');
}

export async function notifyTaskSubmitted(scope: Scope, client: ClientContext, task: TaskRow, evidence: Evidence | null) {
  await tellMentor(
    scope,
    client,
    (language) => {
      const label = scope.translator.t(language, evidence ? 'task-submitted' : 'task-submitted-no-photo', { client: client.name, title: task.title });
      const choices = reviewChoices(scope, language, task.id);
      return evidence
        ? { kind: evidence.kind, mediaId: evidence.mediaId, caption: evidence.caption ? `${label}\n${evidence.caption}` : label, choices }
        : { kind: 'text', text: label, choices };
    },
    evidence?.messageId ?? null,
  );
  await textToClient(scope, client.id, scope.translator.t(client.language, 'task-received', { title: task.title }));
}

export async function notifyTaskApproved(scope: Scope, client: ClientContext, task: TaskRow) {
  // Phrases take turns over the client's approved tasks, so praise does not repeat itself.
  const approved = await scope.db
    .selectFrom('tasks')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('client_id', '=', client.id)
    .where('status', '=', 'approved')
    .executeTakeFirstOrThrow();
  const phrase = ((approved.n - 1) % praisePhraseCount + praisePhraseCount) % praisePhraseCount + 1;
  const lines = [mentorLabel(scope, client), scope.translator.t(client.language, `task-praise-${phrase}`, { title: task.title })];
  await tellClient(scope, client, task, lines.filter((l): l is string => l !== null).join('\n'));
  await tellMentor(
    scope,
    client,
    (language) => ({ kind: 'text', text: scope.translator.t(language, 'task-approved', { client: client.name, title: task.title }) }),
    null,
  );
}

export async function notifyRedo(scope: Scope, client: ClientContext, task: TaskRow, comment: string) {
  const lines = [
    mentorLabel(scope, client),
    scope.translator.t(client.language, 'task-redo', { title: task.title }),
    comment.trim() || null,
  ].filter((l): l is string => l !== null);
  await tellClient(scope, client, task, lines.join('\n'));
  await tellMentor(
    scope,
    client,
    (language) => ({ kind: 'text', text: scope.translator.t(language, 'task-redo-sent', { client: client.name, title: task.title }) }),
    null,
  );
}

export async function notifyTaskCancelled(scope: Scope, client: ClientContext, task: TaskRow) {
  const lines = [mentorLabel(scope, client), scope.translator.t(client.language, 'task-cancelled', { title: task.title })];
  await tellClient(scope, client, task, lines.filter((l): l is string => l !== null).join('\n'));
}
