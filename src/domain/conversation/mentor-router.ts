import type { Kysely } from 'kysely';
import type { Database, DeliveryStatus } from '../db/database.js';
import type { Translator } from '../i18n/translator.js';
import { setPendingAction, type ChannelAccount, type MentorAccount } from './accounts.js';
import { acknowledgeAlert } from './alerts.js';
import { uuidPattern } from './choice-ids.js';
import type { ConversationDeps } from './conversation-deps.js';
import type { InboundEvent, InboundMessageEvent } from './inbound-event.js';
import { promptClientNow } from './mentor-checkin.js';
import { continueTask, handleMentorTaskChoice, listMentorTasks, saveRedoComment, startTask } from './mentor-tasks.js';
import { mentorCaseload } from './mentor-clients.js';
import { clientDeliveryStatus } from './messages.js';
import { enqueueDeliveries } from './outbound.js';
import { assignedClient, isAssigned, loadClientContext, loadMentorContext, type ClientContext, type MentorContext } from './people.js';
import { relayedContentOf, relayToClient, textTo } from './relay.js';
import { appendEventMessage, appendThreadMessage, markThreadSeen } from './thread-store.js';

const praisePhraseCount = 5;
const historyLength = 10;


/** Greets a mentor who has just bound their account and gives them their own command menu. */
export async function welcomeMentor(db: Kysely<Database>, deps: ConversationDeps, account: ChannelAccount, mentorId: string): Promise<void> {
  const mentor = await loadMentorContext(db, mentorId);
  if (!mentor) return;
  await enqueueDeliveries(db, [
    {
      channel: account.channel,
      chatId: account.chat_id,
      accountId: account.id,
      payload: { kind: 'menu', role: 'mentor', language: mentor.language },
    },
    textTo(account, deps.translator.t(mentor.language, 'mentor-welcome', { name: mentor.name })),
  ]);
}

/** Everything a bound mentor sends. */
export async function handleMentorEvent(
  db: Kysely<Database>,
  deps: ConversationDeps,
  account: MentorAccount,
  event: InboundEvent,
  media: { mediaId: string } | undefined,
): Promise<void> {
  const mentor = await loadMentorContext(db, account.mentor_id);
  if (!mentor) return;
  const say = (id: string, args?: Record<string, string>, extra?: Parameters<typeof textTo>[2]) =>
    enqueueDeliveries(db, [textTo(account, deps.translator.t(mentor.language, id, args), extra)]);

  if (event.type === 'choice') {
    const [action, value = ''] = event.data.split(':', 2);
    if (action === 'client' && uuidPattern.test(value)) return chooseClient(db, deps, account, mentor, value);
    if (action === 'praise') return sendPraise(db, deps, account, mentor, event, Number(value));
    if (action === 'checkin' && uuidPattern.test(value)) return askDailyQuestion(db, deps, account, mentor, value, true);
    if (await handleMentorTaskChoice(db, deps, account, mentor, event.data)) return;
    if (action === 'alert' && uuidPattern.test(value)) {
      const acknowledged = await acknowledgeAlert(db, mentor.id, value, deps.clock());
      const client = acknowledged && (await loadClientContext(db, acknowledged.client_id));
      if (client) return say('alert-acknowledged', { client: client.name });
      return;
    }
    return say('mentor-help');
  }

  if (event.type === 'command') {
    // A command leaves any half-answered question behind, so a later message is not read as its answer.
    if (account.pending_action) {
      await setPendingAction(db, account.id, null);
    }
    switch (event.command) {
      case 'clients':
      case 'client':
        return listClients(db, deps, account, mentor);
      case 'history':
        return showHistory(db, deps, account, mentor, event);
      case 'note': {
        const clientId = await targetClient(db, account, event);
        if (!clientId) return say('choose-client-first');
        const client = await loadClientContext(db, clientId);
        if (event.args.trim()) return saveNote(db, deps, account, mentor, clientId, event.args.trim());
        await setPendingAction(db, account.id, { type: 'note', clientId });
        return say('note-prompt', { name: client?.name ?? '' });
      }
      case 'praise':
        return offerPraise(db, deps, account, mentor, event);
      case 'checkin': {
        const clientId = await targetClient(db, account, event);
        if (!clientId) return say('choose-client-first');
        return askDailyQuestion(db, deps, account, mentor, clientId, false);
      }
      case 'task':
        return startTask(db, deps, account, mentor, await targetClient(db, account, event), event.args.trim());
      case 'tasks': {
        const clientId = await targetClient(db, account, event);
        if (!clientId) return say('choose-client-first');
        return listMentorTasks(db, deps, account, mentor, clientId);
      }
      case 'start':
        return say('mentor-welcome', { name: mentor.name });
      default:
        return say('mentor-help');
    }
  }

  if (event.type === 'edit') return;

  const pending = account.pending_action;
  if (pending?.type === 'note' && event.kind === 'text' && event.text) {
    return saveNote(db, deps, account, mentor, pending.clientId, event.text);
  }
  if (pending?.type === 'redo' && event.kind === 'text' && event.text) {
    return saveRedoComment(db, deps, account, mentor, pending.taskId, event.text);
  }
  if (pending?.type === 'task') {
    const worksheet = media && (event.kind === 'photo' || event.kind === 'document') ? { mediaId: media.mediaId } : undefined;
    return continueTask(db, deps, account, mentor, pending, event.text, worksheet);
  }
  return relayMentorMessage(db, deps, account, mentor, event, media);
}

