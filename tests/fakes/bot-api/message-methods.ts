/** sendMessage, sendLocation, copying, forwarding, editing and deleting messages. */
import type { Message, MessageId } from 'grammy/types';
import { botMessage, captionContent, inlineMarkup, textContent, validateMarkup } from './bot-messages.js';
import { deleteMessage, findMessage, nowSeconds, resolveChatId, storeMessage } from './chats.js';
import type { MethodGroup } from './method-context.js';
import { num, str } from './params.js';
import type { FakeState } from './state.js';
import type { ApiParams } from './types.js';
import { badRequest } from './wire-format.js';

// What a copy or forward carries over; ids, dates, authors and keyboards are the new message's own.
const COPIED_FIELDS = [
  'text', 'entities', 'photo', 'document', 'voice', 'video', 'audio', 'animation', 'video_note', 'sticker',
  'location', 'contact', 'caption', 'caption_entities', 'venue', 'poll', 'dice',
] as const;

/** An inline message (sent via inline mode) has no chat here, so its edits succeed with `true`. */
function requireMessage(state: FakeState, params: ApiParams, notFound: string): Message | { inline: string } {
  const inlineId = str(params, 'inline_message_id');
  if (inlineId !== undefined && params['chat_id'] === undefined) return { inline: inlineId };
  const chatId = resolveChatId(state, params);
  const messageId = num(params, 'message_id');
  if (messageId === undefined) throw badRequest('message identifier is not specified');
  const message = findMessage(state, chatId, messageId);
  if (!message) throw badRequest(notFound);
  return message;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function applyEdit(state: FakeState, message: Message, params: ApiParams, content: Partial<Message>): Message {
  if (message.from?.id !== state.botUser.id) throw badRequest("message can't be edited");
  validateMarkup(params['reply_markup']);
  const markup = inlineMarkup(params['reply_markup']);
  const contentSame = Object.entries(content).every(([k, v]) => sameJson(message[k as keyof Message], v));
  if (contentSame && sameJson(message.reply_markup, markup)) {
    throw badRequest(
      'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
    );
  }
  const edited: Message = { ...message, ...content, edit_date: nowSeconds() };
  if (markup) edited.reply_markup = markup;
  else delete edited.reply_markup;
  storeMessage(state, edited);
  return edited;
}

function copyContent(source: Message): Partial<Message> {
  const content: Partial<Message> = {};
  for (const k of COPIED_FIELDS) if (source[k] !== undefined) Object.assign(content, { [k]: source[k] });
  return content;
}

function sourceMessage(state: FakeState, params: ApiParams, notFound: string): Message {
  const fromChatId = resolveChatId(state, params, 'from_chat_id');
  const source = findMessage(state, fromChatId, num(params, 'message_id') ?? -1);
  if (!source) throw badRequest(notFound);
  return source;
}

export const messageMethods: MethodGroup = {
  sendMessage: ({ state, params }) => {
    const chatId = resolveChatId(state, params);
    return { result: botMessage(state, chatId, params, textContent(params)) };
  },
  sendLocation: ({ state, params }) => {
    const chatId = resolveChatId(state, params);
    const latitude = num(params, 'latitude');
    const longitude = num(params, 'longitude');
    if (latitude === undefined || longitude === undefined) throw badRequest('wrong latitude or longitude specified');
    return { result: botMessage(state, chatId, params, { location: { latitude, longitude } }) };
  },
  copyMessage: ({ state, params }) => {
    const chatId = resolveChatId(state, params);
    const content = copyContent(sourceMessage(state, params, 'message to copy not found'));
    if (params['caption'] !== undefined) {
      delete content.caption;
      delete content.caption_entities;
      Object.assign(content, captionContent(params));
    }
    const copy = botMessage(state, chatId, params, content);
    const result: MessageId = { message_id: copy.message_id };
    return { result };
  },
  forwardMessage: ({ state, params }) => {
    const chatId = resolveChatId(state, params);
    const source = sourceMessage(state, params, 'message to forward not found');
    const origin: Message['forward_origin'] =
      source.chat.type === 'private' || !source.sender_chat
        ? { type: 'user', sender_user: source.from ?? state.botUser, date: source.date }
        : { type: 'chat', sender_chat: source.sender_chat, date: source.date };
    // forwardMessage has no reply_markup parameter; a forward never carries a keyboard.
    const forwardParams = { ...params };
    delete forwardParams['reply_markup'];
    return { result: botMessage(state, chatId, forwardParams, { ...copyContent(source), forward_origin: origin }) };
  },
  editMessageText: ({ state, params }) => {
    const target = requireMessage(state, params, 'message to edit not found');
    const content = textContent(params);
    if ('inline' in target) return { result: true };
    if (target.text === undefined) throw badRequest('there is no text in the message to edit');
    return { result: applyEdit(state, target, params, { entities: undefined, ...content }) };
  },
  editMessageCaption: ({ state, params }) => {
    const target = requireMessage(state, params, 'message to edit not found');
    if ('inline' in target) return { result: true };
    if (target.text !== undefined) throw badRequest('there is no caption in the message to edit');
    const content = captionContent(params);
    return {
      result: applyEdit(state, target, params, { caption: undefined, caption_entities: undefined, ...content }),
    };
  },
  editMessageReplyMarkup: ({ state, params }) => {
    const target = requireMessage(state, params, 'message to edit not found');
    if ('inline' in target) return { result: true };
    return { result: applyEdit(state, target, params, {}) };
  },
  deleteMessage: ({ state, params }) => {
    const chatId = resolveChatId(state, params);
    const messageId = num(params, 'message_id');
    if (messageId === undefined || !deleteMessage(state, chatId, messageId)) {
      throw badRequest('message to delete not found');
    }
    return { result: true };
  },
};
