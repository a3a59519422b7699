import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { textTo } from '../../outbox/enqueue.js';
import type { Choice } from '../../outbox/payload.js';
import { setPendingAction } from '../people/accounts.js';
import { loadClientContext, type ClientContext } from '../people/contexts.js';
import { relayToMentor } from '../threads/relay.js';
import { appendEventMessage } from '../threads/thread-store.js';
import type { InboundMessageEvent, TakenMedia } from '../turn/inbound-event.js';
import { inScope, type Scope, type ScopeDeps } from '../turn/scope.js';
import type { ChannelAccount, Turn } from '../turn/turn.js';
import { markChoicesAnswered } from '../turn/typed-answers.js';
import { doneWithoutPhotoChoice, evidenceChoice, taskDoneChoice } from './task-choices.js';
import type { Evidence } from './task-notices.js';
import { openTasks, submitTask } from './tasks.js';

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
export async function releaseHeldPhoto(scope: Scope, account: ChannelAccount, client: ClientContext): Promise<void> {
  const pending = account.pending_action;
  if (pending?.type !== 'evidence') return;
  await setPendingAction(scope.db, account.id, null);
  // The question about the photo is gone with it: a number typed later is not an answer to it.
  await markChoicesAnswered(scope.db, account.id);
  await relayToMentor(
    scope,
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
  deps: Pick<ScopeDeps, 'translator'>,
  options: { now: Date; afterMs?: number },
): Promise<number> {
  const cutoff = new Date(options.now.getTime() - (options.afterMs ?? heldPhotoMs)).toISOString();
  return inScope(db, { translator: deps.translator, clock: () => options.now }, async (scope) => {
    const held = await scope.db
      .selectFrom('channel_accounts')
      .selectAll()
      .where('client_id', 'is not', null)
      .where(sql<boolean>`pending_action->>'type' = 'evidence' and (pending_action->>'heldAt')::timestamptz <= ${cutoff}::timestamptz`)
      .forUpdate()
      .skipLocked()
      .execute();
    for (const account of held) {
      const client = account.client_id ? await loadClientContext(scope.db, account.client_id) : undefined;
      if (client) await releaseHeldPhoto(scope, account, client);
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
  turn: Turn<ClientContext>,
  event: InboundMessageEvent,
  media: TakenMedia | undefined,
): Promise<{ messageId: string | undefined } | undefined> {
  const { db, account, person: client } = turn;
  const pending = account.pending_action;
  const awaited = pending?.type === 'evidence-for' ? pending.taskId : undefined;
  const isEvidenceKind = event.kind === 'photo' || (awaited !== undefined && event.kind === 'document');
  // A photo that could not be had is no evidence: it goes to the mentor as a message, with why.
  const mediaId = media?.mediaId;
  if (!mediaId || !isEvidenceKind) return undefined;
  const open = await openTasks(db, client.id);
  const tasks = awaited !== undefined ? open.filter((task) => task.id === awaited) : open;
  if (tasks.length === 0) return undefined;

  const stored = await appendEventMessage(db, client.id, { author: 'client' }, account.channel, event, media);
  if (!stored) return { messageId: undefined };
  const evidence: Evidence = { mediaId, messageId: stored.id, caption: event.text, kind: event.kind === 'photo' ? 'photo' : 'document' };
  const [only] = tasks;
  if (tasks.length === 1 && only) {
    await setPendingAction(db, account.id, null);
    if (!(await submitTask(turn, only.id, evidence))) {
      await relayToMentor(turn, client, { kind: evidence.kind, text: event.text, mediaId }, {
        channel: account.channel,
        messageId: stored.id,
      });
    }
    return { messageId: stored.id };
  }
  await setPendingAction(db, account.id, {
    type: 'evidence',
    messageId: stored.id,
    mediaId,
    caption: event.text,
    heldAt: turn.now.toISOString(),
  });
  const choices: Choice[][] = [
    ...tasks.map((task) => [evidenceChoice.option({ taskId: task.id }, shortLabel(task.title))]),
    [evidenceChoice.option({ taskId: 'none' }, turn.t('task-photo-not-for-task'))],
  ];
  turn.say('task-which', undefined, { choices });
  return { messageId: stored.id };
}

/** The client's answers about tasks: which task a photo shows, "done", "done without photo". Returns false for other choices. */
export async function handleTaskChoice(turn: Turn<ClientContext>, data: string): Promise<boolean> {
  const { db, account, person: client } = turn;
  const pending = account.pending_action;

  const shown = evidenceChoice.match(data);
  if (shown) {
    if (pending?.type !== 'evidence') {
      turn.say('task-nothing-waiting');
      return true;
    }
    if (shown.taskId === 'none' || !(await isOpenTaskOf(db, client.id, shown.taskId))) {
      await releaseHeldPhoto(turn, account, client);
      return true;
    }
    const evidence = { mediaId: pending.mediaId, messageId: pending.messageId, caption: pending.caption, kind: 'photo' as const };
    // A task cancelled meanwhile leaves the photo an ordinary message, still for the mentor to see.
    if (!(await submitTask(turn, shown.taskId, evidence))) await releaseHeldPhoto(turn, account, client);
    else await setPendingAction(db, account.id, null);
    return true;
  }

  const done = taskDoneChoice.match(data);
  const withoutPhoto = doneWithoutPhotoChoice.match(data);
  const taskId = done?.taskId ?? withoutPhoto?.taskId;
  if (taskId === undefined) return false;
  if (!(await isOpenTaskOf(db, client.id, taskId))) {
    turn.say('task-not-open');
    return true;
  }
  if (done) {
    await releaseHeldPhoto(turn, account, client);
    await setPendingAction(db, account.id, { type: 'evidence-for', taskId });
    turn.say('task-send-photo', undefined, {
      choices: [[doneWithoutPhotoChoice.option({ taskId }, turn.t('task-done-without-photo'))]],
    });
    return true;
  }
  await setPendingAction(db, account.id, null);
  await submitTask(turn, taskId, null);
  return true;
}

/** The client's /tasks: open tasks, each with a "done" button. */
export async function listClientTasks(turn: Turn<ClientContext>): Promise<void> {
  const tasks = await openTasks(turn.db, turn.person.id);
  if (tasks.length === 0) return turn.say('tasks-none');
  turn.send(
    textTo(turn.account, turn.t('tasks-header'), {
      choices: tasks.map((task) => [taskDoneChoice.option({ taskId: task.id }, `✅ ${shortLabel(task.title)}`)]),
    }),
  );
}
