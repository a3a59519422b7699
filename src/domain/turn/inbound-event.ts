import type { Channel, MediaProblem, MessageKind } from '../../db/database.js';

/** Who sent an event, as the platform identifies them. */
export interface InboundSender {
  channel: Channel;
  /** The platform's id of the person (a Telegram user id, a WhatsApp phone number). */
  externalId: string;
  /** Where to answer them (a Telegram chat id, a WhatsApp chat id). */
  chatId: string;
  /** The language the person's app is set to, when the platform tells. */
  languageCode?: string;
  /** The person's phone number in E.164, when the platform vouches for it (WhatsApp, SMS). */
  phone?: string;
}

/** Bytes of a photo or file, fetched from the platform only when they will be stored. */
export interface InboundMedia {
  /** Downloads at most `maxBytes`; a larger file fails with MediaTooLargeError before or while downloading. */
  fetch(maxBytes: number): Promise<{ bytes: Buffer; contentType: string }>;
  fileName?: string;
  /** The size the platform gives for the file, when it gives one: a file too large is not downloaded at all. */
  sizeBytes?: number;
}

/** A file larger than the service (or the platform, which may allow less) hands over; its message is kept without it. */
export class MediaTooLargeError extends Error {
  override readonly name = 'MediaTooLargeError';
  constructor(
    message: string,
    /** The limit the file was over, when it is the platform's and lower than the service's. */
    readonly limitBytes?: number,
  ) {
    super(message);
  }
}

/** What became of an event's file before its turn: stored (its media id), or not, and why. */
export interface TakenMedia {
  mediaId: string | null;
  problem?: MediaProblem;
  /** For a file too large: the limit it was over. */
  limitBytes?: number;
}

interface EventBase {
  /** Unique per channel and stable across redeliveries (a Telegram update id). */
  eventId: string;
  from: InboundSender;
  /** The sub-thread of the chat the event happened in (a Telegram forum topic). */
  externalThreadId?: string;
  /** The platform id of the message this one answers, in the same chat. */
  replyToExternalId?: string;
}

export interface InboundMessageEvent extends EventBase {
  type: 'message';
  externalMessageId: string;
  kind: Exclude<MessageKind, 'system'>;
  text: string | null;
  media?: InboundMedia;
  location?: { latitude: number; longitude: number };
  /** A message the platform could not show us (a type it does not hand to apps): kept as one that could not be processed. */
  unsupported?: true;
}

export interface InboundEditEvent extends EventBase {
  type: 'edit';
  externalMessageId: string;
  text: string | null;
}

export interface InboundCommandEvent extends EventBase {
  type: 'command';
  /** Lower-case, without the leading slash or a bot name. */
  command: string;
  args: string;
}

export interface InboundChoiceEvent extends EventBase {
  type: 'choice';
  /** The data of the chosen option; it comes from the user's device, so it is untrusted. */
  data: string;
  /** Set when the choice was typed (a number or a word) rather than pressed. */
  typed?: true;
}

/** One normalised event from any channel; adapters produce these, the domain decides what they mean. */
export type InboundEvent = InboundMessageEvent | InboundEditEvent | InboundCommandEvent | InboundChoiceEvent;
