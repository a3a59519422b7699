import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { inTransaction } from '../db/in-transaction.js';
import { setPendingAction, type ChannelAccount } from './accounts.js';
import { uuidSource } from './choice-ids.js';
import type { ConversationDeps } from './conversation-deps.js';
import type { InboundMessageEvent } from './inbound-event.js';
import { enqueueDeliveries, type Choice } from './outbound.js';
import { loadClientContext, type ClientContext } from './people.js';
import { relayToMentor, textTo } from './relay.js';
import type { Evidence } from './task-notices.js';
import { markChoicesAnswered } from './typed-choices.js';
import { openTasks, submitTask } from './tasks.js';
import { appendEventMessage } from './thread-store.js';

/** Telegram shows about this much of a button's label. */
const labelLength = 40;

function shortLabel(text: string): string {
  return text.length <= labelLength ? text : `${text.slice(0, labelLength - 1)}…`;
}

async function isOpenTaskOf(db: Kysely<Database>, clientId: string, taskId: string): Promise<boolean> {
  const row = await db
    .selectFrom('tasks')
    .select('id')
    .where('id', '=', taskId)
    .where('client_id', '=', clientId)
    .where('status', '=', 'assigned')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * A photo held while the client chooses its task goes on to the mentor as an
 * ordinary message when the client does something else instead: a client's
 * message is never lost in a half-finished question.
 */
export async function releaseHeldPhoto(
  db: Kysely<Database>,
  deps: Pick<ConversationDeps, 'translator'>,
  account: ChannelAccount,
  client: ClientContext,
) {
  const pending = account.pending_action;
  if (pending?.type !== 'evidence') return;
  await setPendingAction(db, account.id, null);
  // The question about the photo is gone with it: a number typed later is not an answer to it.
  await markChoicesAnswered(db, account.id);
  await relayToMentor(
    db,
    deps.translator,
    client,
    { kind: 'photo', text: pending.caption, mediaId: pending.mediaId },
    { channel: account.channel, messageId: pending.messageId },
  );
}

/** How long a client's photo waits for them to say which task it shows before it goes to the mentor as it is. */
const heldPhotoMs = 15 * 60_000;

/**
 * Passes on every photo held longer than `afterMs` for a question its client
 * has not answered, so a client who walks away does not leave the mentor
 * without their photo.
 */
export async function releaseStaleHeldPhotos(
  db: Kysely<Database>,
  deps: Pick<ConversationDeps, 'translator'>,
  options: { now: Date; afterMs?: number },
): Promise<number> {
  const cutoff = new Date(options.now.getTime() - (options.afterMs ?? heldPhotoMs)).toISOString();
  return inTransaction(db, async (trx) => {
    const held = await trx
      .selectFrom('channel_accounts')
      .selectAll()
      .where('client_id', 'is not', null)
      .where(sql<boolean>`pending_action->>'type' = 'evidence' and (pending_action->>'heldAt')::timestamptz <= ${cutoff}::timestamptz`)
      .forUpdate()
      .skipLocked()
      .execute();
    for (const account of held) {
      const client = account.client_id ? await loadClientContext(trx, account.client_id) : undefined;
      if (client) await releaseHeldPhoto(trx, deps, account, client);
    }
    return held.length;
  });
}

/**
 * A photo (or, after the client pressed "done", a file) that shows a task
 * done: with one open task it is that task's evidence; with several the
 * client is asked which; with none it is not about a task. Returns the
 * stored message's id when the photo was taken as evidence or held.
 */
export async function takeAsEvidence(
  db: Kysely<Database>,
  deps: ConversationDeps,
  account: ChannelAccount,
  client: ClientContext,
  event: InboundMessageEvent,
  media: { mediaId: string } | undefined,
): Promise<{ messageId: string | undefined } | undefined> {
  const pending = account.pending_action;
  const awaited = pending?.type === 'evidence-for' ? pending.taskId : undefined;
  const isEvidenceKind = event.kind === 'photo' || (awaited !== undefined && event.kind === 'document');
  if (!media || !isEvidenceKind) return undefined;
  const open = await openTasks(db, client.id);
  const tasks = awaited !== undefined ? open.filter((task) => task.id === awaited) : open;
  if (tasks.length === 0) return undefined;

  const stored = await appendEventMessage(db, client.id, { author: 'client' }, account.channel, event, media);
  if (!stored) return { messageId: undefined };
  const evidence: Evidence = { mediaId: media.mediaId, messageId: stored.id, caption: event.text, kind: event.kind === 'photo' ? 'photo' : 'document' };
  const [only] = tasks;
  if (tasks.length === 1 && only) {
    await setPendingAction(db, account.id, null);
    if (!(await submitTask(db, deps.translator, only.id, evidence, deps.clock()))) {
      await relayToMentor(db, deps.translator, client, { kind: evidence.kind, text: event.text, mediaId: media.mediaId }, {
        channel: account.channel,
        messageId: stored.id,
      });
    }
    return { messageId: stored.id };
  }
  await setPendingAction(db, account.id, {
    type: 'evidence',
    messageId: stored.id,
    mediaId: media.mediaId,
    caption: event.text,
    heldAt: deps.clock().toISOString(),
  });
  const choices: Choice[][] = [
    ...tasks.map((task) => [{ data: `evidence:${task.id}`, label: shortLabel(task.title) }]),
    [{ data: 'evidence:none', label: deps.translator.t(client.language, 'task-photo-not-for-task') }],
  ];
  await enqueueDeliveries(db, [textTo(account, deps.translator.t(client.language, 'task-which'), { choices })]);
  return { messageId: stored.id };
}

const taskChoice = new RegExp(`^(?:(evidence):(${uuidSource}|none)|(done|nophoto):(${uuidSource}))$`);

/** The client's answers about tasks: which task a photo shows, "done", "done without photo". Returns false for other choices. */
export async function handleTaskChoice(
  db: Kysely<Database>,
  deps: ConversationDeps,
  account: ChannelAccount,
  client: ClientContext,
  data: string,
): Promise<boolean> {
  const match = taskChoice.exec(data);
  if (!match) return false;
  const action = match[1] ?? match[3];
  const target = match[2] ?? match[4] ?? '';
  const reply = (id: string, extra?: Parameters<typeof textTo>[2]) =>
    enqueueDeliveries(db, [textTo(account, deps.translator.t(client.language, id), extra)]);
  const pending = account.pending_action;

  if (action === 'evidence') {
    if (pending?.type !== 'evidence') {
      await reply('task-nothing-waiting');
      return true;
    }
    if (target === 'none' || !(await isOpenTaskOf(db, client.id, target))) {
      await releaseHeldPhoto(db, deps, account, client);
      return true;
    }
    const evidence = { mediaId: pending.mediaId, messageId: pending.messageId, caption: pending.caption, kind: 'photo' as const };
    // A task cancelled meanwhile leaves the photo an ordinary message, still for the mentor to see.
    if (!(await submitTask(db, deps.translator, target, evidence, deps.clock()))) await releaseHeldPhoto(db, deps, account, client);
    else await setPendingAction(db, account.id, null);
    return true;
  }

  if (!(await isOpenTaskOf(db, client.id, target))) {
    await reply('task-not-open');
    return true;
  }
  if (action === 'done') {
    await releaseHeldPhoto(db, deps, account, client);
    await setPendingAction(db, account.id, { type: 'evidence-for', taskId: target });
    await reply('task-send-photo', {
      choices: [[{ data: `nophoto:${target}`, label: deps.translator.t(client.language, 'task-done-without-photo') }]],
    });
    return true;
  }
  await setPendingAction(db, account.id, null);
  await submitTask(db, deps.translator, target, null, deps.clock());
  return true;
}

/** The client's /tasks: open tasks, each with a "done" button. */
export async function listClientTasks(db: Kysely<Database>, deps: ConversationDeps, account: ChannelAccount, client: ClientContext) {
  const tasks = await openTasks(db, client.id);
  const t = (id: string, args?: Record<string, string>) => deps.translator.t(client.language, id, args);
  if (tasks.length === 0) {
    await enqueueDeliveries(db, [textTo(account, t('tasks-none'))]);
    return;
  }
  await enqueueDeliveries(db, [
    textTo(account, t('tasks-header'), {
      choices: tasks.map((task) => [{ data: `done:${task.id}`, label: `✅ ${shortLabel(task.title)}` }]),
    }),
  ]);
}
