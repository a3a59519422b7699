import { createHash } from 'node:crypto';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { KeyedDigest } from '../../core/keyed-digest.js';
import { MediaTooLargeError, type InboundEvent, type InboundMedia, type InboundMessageEvent, type InboundSender } from '../../domain/turn/inbound-event.js';
import { commandOf } from '../whatsapp/to-inbound-event.js';
import type { GraphApi } from './graph-api.js';
import type { CloudMessage } from './webhook-body.js';

/**
 * The sender of a Cloud API message. Its `wa_id` is the phone number in
 * digits, so the identity is the E.164 number, exactly as the web transport
 * records it: a client keeps their account whichever transport runs.
 */
export function cloudSender(waId: string): InboundSender {
  const parsed = parsePhoneNumberFromString(`+${waId}`);
  const phone = parsed?.isValid() ? parsed.number : undefined;
  return { channel: 'whatsapp', externalId: phone ?? `+${waId}`, chatId: waId, ...(phone ? { phone } : {}) };
}

/** Meta gives a file's sha256 in hex or in base64, depending on the API's age; either must match. */
function matchesDigest(bytes: Buffer, given: string | undefined): boolean {
  if (given === undefined) return true;
  const digest = createHash('sha256').update(bytes).digest();
  return given.toLowerCase() === digest.toString('hex') || given === digest.toString('base64');
}

function inboundMedia(graph: GraphApi, mediaId: string, fileName: string | undefined): InboundMedia {
  return {
    async fetch(maxBytes) {
      const info = await graph.mediaInfo(mediaId);
      if (info.fileSize !== undefined && info.fileSize > maxBytes) throw new MediaTooLargeError('the file is larger than the limit');
      const bytes = await graph.download(info.url, maxBytes);
      // A file that is not the one Meta describes is a failed download, tried again, never stored.
      if (!matchesDigest(bytes, info.sha256)) throw new Error('the downloaded file does not match its sha256');
      if (info.fileSize !== undefined && info.fileSize !== bytes.length) throw new Error('the downloaded file does not have its declared size');
      return { bytes, contentType: info.mimeType.split(';')[0]?.trim() || 'application/octet-stream' };
    },
    ...(fileName ? { fileName } : {}),
  };
}

type Body = Pick<InboundMessageEvent, 'kind' | 'text' | 'media' | 'location' | 'unsupported'> & { replyTo?: string };

function contactsText(message: CloudMessage): string {
  return (message.contacts ?? [])
    .map((contact) => [contact.name?.formatted_name, ...(contact.phones ?? []).map((p) => p.phone)].filter(Boolean).join(' '))
    .filter((line) => line !== '')
    .join('\n');
}

function bodyOf(message: CloudMessage, graph: GraphApi): Body | { choice: string } | null {
  switch (message.type) {
    case 'text':
      return { kind: 'text', text: message.text?.body ?? '' };
    case 'image':
    case 'video':
    case 'document':
    case 'audio': {
      const media = message[message.type];
      if (!media) return { kind: 'text', text: null, unsupported: true };
      const kind = message.type === 'image' ? 'photo' : message.type === 'audio' ? 'voice' : message.type;
      return { kind, text: media.caption?.trim() ? media.caption : null, media: inboundMedia(graph, media.id, media.filename) };
    }
    // Stickers are kept as such, without their file, as on the web transport.
    case 'sticker':
      return { kind: 'sticker', text: null };
    case 'location':
      return message.location
        ? { kind: 'location', text: null, location: { latitude: message.location.latitude, longitude: message.location.longitude } }
        : { kind: 'text', text: null, unsupported: true };
    case 'contacts': {
      const text = contactsText(message);
      return text ? { kind: 'text', text } : { kind: 'text', text: null, unsupported: true };
    }
    case 'interactive': {
      const reply = message.interactive?.button_reply ?? message.interactive?.list_reply;
      return reply ? { choice: reply.id } : { kind: 'text', text: null, unsupported: true };
    }
    // A template's quick-reply button: its payload is fixed at Meta, so the words on it are what it means.
    case 'button':
      return message.button ? { kind: 'text', text: message.button.text } : { kind: 'text', text: null, unsupported: true };
    case 'reaction': {
      const emoji = message.reaction?.emoji;
      // A reaction taken back carries no emoji: nothing to pass on.
      if (!emoji) return null;
      return { kind: 'text', text: emoji, ...(message.reaction?.message_id ? { replyTo: message.reaction.message_id } : {}) };
    }
    default:
      return { kind: 'text', text: null, unsupported: true };
  }
}

/**
 * Translates one Cloud API message into the domain's inbound event, or null
 * for one the service does not act on. The event id is a keyed digest of the
 * wamid, so the same message delivered twice is taken in once and the event
 * log names nobody.
 */
export function toInboundEvent(message: CloudMessage, graph: GraphApi, digest: KeyedDigest): InboundEvent | null {
  const body = bodyOf(message, graph);
  if (!body) return null;
  const eventId = digest(message.id);
  const from = cloudSender(message.from);
  const context = message.context?.id ? { replyToExternalId: message.context.id } : {};
  if ('choice' in body) return { type: 'choice', eventId, from, data: body.choice, ...context };
  const command = body.kind === 'text' && body.text ? commandOf(body.text) : undefined;
  if (command) return { type: 'command', eventId, from, ...command };
  const { replyTo, ...content } = body;
  return {
    type: 'message',
    eventId,
    from,
    externalMessageId: message.id,
    ...content,
    ...context,
    ...(replyTo ? { replyToExternalId: replyTo } : {}),
  };
}
