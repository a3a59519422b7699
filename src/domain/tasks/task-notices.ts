import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, TaskTable } from '../db/database.js';
import { formatLocalDate } from '../i18n/format-date.js';
import type { Translator } from '../i18n/translator.js';
import { clientAccounts, mentorAccounts } from './accounts.js';
import { enqueueDeliveries, type Choice, type OutboundPayload } from './outbound.js';
import type { ClientContext } from './people.js';
import { textToClient } from './relay.js';
import { appendThreadMessage } from './thread-store.js';

type TaskRow = Selectable<TaskTable>;

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
function reviewChoices(translator: Translator, language: string, taskId: string): Choice[][] {
  return [
    [
      { data: `task:approve:${taskId}`, label: translator.t(language, 'task-approve') },
      { data: `task:redo:${taskId}`, label: translator.t(language, 'task-ask-redo') },
    ],
  ];
}

/** Sends payloads to every reachable account of the client, recording the text in the thread as the mentor's. */
async function tellClient(
  db: Kysely<Database>,
  client: ClientContext,
  task: TaskRow,
  text: string,
  extra: OutboundPayload[] = [],
): Promise<void> {
  const stored = await appendThreadMessage(db, {
    clientId: client.id,
    direction: 'outbound',
    author: task.mentor_id ? 'mentor' : 'system',
    authorMentorId: task.mentor_id,
    kind: 'text',
    text,
  });
  const accounts = await clientAccounts(db, client.id);
  await enqueueDeliveries(
    db,
    accounts.flatMap((account) =>
      [{ kind: 'text' as const, text }, ...extra].map((payload) => ({
        channel: account.channel,
        chatId: account.chat_id,
        accountId: account.id,
        payload,
        messageId: stored?.id ?? null,
      })),
    ),
  );
}

async function tellMentor(db: Kysely<Database>, client: ClientContext, payload: (language: string) => OutboundPayload, messageId: string | null) {
  if (!client.mentor) return;
  const accounts = await mentorAccounts(db, client.mentor.id);
  const built = payload(client.mentor.language);
  await enqueueDeliveries(
    db,
    accounts.map((account) => ({
      channel: account.channel,
      chatId: account.chat_id,
      accountId: account.id,
      payload: built,
      messageId,
      aboutClientId: client.id,
    })),
  );
}

function mentorLabel(translator: Translator, client: ClientContext): string | null {
  return client.mentor ? translator.t(client.language, 'from-mentor', { mentor: client.mentor.name }) : null;
}

export async function notifyTaskAssigned(db: Kysely<Database>, translator: Translator, client: ClientContext, task: TaskRow) {
  const t = (id: string, args?: Record<string, string>) => translator.t(client.language, id, args);
  const lines = [
    mentorLabel(translator, client),
    t('task-assigned', { title: task.title }),
    task.details,
    task.due_date ? t('task-due', { date: formatLocalDate(client.language, task.due_date) }) : null,
    t('task-how-to-show'),
  ].filter((line): line is string => line !== null && line !== '');
  const worksheet: OutboundPayload[] = [];
  if (task.worksheet_media_id) {
    const media = await db.selectFrom('media').select('content_type').where('id', '=', task.worksheet_media_id).executeTakeFirst();
    worksheet.push({
      kind: media?.content_type.startsWith('image/') ? 'photo' : 'document',
      mediaId: task.worksheet_media_id,
      caption: t('task-worksheet', { title: task.title }),
    });
  }
  await tellClient(db, client, task, lines.join('\n'), worksheet);
}

export async function notifyTaskSubmitted(
  db: Kysely<Database>,
  translator: Translator,
  client: ClientContext,
  task: TaskRow,
  evidence: Evidence | null,
) {
  await tellMentor(
    db,
    client,
    (language) => {
      const label = translator.t(language, evidence ? 'task-submitted' : 'task-submitted-no-photo', { client: client.name, title: task.title });
      const choices = reviewChoices(translator, language, task.id);
      return evidence
        ? { kind: evidence.kind, mediaId: evidence.mediaId, caption: evidence.caption ? `${label}\n${evidence.caption}` : label, choices }
        : { kind: 'text', text: label, choices };
    },
    evidence?.messageId ?? null,
  );
  await textToClient(db, client.id, translator.t(client.language, 'task-received', { title: task.title }));
}

export async function notifyTaskApproved(db: Kysely<Database>, translator: Translator, client: ClientContext, task: TaskRow) {
  // Phrases take turns over the client's approved tasks, so praise does not repeat itself.
  const approved = await db
    .selectFrom('tasks')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('client_id', '=', client.id)
    .where('status', '=', 'approved')
    .executeTakeFirstOrThrow();
  const phrase = ((approved.n - 1) % praisePhraseCount + praisePhraseCount) % praisePhraseCount + 1;
  const lines = [mentorLabel(translator, client), translator.t(client.language, `task-praise-${phrase}`, { title: task.title })];
  await tellClient(db, client, task, lines.filter((l): l is string => l !== null).join('\n'));
  await tellMentor(db, client, (language) => ({ kind: 'text', text: translator.t(language, 'task-approved', { client: client.name, title: task.title }) }), null);
}

export async function notifyRedo(db: Kysely<Database>, translator: Translator, client: ClientContext, task: TaskRow, comment: string) {
  const lines = [
    mentorLabel(translator, client),
    translator.t(client.language, 'task-redo', { title: task.title }),
    comment.trim() || null,
  ].filter((l): l is string => l !== null);
  await tellClient(db, client, task, lines.join('\n'));
  await tellMentor(db, client, (language) => ({ kind: 'text', text: translator.t(language, 'task-redo-sent', { client: client.name, title: task.title }) }), null);
}

export async function notifyTaskCancelled(db: Kysely<Database>, translator: Translator, client: ClientContext, task: TaskRow) {
  const lines = [mentorLabel(translator, client), translator.t(client.language, 'task-cancelled', { title: task.title })];
  await tellClient(db, client, task, lines.filter((l): l is string => l !== null).join('\n'));
}
