import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { ChannelAccount } from './accounts.js';
import { hasOpenPrompt, recordMood, sendMoodQuestion } from './checkin-answers.js';
import type { ConversationDeps } from './conversation-deps.js';
import { parseMood } from './mood-words.js';
import type { InboundEvent, InboundMessageEvent } from './inbound-event.js';
import { enqueueDeliveries, type Choice } from './outbound.js';
import { loadClientContext, type ClientContext } from './people.js';
import { relayedContentOf, relayToMentor, textTo } from './relay.js';
import { appendEventMessage } from './thread-store.js';

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
): Promise<void> {
  const client = await loadClientContext(db, clientId);
  if (!client) return;
  const text = client.mentor
    ? deps.translator.t(client.language, 'client-welcome', { name: client.name, mentor: client.mentor.name })
    : deps.translator.t(client.language, 'client-welcome-no-mentor', { name: client.name });
  await enqueueDeliveries(db, [textTo(account, text)]);
  if (!client.consentGiven) await askForConsent(db, deps, account, client);
}

/** Everything a bound client sends. */
export async function handleClientEvent(
  db: Kysely<Database>,
  deps: ConversationDeps,
  account: ChannelAccount & { client_id: string },
  event: InboundEvent,
  media: { mediaId: string } | undefined,
): Promise<void> {
  const client = await loadClientContext(db, account.client_id);
  if (!client) return;
  const reply = (id: string, args?: Record<string, string>) =>
    enqueueDeliveries(db, [textTo(account, deps.translator.t(client.language, id, args))]);

  if (event.type === 'choice') {
    const mood = /^mood:([1-5])$/.exec(event.data)?.[1];
    if (mood) {
      if (!client.consentGiven) return askForConsent(db, deps, account, client, 'consent-still-needed');
      return recordMood(db, deps, account, client, Number(mood), 'button');
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

  if (!client.consentGiven) {
    await askForConsent(db, deps, account, client, 'consent-still-needed');
    return;
  }

  if (event.type === 'edit') {
    await handleClientEdit(db, deps, client, event.externalMessageId, event.text, account.channel);
    return;
  }

  const mood = event.kind === 'text' && event.text ? parseMood(event.text) : null;
  if (mood !== null && (await hasOpenPrompt(db, client.id, deps.clock()))) {
    await recordMood(db, deps, account, client, mood, 'text');
    return;
  }
  await handleClientMessage(db, deps, account, client, event, media);
}

async function handleClientMessage(
  db: Kysely<Database>,
  deps: ConversationDeps,
  account: ChannelAccount,
  client: ClientContext,
  event: InboundMessageEvent,
  media: { mediaId: string } | undefined,
): Promise<void> {
  const stored = await appendEventMessage(db, client.id, { author: 'client' }, account.channel, event, media);
  if (!stored) return;
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
}

async function handleClientEdit(
  db: Kysely<Database>,
  deps: ConversationDeps,
  client: ClientContext,
  externalMessageId: string,
  text: string | null,
  channel: ChannelAccount['channel'],
): Promise<void> {
  const original = await db
    .selectFrom('messages')
    .select(['id', 'text'])
    .where('channel', '=', channel)
    .where('external_id', '=', externalMessageId)
    .executeTakeFirst();
  if (!original || original.text === text) return;
  await db.insertInto('message_edits').values({ message_id: original.id, previous_text: original.text }).execute();
  await db.updateTable('messages').set({ text, edited_at: deps.clock() }).where('id', '=', original.id).execute();
  await relayToMentor(db, deps.translator, client, { kind: 'text', text }, { channel, messageId: original.id, labelId: 'client-edited' });
}
