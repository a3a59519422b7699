/** Methods about the bot and its chats rather than message content: getMe, commands, menus, topics, callbacks. */
import type { BotCommand, ForumTopic, MenuButton } from 'grammy/types';
import { chatFor, nextMessageId, nowSeconds, resolveChatId, storeMessage } from './chats.js';
import type { MethodGroup } from './method-context.js';
import { isRecord, num, str } from './params.js';
import type { ApiParams } from './types.js';
import { badRequest } from './wire-format.js';

const DEFAULT_TOPIC_COLOR = 7322096;

const CHAT_ACTIONS: ReadonlySet<string> = new Set([
  'typing', 'upload_photo', 'record_video', 'upload_video', 'record_voice', 'upload_voice', 'upload_document',
  'choose_sticker', 'find_location', 'record_video_note', 'upload_video_note',
]);

/** Telegram keeps one command list per scope and language; an absent scope is the default scope. */
function commandsKey(params: ApiParams): string {
  const scope = isRecord(params['scope']) ? params['scope'] : { type: 'default' };
  return `${JSON.stringify(scope)}|${str(params, 'language_code') ?? ''}`;
}

export const botMethods: MethodGroup = {
  getMe: ({ state }) => ({ result: state.me }),
  answerCallbackQuery: ({ state, params }) => {
    const id = str(params, 'callback_query_id');
    const record = id === undefined ? undefined : state.chats.callbacks.get(id);
    if (!record || record.answered) {
      throw badRequest('query is too old and response timeout expired or query ID is invalid');
    }
    record.answered = true;
    return { result: true };
  },
  setMyCommands: ({ state, params }) => {
    const list = params['commands'];
    if (!Array.isArray(list)) throw badRequest('parameter "commands" is required');
    for (const c of list) {
      if (!isRecord(c) || typeof c['command'] !== 'string' || !/^[a-z0-9_]{1,32}$/.test(c['command'])) {
        throw badRequest('BOT_COMMAND_INVALID');
      }
      if (typeof c['description'] !== 'string' || c['description'].length < 1 || c['description'].length > 256) {
        throw badRequest('BOT_COMMAND_DESCRIPTION_INVALID');
      }
    }
    const commands = (list as BotCommand[]).map((c) => ({ command: c.command, description: c.description }));
    state.chats.commands.set(commandsKey(params), commands);
    return { result: true };
  },
  getMyCommands: ({ state, params }) => ({ result: state.chats.commands.get(commandsKey(params)) ?? [] }),
  deleteMyCommands: ({ state, params }) => {
    state.chats.commands.delete(commandsKey(params));
    return { result: true };
  },
  setChatMenuButton: ({ state, params }) => {
    const chatId = num(params, 'chat_id');
    const button = isRecord(params['menu_button'])
      ? (params['menu_button'] as unknown as MenuButton)
      : { type: 'default' as const };
    state.chats.menuButtons.set(chatId ?? 'default', button);
    return { result: true };
  },
  getChatMenuButton: ({ state, params }) => {
    const { menuButtons } = state.chats;
    const chatId = num(params, 'chat_id');
    return { result: menuButtons.get(chatId ?? 'default') ?? menuButtons.get('default') ?? { type: 'commands' } };
  },
  createForumTopic: ({ state, params }) => {
    const chatId = resolveChatId(state, params);
    const name = str(params, 'name');
    if (name === undefined || name === '') throw badRequest('TOPIC_TITLE_EMPTY');
    const chat = chatFor(state, chatId);
    const isForum = chat.type === 'private' ? state.topicsEnabled : chat.type === 'supergroup' && chat.is_forum === true;
    if (!isForum) throw badRequest('the chat is not a forum');
    const topic: ForumTopic = {
      message_thread_id: nextMessageId(state, chatId),
      name,
      icon_color: num(params, 'icon_color') ?? DEFAULT_TOPIC_COLOR,
    };
    const emoji = str(params, 'icon_custom_emoji_id');
    if (emoji !== undefined) topic.icon_custom_emoji_id = emoji;
    let inChat = state.chats.topics.get(chatId);
    if (!inChat) {
      inChat = new Map();
      state.chats.topics.set(chatId, inChat);
    }
    inChat.set(topic.message_thread_id, topic);
    // A topic starts with a service message whose id is the topic's thread id.
    storeMessage(state, {
      message_id: topic.message_thread_id,
      message_thread_id: topic.message_thread_id,
      from: state.botUser,
      chat,
      date: nowSeconds(),
      forum_topic_created: { name, icon_color: topic.icon_color },
    });
    return { result: topic };
  },
  sendChatAction: ({ state, params }) => {
    resolveChatId(state, params);
    const action = str(params, 'action');
    if (action === undefined || !CHAT_ACTIONS.has(action)) throw badRequest('wrong parameter action in request');
    return { result: true };
  },
};