/**
 * The client a mentor's event is about: the forum topic it was written in,
 * else the bot message it replies to, else the mentor's current client.
 * Only clients assigned to this mentor right now count.
 */
async function targetClient(
  db: Kysely<Database>,
  account: MentorAccount,
  event: { externalThreadId?: string; replyToExternalId?: string },
): Promise<string | undefined> {
  let clientId: string | null | undefined;
  if (event.externalThreadId !== undefined) {
    clientId = (
      await db
        .selectFrom('channel_threads')
        .select('client_id')
        .where('account_id', '=', account.id)
        .where('external_thread_id', '=', event.externalThreadId)
        .executeTakeFirst()
    )?.client_id;
  }
  if (!clientId && event.replyToExternalId !== undefined) {
    clientId = (
      await db
        .selectFrom('deliveries')
        .select('about_client_id')
        .where('channel', '=', account.channel)
        .where('recipient_chat_id', '=', account.chat_id)
        .where('external_id', '=', event.replyToExternalId)
        .executeTakeFirst()
    )?.about_client_id;
  }
  clientId ??= account.current_client_id;
  if (!clientId) return undefined;
  return (await isAssigned(db, account.mentor_id, clientId)) ? clientId : undefined;
}

async function relayMentorMessage(
  db: Kysely<Database>,
  deps: ConversationDeps,
  account: MentorAccount,
  mentor: MentorContext,
  event: InboundMessageEvent,
  media: { mediaId: string } | undefined,
): Promise<void> {
  const clientId = await targetClient(db, account, event);
  if (!clientId) {
    await enqueueDeliveries(db, [textTo(account, deps.translator.t(mentor.language, 'choose-client-first'))]);
    return;
  }
  const client = await loadClientContext(db, clientId);
  if (!client) return;
  const stored = await appendEventMessage(db, clientId, { author: 'mentor', mentorId: mentor.id }, account.channel, event, media);
  if (!stored) return;
  await markThreadSeen(db, clientId);
  await relayToClient(
    db,
    deps.translator,
    client,
    mentor.name,
    relayedContentOf(event, media),
    stored.id,
  );
}

/** The client when they are the mentor's; otherwise the mentor is told so and there is none. */
async function assignedClientOrRefuse(
  db: Kysely<Database>,
  deps: ConversationDeps,
  account: MentorAccount,
  mentor: MentorContext,
  clientId: string,
): Promise<ClientContext | undefined> {
  const client = await assignedClient(db, mentor.id, clientId);
  if (!client) await enqueueDeliveries(db, [textTo(account, deps.translator.t(mentor.language, 'not-your-client'))]);
  return client;
}

