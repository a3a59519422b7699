/**
 * Builders of the webhook bodies Meta posts for the WhatsApp Cloud API, and a poster that signs
 * them the way Meta does: `X-Hub-Signature-256: sha256=<HMAC-SHA256 of the raw body, app secret>`.
 */
import { createHmac, randomBytes } from 'node:crypto';

/**
 * The time every builder stamps unless given another, fixed so that no test depends on the
 * clock; pass `timestamp` where the time matters.
 */
export const DEFAULT_WEBHOOK_TIME = new Date('2025-03-14T09:30:00Z');
export const DEFAULT_PROFILE_NAME = 'Test Client';
export const DEFAULT_WABA_ID = '102290129340398';
export const DEFAULT_DISPLAY_PHONE_NUMBER = '15550783881';

export interface WebhookContext {
  /** The wamid of the business message replied to. */
  id: string;
  /** The business's number; Meta fills it in replies. */
  from?: string;
}

export interface InboundOptions {
  id?: string;
  timestamp?: Date;
  /** The sender's profile name, carried in the body's `contacts`. */
  name?: string;
  context?: WebhookContext;
}

export interface MediaOptions extends InboundOptions {
  mimeType?: string;
  sha256?: string;
}

export interface CaptionedMediaOptions extends MediaOptions {
  caption?: string;
}

export interface AudioOptions extends MediaOptions {
  /** A voice note recorded in WhatsApp rather than a shared audio file. */
  voice?: boolean;
}

export interface DocumentOptions extends CaptionedMediaOptions {
  filename?: string;
}

export interface LocationOptions extends InboundOptions {
  placeName?: string;
  address?: string;
}

/** A contact card shared by the client. */
export interface SharedContact {
  name: string;
  phones: Array<{ phone: string; wa_id?: string; type?: string }>;
}

export interface WebhookError {
  code: number;
  title: string;
  message?: string;
  details?: string;
}

/** One entry of `value.messages`, exactly as it goes on the wire. */
export interface WebhookMessage {
  from: string;
  id: string;
  timestamp: string;
  type: string;
  context?: WebhookContext;
  [content: string]: unknown;
}

/** One entry of `value.statuses`, exactly as it goes on the wire. */
export interface WebhookStatus {
  id: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  timestamp: string;
  recipient_id: string;
  errors?: WireError[];
}

export interface WebhookContact {
  profile: { name: string };
  wa_id: string;
}

interface WireError {
  code: number;
  title: string;
  message: string;
  error_data?: { details: string };
}

export interface WebhookBodyInput {
  phoneNumberId: string;
  messages?: WebhookMessage[];
  statuses?: WebhookStatus[];
  /** Defaults to one contact per sender of `messages`, with the name given to its builder. */
  contacts?: WebhookContact[];
  displayPhoneNumber?: string;
  wabaId?: string;
}

export interface WebhookBody {
  object: 'whatsapp_business_account';
  entry: Array<{
    id: string;
    changes: Array<{
      field: 'messages';
      value: {
        messaging_product: 'whatsapp';
        metadata: { display_phone_number: string; phone_number_id: string };
        contacts?: WebhookContact[];
        messages?: WebhookMessage[];
        statuses?: WebhookStatus[];
      };
    }>;
  }>;
}

// The profile name travels in the body's `contacts`, not in the message, so the builder keeps it
// aside for `webhookBody` while the message object stays exactly what goes on the wire.
const profileNames = new WeakMap<WebhookMessage, string>();

export function newWamid(): string {
  return `wamid.${randomBytes(30).toString('base64')}`;
}

function unixSeconds(date: Date): string {
  return String(Math.floor(date.getTime() / 1000));
}

function inbound(from: string, type: string, content: Record<string, unknown>, opts: InboundOptions = {}): WebhookMessage {
  const message: WebhookMessage = {
    from,
    id: opts.id ?? newWamid(),
    timestamp: unixSeconds(opts.timestamp ?? DEFAULT_WEBHOOK_TIME),
    type,
    ...(opts.context === undefined ? {} : { context: opts.context }),
    ...content,
  };
  if (opts.name !== undefined) profileNames.set(message, opts.name);
  return message;
}

function mediaObject(opts: MediaOptions, mediaId: string, defaultMime: string): Record<string, unknown> {
  return {
    mime_type: opts.mimeType ?? defaultMime,
    ...(opts.sha256 === undefined ? {} : { sha256: opts.sha256 }),
    id: mediaId,
  };
}

function withCaption(opts: CaptionedMediaOptions): Record<string, unknown> {
  return opts.caption === undefined ? {} : { caption: opts.caption };
}

export function inboundText(from: string, text: string, opts: InboundOptions = {}): WebhookMessage {
  return inbound(from, 'text', { text: { body: text } }, opts);
}

export function inboundImage(from: string, mediaId: string, opts: CaptionedMediaOptions = {}): WebhookMessage {
  return inbound(from, 'image', { image: { ...withCaption(opts), ...mediaObject(opts, mediaId, 'image/jpeg') } }, opts);
}

export function inboundAudio(from: string, mediaId: string, opts: AudioOptions = {}): WebhookMessage {
  const voice = opts.voice === true;
  const audio = { ...mediaObject(opts, mediaId, voice ? 'audio/ogg; codecs=opus' : 'audio/mpeg'), voice };
  return inbound(from, 'audio', { audio }, opts);
}

export function inboundVideo(from: string, mediaId: string, opts: CaptionedMediaOptions = {}): WebhookMessage {
  return inbound(from, 'video', { video: { ...withCaption(opts), ...mediaObject(opts, mediaId, 'video/mp4') } }, opts);
}

