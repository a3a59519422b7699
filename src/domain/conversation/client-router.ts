import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { ChannelAccount } from './accounts.js';
import { raiseAlert } from './alerts.js';
import { hasOpenPrompt, recordMood, sendMoodQuestion } from './checkin-answers.js';
import type { ConversationDeps } from './conversation-deps.js';
import { parseMood } from './mood-words.js';
import type { InboundEvent, InboundMessageEvent } from './inbound-event.js';
import { enqueueDeliveries, type Choice } from './outbound.js';
import { loadClientContext, type ClientContext } from './people.js';
import { relayedContentOf, relayToMentor, textTo } from './relay.js';
import { handleTaskChoice, listClientTasks, releaseHeldPhoto, takeAsEvidence } from './task-evidence.js';
import { appendEventMessage } from './thread-store.js';
import { markChoicesAnswered, resolveTypedChoice } from './typed-choices.js';

export const consentChoices = { agree: 'consent:yes', decline: 'consent:no' } as const;

/** The languages a client can choose, named in themselves. */
const languageNames: Record<string, string> = { en: 'English', lv: 'Latviešu', ru: 'Русский', uk: 'Українська' };

function consentButtons(deps: ConversationDeps, language: string): Choice[][] {
  return [
    [
      { data: consentChoices.agree, label: deps.translator.t(language, 'consent-agree') },
      { data: consentChoices.decline, label: deps.translator.t(language, 'consent-decline') },
    ],
  ];
}

/** Asks for consent, in the client's language, with agree and decline choices. */
export async function askForConsent(
  db: Kysely<Database>,
  deps: ConversationDeps,
  account: ChannelAccount,
  client: ClientContext,
  messageId: 'consent-request' | 'consent-still-needed' | 'consent-declined' = 'consent-request',
): Promise<void> {
  const text = deps.translator.t(client.language, messageId);
  await enqueueDeliveries(db, [textTo(account, text, { choices: consentButtons(deps, client.language) })]);
}

/** Welcomes a client who has just bound their account, and asks for consent when it is not on record. */
export async function welcomeClient(
  db: Kysely<Database>,
  deps: ConversationDeps,
  account: ChannelAccount,
  clientId: string,
): Promise<ClientContext | undefined> {
  const client = await loadClientContext(db, clientId);
  if (!client) return undefined;
  const text = client.mentor
    ? deps.translator.t(client.language, 'client-welcome', { name: client.name, mentor: client.mentor.name })
    : deps.translator.t(client.language, 'client-welcome-no-mentor', { name: client.name });
  await enqueueDeliveries(db, [textTo(account, text)]);
  if (!client.consentGiven) await askForConsent(db, deps, account, client);
  return client;
}

/**
 * Answers words of crisis with where to get help at once, even before
 * consent: it passes nothing on. Returns whether the words were there.
 */
export async function sendCrisisContactsIfNeeded(
  db: Kysely<Database>,
  deps: ConversationDeps,
  account: ChannelAccount,
  client: ClientContext,
  event: InboundEvent,
): Promise<boolean> {
  const text = event.type === 'message' || event.type === 'edit' ? event.text : null;
  if (text === null || !deps.safety.isCrisis(text)) return false;
  const contacts = deps.translator.t(client.language, 'crisis-contacts', { contacts: deps.safety.crisisContactsText });
  await enqueueDeliveries(db, [textTo(account, contacts)]);
  return true;
}

