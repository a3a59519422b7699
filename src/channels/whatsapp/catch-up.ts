import type { Kysely } from 'kysely';
import type { KeyedDigest } from '../../core/keyed-digest.js';
import type { Database } from '../../db/database.js';
import { storedEventIds } from '../../domain/turn/event-log.js';
import { whatsAppEventId } from './to-inbound-event.js';
import type { WhatsAppClientLike, WhatsAppMessageLike } from './whatsapp-client.js';

/** How far back, and how many per chat, messages that came while no session was open are looked for. */
const catchUpWindowMs = 7 * 24 * 3600_000;
const catchUpPerChat = 100;

/**
 * The messages that came while no session was open and are not stored yet,
 * oldest first within each chat. WhatsApp Web emits only what arrives while
 * it runs; the rest waits unread in its chat, and the service never marks a
 * chat as seen, so stored messages stay unread too and are recognised by id.
 */
export async function missedMessages(
  client: WhatsAppClientLike,
  db: Kysely<Database>,
  options: { now: Date; digest: KeyedDigest },
): Promise<WhatsAppMessageLike[]> {
  const since = (options.now.getTime() - catchUpWindowMs) / 1000;
  const chats = (await client.getChats()).filter((chat) => !chat.isGroup && chat.unreadCount > 0 && chat.timestamp >= since);
  const recent: WhatsAppMessageLike[] = [];
  for (const chat of chats) {
    const messages = await chat.fetchMessages({ limit: Math.min(chat.unreadCount, catchUpPerChat), fromMe: false });
    recent.push(...messages.filter((message) => message.timestamp >= since));
  }
  const eventId = (message: WhatsAppMessageLike) => whatsAppEventId(message, options.digest);
  const stored = await storedEventIds(db, 'whatsapp', recent.map(eventId));
  return recent.filter((message) => !stored.has(eventId(message)));
}
