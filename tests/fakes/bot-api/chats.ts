/** The chats the fake knows and the messages in them, as both the bot's and the users' side see them. */
import type { Chat, Message, User } from 'grammy/types';
import type { FakeState } from './state.js';
import type { ApiParams, FakeUser } from './types.js';
import { badRequest } from './wire-format.js';

// Supergroup and channel ids start at -100…; ordinary groups are small negative numbers.
const SUPERGROUP_ID_LIMIT = -1000000000000;

/** Telegram dates are whole Unix seconds. */
export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

export function registerUser(state: FakeState, user: FakeUser): Chat.PrivateChat {
  const chat: Chat.PrivateChat = { id: user.id, type: 'private', first_name: user.first_name };
  if (user.last_name !== undefined) chat.last_name = user.last_name;
  if (user.username !== undefined) chat.username = user.username;
  state.chats.known.set(user.id, chat);
  return chat;
}

export function toUser(user: FakeUser): User {
  const u: User = { id: user.id, is_bot: false, first_name: user.first_name };
  if (user.last_name !== undefined) u.last_name = user.last_name;
  if (user.username !== undefined) u.username = user.username;
  if (user.language_code !== undefined) u.language_code = user.language_code;
  if (user.is_premium !== undefined) u.is_premium = user.is_premium;
  return u;
}

/** A chat nobody registered is made up from its id, so a bot may write to any id a test seeded. */
export function chatFor(state: FakeState, id: number): Chat {
  const known = state.chats.known.get(id);
  if (known) return known;
  if (id > 0) return { id, type: 'private', first_name: `User ${id}` };
  if (id <= SUPERGROUP_ID_LIMIT) {
    return state.topicsEnabled
      ? { id, type: 'supergroup', title: `Group ${id}`, is_forum: true }
      : { id, type: 'supergroup', title: `Group ${id}` };
  }
  return { id, type: 'group', title: `Group ${id}` };
}

export function resolveChatId(state: FakeState, params: ApiParams, field = 'chat_id'): number {
  const raw = params[field];
  if (raw === undefined || raw === null || raw === '') throw badRequest(`${field} is empty`);
  let id: number | undefined;
  if (typeof raw === 'number' && Number.isInteger(raw)) id = raw;
  else if (typeof raw === 'string' && /^-?\d+$/.test(raw)) id = Number(raw);
  else if (typeof raw === 'string' && raw.startsWith('@')) {
    const name = raw.slice(1).toLowerCase();
    id = [...state.chats.known.values()].find((c) => 'username' in c && c.username?.toLowerCase() === name)?.id;
  }
  if (id === undefined || state.faults.unknown.has(id)) throw badRequest('chat not found');
  return id;
}

export function nextMessageId(state: FakeState, chatId: number): number {
  const { lastMessageId } = state.chats;
  const id = (lastMessageId.get(chatId) ?? 0) + 1;
  lastMessageId.set(chatId, id);
  return id;
}

export function storeMessage(state: FakeState, message: Message): void {
  const { messages } = state.chats;
  let inChat = messages.get(message.chat.id);
  if (!inChat) {
    inChat = new Map();
    messages.set(message.chat.id, inChat);
  }
  inChat.set(message.message_id, message);
}

export function findMessage(state: FakeState, chatId: number, messageId: number): Message | undefined {
  return state.chats.messages.get(chatId)?.get(messageId);
}

export function deleteMessage(state: FakeState, chatId: number, messageId: number): boolean {
  return state.chats.messages.get(chatId)?.delete(messageId) ?? false;
}

/** In insertion order, which is the order messages arrived (an edit keeps its place). */
export function messagesIn(state: FakeState, chatId: number): Message[] {
  return [...(state.chats.messages.get(chatId)?.values() ?? [])];
}

export function chatHistory(state: FakeState, chatId: number): Message[] {
  return messagesIn(state, chatId).sort((a, b) => a.message_id - b.message_id);
}