/** Everything a bound client sends. */
export async function handleClientEvent(
  db: Kysely<Database>,
  deps: ConversationDeps,
  account: ChannelAccount & { client_id: string },
  inbound: InboundEvent,
  media: { mediaId: string } | undefined,
): Promise<void> {
  const client = await loadClientContext(db, account.client_id);
  if (!client) return;
  const reply = (id: string, args?: Record<string, string>) =>
    enqueueDeliveries(db, [textTo(account, deps.translator.t(client.language, id, args))]);

  const typed = inbound.type === 'message' && inbound.kind === 'text' && inbound.text ? await resolveTypedChoice(db, account, inbound.text) : null;
  const event: InboundEvent = typed !== null ? { type: 'choice', eventId: inbound.eventId, from: inbound.from, data: typed, typed: true } : inbound;

  if (event.type === 'choice') {
    await markChoicesAnswered(db, account.id);
    const mood = /^mood:([1-5])$/.exec(event.data)?.[1];
    if (mood) {
      if (!client.consentGiven) return askForConsent(db, deps, account, client, 'consent-still-needed');
      return recordMood(db, deps, account, client, Number(mood), event.typed ? 'text' : 'button');
    }
    if (event.data === consentChoices.agree || event.data === consentChoices.decline) {
      const agreed = event.data === consentChoices.agree;
      await db
        .updateTable('clients')
        .set({ consent_given: agreed, consent_at: deps.clock(), consent_method: 'bot', updated_at: deps.clock() })
        .where('id', '=', client.id)
        .execute();
      if (agreed) await reply('consent-thanks');
      else await askForConsent(db, deps, account, client, 'consent-declined');
      return;
    }
    const language = /^lang:([a-z]{2})$/.exec(event.data)?.[1];
    if (language && deps.translator.has(language)) {
      await db.updateTable('clients').set({ language, updated_at: deps.clock() }).where('id', '=', client.id).execute();
      await enqueueDeliveries(db, [textTo(account, deps.translator.t(language, 'language-set'))]);
      return;
    }
    if (!client.consentGiven) return askForConsent(db, deps, account, client, 'consent-still-needed');
    if (await handleTaskChoice(db, deps, account, client, event.data)) return;
    // Anything else is stale or forged: a client can choose nothing else.
    await reply('client-help');
    return;
  }

  if (event.type === 'command') {
    switch (event.command) {
      case 'start':
        if (!client.consentGiven) return askForConsent(db, deps, account, client);
        await db.updateTable('clients').set({ checkins_stopped_at: null }).where('id', '=', client.id).execute();
        return reply('checkins-resumed');
      case 'stop':
        await db.updateTable('clients').set({ checkins_stopped_at: deps.clock() }).where('id', '=', client.id).execute();
        return reply('checkins-paused');
      case 'mood':
        if (!client.consentGiven) return askForConsent(db, deps, account, client, 'consent-still-needed');
        return sendMoodQuestion(db, deps, account, client);
      case 'tasks':
        if (!client.consentGiven) return askForConsent(db, deps, account, client, 'consent-still-needed');
        return listClientTasks(db, deps, account, client);
      case 'language':
        await enqueueDeliveries(db, [
          textTo(account, deps.translator.t(client.language, 'language-choose'), {
            choices: deps.translator.languages.map((code) => [{ data: `lang:${code}`, label: languageNames[code] ?? code }]),
          }),
        ]);
        return;
      default:
        // /help, and any mentor command a client types: the client help, never mentor data.
        return reply('client-help');
    }
  }

  const inCrisis = await sendCrisisContactsIfNeeded(db, deps, account, client, event);

  if (!client.consentGiven) {
    await askForConsent(db, deps, account, client, 'consent-still-needed');
    return;
  }

  if (event.type === 'edit') {
    const edited = await handleClientEdit(db, deps, client, event.externalMessageId, event.text, account.channel);
    if (inCrisis && edited) await raiseAlert(db, deps.translator, { client, kind: 'crisis_words', messageId: edited });
    return;
  }

  await releaseHeldPhoto(db, deps, account, client);
  const mood = event.kind === 'text' && event.text ? parseMood(event.text) : null;
  if (mood !== null && (await hasOpenPrompt(db, client.id, deps.clock()))) {
    await recordMood(db, deps, account, client, mood, 'text');
    return;
  }
  const evidence = await takeAsEvidence(db, deps, account, client, event, media);
  const stored = evidence ? evidence.messageId : await handleClientMessage(db, deps, account, client, event, media);
  if (inCrisis && stored) await raiseAlert(db, deps.translator, { client, kind: 'crisis_words', messageId: stored });
}

async function handleClientMessage(
  db: Kysely<Database>,
  deps: ConversationDeps,
  account: ChannelAccount,
  client: ClientContext,
  event: InboundMessageEvent,
  media: { mediaId: string } | undefined,
): Promise<string | undefined> {
  const stored = await appendEventMessage(db, client.id, { author: 'client' }, account.channel, event, media);
  if (!stored) return undefined;
  const relayed = await relayToMentor(
    db,
    deps.translator,
    client,
    relayedContentOf(event, media),
    { channel: account.channel, messageId: stored.id },
  );
  if (!relayed) {
    await enqueueDeliveries(db, [textTo(account, deps.translator.t(client.language, 'message-kept-no-mentor'))]);
  }
  return stored.id;
}

async function handleClientEdit(
  db: Kysely<Database>,
  deps: ConversationDeps,
  client: ClientContext,
  externalMessageId: string,
  text: string | null,
  channel: ChannelAccount['channel'],
): Promise<string | undefined> {
  const original = await db
    .selectFrom('messages')
    .select(['id', 'text'])
    .where('channel', '=', channel)
    .where('external_id', '=', externalMessageId)
    .executeTakeFirst();
  if (!original || original.text === text) return undefined;
  await db.insertInto('message_edits').values({ message_id: original.id, previous_text: original.text }).execute();
  await db.updateTable('messages').set({ text, edited_at: deps.clock() }).where('id', '=', original.id).execute();
  await relayToMentor(db, deps.translator, client, { kind: 'text', text }, { channel, messageId: original.id, labelId: 'client-edited' });
  return original.id;
}