export function inboundDocument(from: string, mediaId: string, opts: DocumentOptions = {}): WebhookMessage {
  const document = { ...withCaption(opts), filename: opts.filename ?? 'document.pdf', ...mediaObject(opts, mediaId, 'application/pdf') };
  return inbound(from, 'document', { document }, opts);
}

export function inboundSticker(from: string, mediaId: string, opts: MediaOptions = {}): WebhookMessage {
  return inbound(from, 'sticker', { sticker: { ...mediaObject(opts, mediaId, 'image/webp'), animated: false } }, opts);
}

export function inboundLocation(from: string, latitude: number, longitude: number, opts: LocationOptions = {}): WebhookMessage {
  const location = {
    latitude,
    longitude,
    ...(opts.placeName === undefined ? {} : { name: opts.placeName }),
    ...(opts.address === undefined ? {} : { address: opts.address }),
  };
  return inbound(from, 'location', { location }, opts);
}

export function inboundContacts(from: string, contacts: SharedContact[], opts: InboundOptions = {}): WebhookMessage {
  const cards = contacts.map((c) => ({
    name: { formatted_name: c.name, first_name: c.name.split(' ')[0] ?? c.name },
    phones: c.phones.map((p) => ({ phone: p.phone, type: p.type ?? 'CELL', ...(p.wa_id === undefined ? {} : { wa_id: p.wa_id }) })),
  }));
  return inbound(from, 'contacts', { contacts: cards }, opts);
}

export function inboundButtonReply(from: string, id: string, title: string, opts: InboundOptions = {}): WebhookMessage {
  return inbound(from, 'interactive', { interactive: { type: 'button_reply', button_reply: { id, title } } }, opts);
}

export function inboundListReply(from: string, id: string, title: string, description?: string, opts: InboundOptions = {}): WebhookMessage {
  const listReply = { id, title, ...(description === undefined ? {} : { description }) };
  return inbound(from, 'interactive', { interactive: { type: 'list_reply', list_reply: listReply } }, opts);
}

/** A tap on a quick-reply button of a template message. */
export function inboundTemplateButton(from: string, payload: string, text: string, opts: InboundOptions = {}): WebhookMessage {
  return inbound(from, 'button', { button: { payload, text } }, opts);
}

export function inboundReaction(from: string, messageId: string, emoji: string, opts: InboundOptions = {}): WebhookMessage {
  return inbound(from, 'reaction', { reaction: { message_id: messageId, emoji } }, opts);
}

/** What Meta posts for content the Cloud API cannot carry, such as polls or view-once media. */
export function inboundUnsupported(from: string, opts: InboundOptions = {}): WebhookMessage {
  const errors = [wireError({ code: 131051, title: 'Message type unknown', details: 'Message type is currently not supported.' })];
  return inbound(from, 'unsupported', { errors }, opts);
}

export interface StatusOptions {
  timestamp?: Date;
  errors?: WebhookError[];
}

export function status(
  wamid: string,
  state: WebhookStatus['status'],
  recipient: string,
  opts: StatusOptions = {},
): WebhookStatus {
  if (state === 'failed' && (opts.errors === undefined || opts.errors.length === 0)) {
    throw new Error('status: a failed status carries the errors that made it fail');
  }
  return {
    id: wamid,
    status: state,
    timestamp: unixSeconds(opts.timestamp ?? DEFAULT_WEBHOOK_TIME),
    recipient_id: recipient,
    ...(opts.errors === undefined ? {} : { errors: opts.errors.map(wireError) }),
  };
}

function wireError(e: WebhookError): WireError {
  return {
    code: e.code,
    title: e.title,
    message: e.message ?? e.title,
    ...(e.details === undefined ? {} : { error_data: { details: e.details } }),
  };
}

export function webhookBody(input: WebhookBodyInput): WebhookBody {
  const { messages, statuses } = input;
  const contacts = input.contacts ?? contactsOf(messages ?? []);
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: input.wabaId ?? DEFAULT_WABA_ID,
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: input.displayPhoneNumber ?? DEFAULT_DISPLAY_PHONE_NUMBER, phone_number_id: input.phoneNumberId },
              ...(contacts.length === 0 ? {} : { contacts }),
              ...(messages === undefined ? {} : { messages }),
              ...(statuses === undefined ? {} : { statuses }),
            },
          },
        ],
      },
    ],
  };
}

function contactsOf(messages: WebhookMessage[]): WebhookContact[] {
  const byWaId = new Map<string, WebhookContact>();
  for (const m of messages) {
    if (!byWaId.has(m.from)) byWaId.set(m.from, { profile: { name: profileNames.get(m) ?? DEFAULT_PROFILE_NAME }, wa_id: m.from });
  }
  return [...byWaId.values()];
}

export function signWebhook(appSecret: string, rawBody: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(Buffer.from(rawBody, 'utf8')).digest('hex')}`;
}

export interface PostWebhookOptions {
  /** Sent instead of the correct signature, to test rejection; an empty string sends no header. */
  signature?: string;
  /**
   * Writes non-ASCII characters as `\uXXXX` escapes, as Meta's own serialiser does: a receiver
   * that parses and re-serialises before checking the signature fails on such a body.
   */
  escapeNonAscii?: boolean;
}

export async function postWebhook(
  url: string,
  appSecret: string,
  body: object | string,
  opts: PostWebhookOptions = {},
): Promise<{ status: number; text: string }> {
  const serialised = typeof body === 'string' ? body : JSON.stringify(body);
  const raw = opts.escapeNonAscii === true ? escapeNonAscii(serialised) : serialised;
  const signature = opts.signature ?? signWebhook(appSecret, raw);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(signature === '' ? {} : { 'x-hub-signature-256': signature }),
    },
    body: Buffer.from(raw, 'utf8'),
  });
  return { status: response.status, text: await response.text() };
}

function escapeNonAscii(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