async function askDailyQuestion(
  db: Kysely<Database>,
  deps: ConversationDeps,
  account: MentorAccount,
  mentor: MentorContext,
  clientId: string,
  again: boolean,
): Promise<void> {
  const t = (id: string, args?: Record<string, string>) => deps.translator.t(mentor.language, id, args);
  const client = await assignedClientOrRefuse(db, deps, account, mentor, clientId);
  if (!client) return;
  const result = await promptClientNow(db, deps.translator, client, { now: deps.clock(), again });
  const choices = result === 'already-asked' ? [[{ data: `checkin:${client.id}`, label: t('checkin-ask-again') }]] : undefined;
  await enqueueDeliveries(db, [
    textTo(account, t(`checkin-now-${result}`, { name: client.name }), { aboutClientId: client.id, ...(choices ? { choices } : {}) }),
  ]);
}

async function listClients(db: Kysely<Database>, deps: ConversationDeps, account: MentorAccount, mentor: MentorContext): Promise<void> {
  const t = (id: string, args?: Record<string, string | number>) => deps.translator.t(mentor.language, id, args);
  const caseload = await mentorCaseload(db, mentor.id, deps.clock());
  if (caseload.length === 0) {
    await enqueueDeliveries(db, [textTo(account, t('clients-none'))]);
    return;
  }
  const rows = caseload.map((c) =>
    t('clients-row', {
      name: c.name,
      unread: c.unread,
      mood: c.lastMood === null ? t('mood-unknown') : `${c.lastMood}/5`,
      missed: c.missedDays,
      tasks: c.openTasks,
      overdue: c.overdueTasks,
    }),
  );
  await enqueueDeliveries(db, [
    textTo(account, [t('clients-header'), ...rows].join('\n'), {
      choices: caseload.map((c) => [{ data: `client:${c.clientId}`, label: c.unread > 0 ? `${c.name} (${c.unread})` : c.name }]),
    }),
  ]);
}

async function chooseClient(
  db: Kysely<Database>,
  deps: ConversationDeps,
  account: MentorAccount,
  mentor: MentorContext,
  clientId: string,
): Promise<void> {
  const t = (id: string, args?: Record<string, string>) => deps.translator.t(mentor.language, id, args);
  const client = await assignedClientOrRefuse(db, deps, account, mentor, clientId);
  if (!client) return;
  await db.updateTable('channel_accounts').set({ current_client_id: clientId, pending_action: null }).where('id', '=', account.id).execute();
  await enqueueDeliveries(db, [textTo(account, t('current-client', { name: client.name }), { aboutClientId: clientId, pin: true })]);
}

async function showHistory(
  db: Kysely<Database>,
  deps: ConversationDeps,
  account: MentorAccount,
  mentor: MentorContext,
  event: { externalThreadId?: string; replyToExternalId?: string },
): Promise<void> {
  const t = (id: string, args?: Record<string, string>) => deps.translator.t(mentor.language, id, args);
  const clientId = await targetClient(db, account, event);
  if (!clientId) {
    await enqueueDeliveries(db, [textTo(account, t('choose-client-first'))]);
    return;
  }
  const client = await loadClientContext(db, clientId);
  if (!client) return;
  const lines = await recentHistoryLines(db, deps.translator, clientId, mentor.language, historyLength);
  const text = lines.length === 0 ? t('history-empty', { name: client.name }) : [t('history-header', { name: client.name }), ...lines].join('\n');
  await markThreadSeen(db, clientId);
  await enqueueDeliveries(db, [textTo(account, text, { aboutClientId: clientId })]);
}

/** The messenger ticks people know: sent, delivered, read; a cross for a message that never arrived. */
const receiptMarks: Partial<Record<DeliveryStatus, string>> = { sent: ' ✓', delivered: ' ✓✓', read: ' ✓✓👁', failed: ' ✗', dead: ' ✗' };

