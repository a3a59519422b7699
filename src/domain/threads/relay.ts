import type { Channel, DeliveryPriority, MediaProblem } from '../../db/database.js';
import type { Translator } from '../../i18n/translator.js';
import { textTo, type DeliveryRequest, type TextOptions } from '../../outbox/enqueue.js';
import type { Choice, MessagePurpose, OutboundPayload } from '../../outbox/payload.js';
import { clientAccounts, mentorAccounts, reachableAccountsOfClients } from '../people/accounts.js';
import type { ClientContext, MentorContext } from '../people/contexts.js';
import type { InboundMessageEvent, TakenMedia } from '../turn/inbound-event.js';
import type { Scope } from '../turn/scope.js';
import type { ChannelAccount } from '../turn/turn.js';

/** The content of a thread message, as relayed to the other side. */
export interface RelayedContent {
  kind: 'text' | 'photo' | 'document' | 'voice' | 'video' | 'location' | 'sticker';
  text: string | null;
  mediaId?: string | null;
  fileName?: string;
  location?: { latitude: number; longitude: number } | null;
  /** Why the file is not there: said to the mentor under the message. */
  problem?: { kind: MediaProblem; limitBytes?: number } | null;
}

/** What a stored message event carries on to the other side. */
export function relayedContentOf(event: InboundMessageEvent, media: TakenMedia | undefined): RelayedContent {
  return {
    kind: event.kind,
    text: event.text,
    mediaId: media?.mediaId ?? null,
    location: event.location ?? null,
    ...(event.media?.fileName ? { fileName: event.media.fileName } : {}),
    ...(media?.problem ? { problem: { kind: media.problem, ...(media.limitBytes !== undefined ? { limitBytes: media.limitBytes } : {}) } } : {}),
  };
}

/**
 * A size limit in megabytes as people are told it: whole from 10 MB, below that to two significant
 * digits, so that a limit under 1 MB (MEDIA_MAX_BYTES may be as low as 1 KB) is not told as "0 MB".
 * Rounded down, so that "larger than N MB" stays true of every file refused.
 */
export function limitInMegabytes(bytes: number): number {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 10 || megabytes <= 0) return Math.floor(megabytes);
  const scale = 10 ** (1 - Math.floor(Math.log10(megabytes)));
  return Math.floor(megabytes * scale) / scale;
}

/** The line that tells a mentor why a message's file is not there, in their language. */
export function problemLine(translator: Translator, language: string, problem: NonNullable<RelayedContent['problem']>, channel: Channel): string {
  return translator.t(language, `media-problem-${problem.kind}`, {
    limit: limitInMegabytes(problem.limitBytes ?? 0),
    channel: translator.t(language, `channel-${channel}`),
  });
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

/** The deliveries that carry content, under its label, to each of some accounts. */
export function deliveriesTo(
  accounts: Pick<ChannelAccount, 'id' | 'channel' | 'chat_id'>[],
  content: RelayedContent,
  label: string,
  carried: { messageId: string | null; aboutClientId?: string },
): DeliveryRequest[] {
  return accounts.flatMap((account) =>
    payloadsFor(content, label).map((payload) => ({
      channel: account.channel,
      chatId: account.chat_id,
      accountId: account.id,
      payload,
      messageId: carried.messageId,
      ...(carried.aboutClientId !== undefined ? { aboutClientId: carried.aboutClientId } : {}),
    })),
  );
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
  const shown = content.problem
    ? { ...content, text: [content.text, problemLine(translator, language, content.problem, options.channel)].filter((line) => line).join('\n') }
    : content;
  return deliveriesTo(accounts, shown, label, { messageId: options.messageId, aboutClientId: client.id });
}

/**
 * Sends a client's message to every account of their current mentor.
 * Returns false when there is nobody to receive it.
 */
export async function relayToMentor(scope: Scope, client: ClientContext, content: RelayedContent, options: MentorRelayOptions): Promise<boolean> {
  if (!client.mentor) return false;
  const accounts = await mentorAccounts(scope.db, client.mentor.id);
  if (accounts.length === 0) return false;
  scope.send(...mentorRelayRequests(scope.translator, { ...client, mentor: client.mentor }, accounts, content, options));
  return true;
}

/** Sends a mentor's (or another staff member's) message to every reachable account of the client, labelled in the client's language. */
export async function relayToClient(
  scope: Scope,
  client: ClientContext,
  writerName: string,
  content: RelayedContent,
  messageId: string | null,
  labelId: 'from-mentor' | 'from-staff' = 'from-mentor',
): Promise<number> {
  const accounts = await clientAccounts(scope.db, client.id);
  const label = scope.translator.t(client.language, labelId, { mentor: writerName });
  scope.send(...deliveriesTo(accounts, content, label, { messageId }));
  return accounts.length;
}

/** A text from the service to every account of a mentor. */
export async function textToMentor(scope: Scope, mentorId: string, text: string, options: TextOptions = {}): Promise<void> {
  const accounts = await mentorAccounts(scope.db, mentorId);
  scope.send(...accounts.map((account) => textTo(account, text, options)));
}

/** A text from the service to every reachable account of a client. Returns how many accounts it went to. */
export async function textToClient(scope: Scope, clientId: string, text: string, options: Pick<TextOptions, 'choices'> = {}): Promise<number> {
  return textsToClients(scope, [{ clientId, text, ...options }]);
}

/**
 * Texts from the service, each to every reachable account of its client,
 * with one query for all. Returns how many deliveries were made.
 */
export async function textsToClients(
  scope: Scope,
  texts: { clientId: string; text: string; choices?: Choice[][] }[],
  priority: DeliveryPriority = 'conversation',
  purpose?: MessagePurpose,
): Promise<number> {
  const accounts = await reachableAccountsOfClients(scope.db, [...new Set(texts.map((t) => t.clientId))]);
  const requests = texts.flatMap(({ clientId, text, choices }) =>
    (accounts.get(clientId) ?? []).map((account) =>
      textTo(account, text, { ...(choices ? { choices } : {}), priority, ...(purpose ? { purpose } : {}) }),
    ),
  );
  scope.send(...requests);
  return requests.length;
}
