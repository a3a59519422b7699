import type { Kysely } from 'kysely';
import type { Channel, Database } from '../db/database.js';
import type { Translator } from '../i18n/translator.js';
import { clientAccounts, mentorAccounts, reachableAccountsOfClients, type ChannelAccount } from './accounts.js';
import { enqueueDeliveries, type Choice, type DeliveryRequest, type OutboundPayload } from './outbound.js';
import type { InboundMessageEvent } from './inbound-event.js';
import type { ClientContext, MentorContext } from './people.js';

/** The content of a thread message, as relayed to the other side. */
export interface RelayedContent {
  kind: 'text' | 'photo' | 'document' | 'voice' | 'video' | 'location' | 'sticker';
  text: string | null;
  mediaId?: string | null;
  fileName?: string;
  location?: { latitude: number; longitude: number } | null;
}

/** What a stored message event carries on to the other side. */
export function relayedContentOf(event: InboundMessageEvent, media: { mediaId: string } | undefined): RelayedContent {
  return {
    kind: event.kind,
    text: event.text,
    mediaId: media?.mediaId ?? null,
    location: event.location ?? null,
    ...(event.media?.fileName ? { fileName: event.media.fileName } : {}),
  };
}

/** Joins a label line and a body, leaving out whichever is empty. */
function labelled(label: string, body: string | null): string {
  return body ? `${label}\n${body}` : label;
}

/** Turns content into platform-neutral payloads, the label going first (as text or caption). */
export function payloadsFor(content: RelayedContent, label: string): OutboundPayload[] {
  switch (content.kind) {
    case 'text':
    case 'sticker':
      return [{ kind: 'text', text: labelled(label, content.text) }];
    case 'location':
      return content.location
        ? [{ kind: 'text', text: label }, { kind: 'location', ...content.location }]
        : [{ kind: 'text', text: label }];
    default:
      return content.mediaId
        ? [
            {
              kind: content.kind,
              mediaId: content.mediaId,
              caption: labelled(label, content.text),
              ...(content.fileName ? { fileName: content.fileName } : {}),
            },
          ]
        : [{ kind: 'text', text: labelled(label, content.text) }];
  }
}

export interface MentorRelayOptions {
  channel: Channel;
  messageId: string | null;
  labelId?: 'client-said' | 'client-edited';
}

/** The deliveries that carry a client's message to the given accounts of their mentor, labelled in the mentor's language. */
export function mentorRelayRequests(
  translator: Translator,
  client: ClientContext & { mentor: MentorContext },
  accounts: Pick<ChannelAccount, 'id' | 'channel' | 'chat_id'>[],
  content: RelayedContent,
  options: MentorRelayOptions,
): DeliveryRequest[] {
  const language = client.mentor.language;
  const label = translator.t(language, options.labelId ?? 'client-said', {
    client: client.name,
    channel: translator.t(language, `channel-${options.channel}`),
  });
  return accounts.flatMap((account) =>
    payloadsFor(content, label).map((payload) => ({
      channel: account.channel,
      chatId: account.chat_id,
      accountId: account.id,
      payload,
      messageId: options.messageId,
      aboutClientId: client.id,
    })),
  );
}

/**
 * Sends a client's message to every account of their current mentor.
 * Returns false when there is nobody to receive it.
 */
export async function relayToMentor(
  db: Kysely<Database>,
  translator: Translator,
  client: ClientContext,
  content: RelayedContent,
  options: MentorRelayOptions,
): Promise<boolean> {
  if (!client.mentor) return false;
  const accounts = await mentorAccounts(db, client.mentor.id);
  if (accounts.length === 0) return false;
  await enqueueDeliveries(db, mentorRelayRequests(translator, { ...client, mentor: client.mentor }, accounts, content, options));
  return true;
}

/** Sends a mentor's message to every reachable account of the client, in the client's language. */
export async function relayToClient(
  db: Kysely<Database>,
  translator: Translator,
  client: ClientContext,
  mentorName: string,
  content: RelayedContent,
  messageId: string | null,
): Promise<number> {
  const accounts = await clientAccounts(db, client.id);
  const label = translator.t(client.language, 'from-mentor', { mentor: mentorName });
  await enqueueDeliveries(
    db,
    accounts.flatMap((account) =>
      payloadsFor(content, label).map((payload) => ({
        channel: account.channel,
        chatId: account.chat_id,
        accountId: account.id,
        payload,
        messageId,
      })),
    ),
  );
  return accounts.length;
}

/** A text to one chat, for the bot's own answers. */
export function textTo(
  account: { channel: Channel; chat_id: string; id: string | null },
  text: string,
  extra: { choices?: Choice[][]; aboutClientId?: string | null; pin?: boolean } = {},
): DeliveryRequest {
  return {
    channel: account.channel,
    chatId: account.chat_id,
    accountId: account.id,
    payload: { kind: 'text', text, ...(extra.choices ? { choices: extra.choices } : {}), ...(extra.pin ? { pin: true } : {}) },
    aboutClientId: extra.aboutClientId ?? null,
  };
}

/** A text from the bot to every account of a mentor. */
export async function textToMentor(
  db: Kysely<Database>,
  mentorId: string,
  text: string,
  extra: { choices?: Choice[][]; aboutClientId?: string | null; pin?: boolean; messageId?: string | null } = {},
): Promise<void> {
  const accounts = await mentorAccounts(db, mentorId);
  await enqueueDeliveries(db, accounts.map((account) => ({ ...textTo(account, text, extra), messageId: extra.messageId ?? null })));
}

/** A text from the bot to every reachable account of a client. Returns how many accounts it went to. */
export async function textToClient(
  db: Kysely<Database>,
  clientId: string,
  text: string,
  extra: { choices?: Choice[][] } = {},
): Promise<number> {
  return textsToClients(db, [{ clientId, text, ...extra }]);
}

/** Texts from the bot, each to every reachable account of its client, in two statements. Returns how many deliveries were made. */
export async function textsToClients(
  db: Kysely<Database>,
  texts: { clientId: string; text: string; choices?: Choice[][] }[],
): Promise<number> {
  const accounts = await reachableAccountsOfClients(db, [...new Set(texts.map((t) => t.clientId))]);
  const requests = texts.flatMap(({ clientId, text, choices }) =>
    (accounts.get(clientId) ?? []).map((account) => textTo(account, text, choices ? { choices } : {})),
  );
  await enqueueDeliveries(db, requests);
  return requests.length;
}