/** The last messages of a thread as one line each, oldest first, for a mentor to read; their own carry receipts. */
export async function recentHistoryLines(
  db: Kysely<Database>,
  translator: Translator,
  clientId: string,
  language: string,
  count: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('messages')
    .innerJoin('threads', 'threads.id', 'messages.thread_id')
    .innerJoin('clients', 'clients.id', 'threads.client_id')
    .select(['messages.author', 'messages.kind', 'messages.text', 'messages.created_at', 'clients.name'])
    .select((eb) => clientDeliveryStatus(eb).as('delivery_status'))
    .where('threads.client_id', '=', clientId)
    .orderBy('messages.seq', 'desc')
    .limit(count)
    .execute();
  return rows.reverse().map((row) => {
    const who =
      row.author === 'client'
        ? translator.t(language, 'history-from-client', { name: row.name })
        : translator.t(language, row.author === 'mentor' ? 'history-from-mentor' : 'history-from-system');
    const body = row.text ?? `[${row.kind}]`;
    const time = row.created_at.toISOString().slice(5, 16).replace('T', ' ');
    const receipt = row.delivery_status ? (receiptMarks[row.delivery_status] ?? '') : '';
    return `${time} ${who}: ${row.kind === 'text' ? body : `[${row.kind}] ${row.text ?? ''}`.trim()}${receipt}`;
  });
}

async function saveNote(
  db: Kysely<Database>,
  deps: ConversationDeps,
  account: MentorAccount,
  mentor: MentorContext,
  clientId: string,
  text: string,
): Promise<void> {
  await setPendingAction(db, account.id, null);
  const client = await assignedClientOrRefuse(db, deps, account, mentor, clientId);
  if (!client) return;
  await db.insertInto('case_notes').values({ client_id: clientId, mentor_id: mentor.id, text }).execute();
  await enqueueDeliveries(db, [textTo(account, deps.translator.t(mentor.language, 'note-saved', { name: client.name }), { aboutClientId: clientId })]);
}

async function offerPraise(
  db: Kysely<Database>,
  deps: ConversationDeps,
  account: MentorAccount,
  mentor: MentorContext,
  event: { externalThreadId?: string; replyToExternalId?: string },
): Promise<void> {
  const clientId = await targetClient(db, account, event);
  const client = clientId ? await loadClientContext(db, clientId) : undefined;
  if (!clientId || !client) {
    await enqueueDeliveries(db, [textTo(account, deps.translator.t(mentor.language, 'choose-client-first'))]);
    return;
  }
  const choices = Array.from({ length: praisePhraseCount }, (_, i) => [
    { data: `praise:${i + 1}`, label: deps.translator.t(client.language, `praise-${i + 1}`) },
  ]);
  await enqueueDeliveries(db, [
    textTo(account, deps.translator.t(mentor.language, 'praise-choose', { name: client.name }), { choices, aboutClientId: clientId }),
  ]);
}

async function sendPraise(
  db: Kysely<Database>,
  deps: ConversationDeps,
  account: MentorAccount,
  mentor: MentorContext,
  event: InboundEvent,
  phrase: number,
): Promise<void> {
  const clientId = await targetClient(db, account, event);
  const client = clientId ? await loadClientContext(db, clientId) : undefined;
  if (!clientId || !client || !Number.isInteger(phrase) || phrase < 1 || phrase > praisePhraseCount) {
    await enqueueDeliveries(db, [textTo(account, deps.translator.t(mentor.language, 'choose-client-first'))]);
    return;
  }
  const text = deps.translator.t(client.language, `praise-${phrase}`);
  const stored = await appendThreadMessage(db, {
    clientId,
    direction: 'outbound',
    author: 'mentor',
    authorMentorId: mentor.id,
    kind: 'text',
    text,
  });
  await relayToClient(db, deps.translator, client, mentor.name, { kind: 'text', text }, stored?.id ?? null);
  await enqueueDeliveries(db, [textTo(account, deps.translator.t(mentor.language, 'praise-sent', { name: client.name }), { aboutClientId: clientId })]);
}
