import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { MediaTooLargeError, type InboundEvent, type InboundMessageEvent, type InboundSender } from '../../domain/turn/inbound-event.js';
import { inviteCodeInStartText } from '../../domain/people/invites.js';
import type { KeyedDigest } from '../../core/keyed-digest.js';
import type { WhatsAppMessageLike } from './whatsapp-client.js';

/** Looks up the phone-number id (`<number>@c.us`) behind a `…@lid` id, or null when WhatsApp will not say. */
export type LidResolver = (lid: string) => Promise<string | null>;

/** The E.164 number in a `<number>@c.us` id, or null when it is not a valid phone number. */
export function phoneOf(whatsAppId: string): string | null {
  const digits = /^(\d{6,15})@c\.us$/.exec(whatsAppId)?.[1];
  if (!digits) return null;
  const parsed = parsePhoneNumberFromString(`+${digits}`);
  return parsed?.isValid() ? parsed.number : null;
}

/** Chats that are not one person: groups, broadcast lists, status updates, channels. */
function isPersonalChat(id: string): boolean {
  return id.endsWith('@c.us') || id.endsWith('@lid');
}

async function senderOf(message: WhatsAppMessageLike, resolveLid: LidResolver): Promise<InboundSender> {
  const phoneId = message.from.endsWith('@lid') ? await resolveLid(message.from) : message.from;
  const phone = phoneId ? phoneOf(phoneId) : null;
  return {
    channel: 'whatsapp',
    // The phone number is the identity staff record; a lid stands in only while WhatsApp hides the number.
    externalId: phone ?? message.from,
    chatId: message.from,
    ...(phone ? { phone } : {}),
  };
}

const mediaKinds: Record<string, InboundMessageEvent['kind']> = {
  image: 'photo',
  ptt: 'voice',
  audio: 'voice',
  document: 'document',
  video: 'video',
};

function content(message: WhatsAppMessageLike): Pick<InboundMessageEvent, 'kind' | 'text' | 'media' | 'location'> | undefined {
  const caption = message.body.trim() === '' ? null : message.body;
  if (message.type === 'chat') return { kind: 'text', text: message.body };
  if (message.type === 'location' && message.location) {
    return {
      kind: 'location',
      text: null,
      location: { latitude: Number(message.location.latitude), longitude: Number(message.location.longitude) },
    };
  }
  if (message.type === 'sticker') return { kind: 'sticker', text: null };
  const kind = mediaKinds[message.type];
  if (!kind || !message.hasMedia) return undefined;
  const declaredSize = (message.rawData as { size?: unknown } | undefined)?.size;
  return {
    kind,
    text: caption,
    media: {
      async fetch(maxBytes) {
        const media = await message.downloadMedia();
        if (!media?.data) throw new Error('WhatsApp no longer has this media');
        // whatsapp-web.js hands the whole file over in base64; four characters hold three bytes.
        if ((media.data.length / 4) * 3 > maxBytes + 2) throw new MediaTooLargeError('the file is larger than the limit');
        return { bytes: Buffer.from(media.data, 'base64'), contentType: media.mimetype.split(';')[0]?.trim() || 'application/octet-stream' };
      },
      ...(typeof declaredSize === 'number' && declaredSize > 0 ? { sizeBytes: declaredSize } : {}),
    },
  };
}

/**
 * WhatsApp has no bot commands: `START <code>` (the invite's whatsappText),
 * FORGET (asking for one's data to be erased) and a leading slash, as
 * Telegram users type them, are read as commands.
 */
export function commandOf(text: string): { command: string; args: string } | undefined {
  const code = inviteCodeInStartText(text);
  if (code) return { command: 'start', args: code };
  if (/^forget$/i.test(text.trim())) return { command: 'forget', args: '' };
  const slash = /^\/([a-z]+)(?:\s+([\s\S]*))?$/i.exec(text.trim());
  if (slash?.[1]) return { command: slash[1].toLowerCase(), args: (slash[2] ?? '').trim() };
  return undefined;
}

/**
 * The id a message is taken in under: a keyed digest of WhatsApp's message id,
 * which holds the sender's phone number, so the event log names nobody.
 */
export const whatsAppEventId = (message: Pick<WhatsAppMessageLike, 'id'>, digest: KeyedDigest): string => digest(message.id._serialized);

/**
 * Translates a WhatsApp message into the domain's inbound event, or null for
 * messages the service does not act on (our own, groups, broadcasts, calls,
 * unsupported types).
 */
export async function toInboundEvent(message: WhatsAppMessageLike, resolveLid: LidResolver, digest: KeyedDigest): Promise<InboundEvent | null> {
  if (message.fromMe || !isPersonalChat(message.from)) return null;
  const body = content(message);
  if (!body) return null;
  const eventId = whatsAppEventId(message, digest);
  const from = await senderOf(message, resolveLid);
  const command = body.kind === 'text' && body.text ? commandOf(body.text) : undefined;
  if (command) return { type: 'command', eventId, from, ...command };
  return { type: 'message', eventId, from, externalMessageId: message.id._serialized, ...body };
}
