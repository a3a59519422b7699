/** Building the Message Telegram answers for a bot's send: thread, reply, formatted text and keyboard. */
import type { InlineKeyboardMarkup, Message, MessageEntity } from 'grammy/types';
import { chatFor, findMessage, nextMessageId, nowSeconds, storeMessage } from './chats.js';
import { bool, isRecord, num, str } from './params.js';
import type { FakeState } from './state.js';
import { detectEntities, parseHtml } from './text-entities.js';
import type { ApiParams } from './types.js';
import { badRequest } from './wire-format.js';

const MAX_TEXT = 4096;
const MAX_CAPTION = 1024;
const MAX_CALLBACK_DATA_BYTES = 64;

/** Telegram drops an empty inline keyboard and ignores reply keyboards in the returned Message. */
export function inlineMarkup(v: unknown): InlineKeyboardMarkup | undefined {
  if (isRecord(v) && Array.isArray(v['inline_keyboard']) && v['inline_keyboard'].length > 0) {
    return v as unknown as InlineKeyboardMarkup;
  }
  return undefined;
}

export function validateMarkup(v: unknown): void {
  const markup = inlineMarkup(v);
  if (!markup) return;
  for (const row of markup.inline_keyboard) {
    for (const button of row) {
      const data = 'callback_data' in button ? button.callback_data : undefined;
      if (data !== undefined && (data.length === 0 || Buffer.byteLength(data) > MAX_CALLBACK_DATA_BYTES)) {
        throw badRequest('BUTTON_DATA_INVALID');
      }
    }
  }
}

function threadFor(state: FakeState, chatId: number, params: ApiParams): number | undefined {
  const thread = num(params, 'message_thread_id');
  if (thread === undefined) return undefined;
  if (!state.chats.topics.get(chatId)?.has(thread)) throw badRequest('message thread not found');
  return thread;
}

/** Telegram nests a replied-to message one level deep only. */
function replyTarget(
  state: FakeState,
  chatId: number,
  params: ApiParams,
): (Message & { reply_to_message: undefined }) | undefined {
  const rp = params['reply_parameters'];
  const legacy = num(params, 'reply_to_message_id');
  const messageId = isRecord(rp) && typeof rp['message_id'] === 'number' ? rp['message_id'] : legacy;
  if (messageId === undefined) return undefined;
  const targetChat = isRecord(rp) && typeof rp['chat_id'] === 'number' ? rp['chat_id'] : chatId;
  const target = findMessage(state, targetChat, messageId);
  const allowMissing =
    (isRecord(rp) && rp['allow_sending_without_reply'] === true) || bool(params, 'allow_sending_without_reply');
  if (!target && !allowMissing) throw badRequest('message to be replied not found');
  if (!target) return undefined;
  return { ...target, reply_to_message: undefined };
}

function formattedText(
  params: ApiParams,
  textField: 'text' | 'caption',
  entitiesField: 'entities' | 'caption_entities',
): { text: string; entities: MessageEntity[] } | undefined {
  const raw = str(params, textField);
  if (raw === undefined) return undefined;
  const parseMode = str(params, 'parse_mode');
  let text = raw;
  let entities: MessageEntity[] = Array.isArray(params[entitiesField]) ? (params[entitiesField] as MessageEntity[]) : [];
  if (parseMode !== undefined && parseMode.toLowerCase() === 'html') ({ text, entities } = parseHtml(raw));
  return { text, entities: detectEntities(text, entities) };
}

export function textContent(params: ApiParams): Partial<Message> {
  const formatted = formattedText(params, 'text', 'entities');
  if (formatted === undefined || formatted.text.trim() === '') throw badRequest('message text is empty');
  if (formatted.text.length > MAX_TEXT) throw badRequest('message is too long');
  return formatted.entities.length ? { text: formatted.text, entities: formatted.entities } : { text: formatted.text };
}

export function captionContent(params: ApiParams): Partial<Message> {
  const formatted = formattedText(params, 'caption', 'caption_entities');
  if (formatted === undefined || formatted.text === '') return {};
  if (formatted.text.length > MAX_CAPTION) throw badRequest('message caption is too long');
  return formatted.entities.length
    ? { caption: formatted.text, caption_entities: formatted.entities }
    : { caption: formatted.text };
}

/** Stores and returns the message a bot's send creates, after the checks Telegram makes on every send. */
export function botMessage(state: FakeState, chatId: number, params: ApiParams, content: Partial<Message>): Message {
  const thread = threadFor(state, chatId, params);
  const replyTo = replyTarget(state, chatId, params);
  validateMarkup(params['reply_markup']);
  const markup = inlineMarkup(params['reply_markup']);
  const message: Message = {
    message_id: nextMessageId(state, chatId),
    from: state.botUser,
    chat: chatFor(state, chatId),
    date: nowSeconds(),
    ...(thread !== undefined ? { message_thread_id: thread, is_topic_message: true } : {}),
    ...(replyTo ? { reply_to_message: replyTo } : {}),
    ...content,
    ...(markup ? { reply_markup: markup } : {}),
  };
  if (bool(params, 'has_spoiler')) message.has_media_spoiler = true;
  if (bool(params, 'protect_content')) message.has_protected_content = true;
  storeMessage(state, message);
  return message;
}
