/**
 * What users do, as updates: a test "sends" a text, photo, document, voice note, video, button press or
 * edit, and the fake stores the message, holds any file for getFile, and queues the update. Deleting a
 * forum topic is a user's doing too, though Telegram sends the bot no update for it.
 */
import type { CallbackQuery, Document, Message, Update, Video, Voice } from 'grammy/types';
import { deleteMessage, findMessage, messagesIn, nextMessageId, nowSeconds, registerUser, storeMessage, toUser } from './chats.js';
import { pushUpdate } from './long-polling.js';
import type { FakeState } from './state.js';
import { photoSizes, registerFile } from './stored-files.js';
import { detectEntities } from './text-entities.js';
import type {
  CallbackQueryUpdate,
  DocumentOptions,
  EditedMessageUpdate,
  FakeUser,
  MessageUpdate,
  PhotoOptions,
  UserMessage,
  VideoOptions,
  VoiceOptions,
} from './types.js';

// Roughly a voice note's bitrate, so a test's byte count gives a plausible duration.
const VOICE_BYTES_PER_SECOND = 4000;
const DEFAULT_VIDEO = { width: 640, height: 480, duration: 1 };

function withEntities(text: string): Partial<Message> {
  const entities = detectEntities(text);
  return entities.length ? { text, entities } : { text };
}

function withCaption(caption: string | undefined): Partial<Message> {
  if (caption === undefined) return {};
  const entities = detectEntities(caption);
  return entities.length ? { caption, caption_entities: entities } : { caption };
}

export function messageFromUser(state: FakeState, user: FakeUser, content: Partial<Message>): MessageUpdate {
  const chat = registerUser(state, user);
  const message = {
    message_id: nextMessageId(state, chat.id),
    from: toUser(user),
    chat,
    date: nowSeconds(),
    ...content,
  } as UserMessage;
  storeMessage(state, message);
  return pushUpdate(state, { message }) as MessageUpdate;
}

export function textFromUser(state: FakeState, user: FakeUser, text: string, extra: Partial<Message> = {}): MessageUpdate {
  return messageFromUser(state, user, { ...withEntities(text), ...extra });
}

export function photoFromUser(
  state: FakeState,
  user: FakeUser,
  bytes: Uint8Array,
  caption?: string,
  options?: PhotoOptions,
): MessageUpdate {
  registerUser(state, user);
  return messageFromUser(state, user, { photo: photoSizes(state, Buffer.from(bytes), options), ...withCaption(caption) });
}

export function documentFromUser(
  state: FakeState,
  user: FakeUser,
  bytes: Uint8Array,
  options: DocumentOptions = {},
): MessageUpdate {
  const fileName = options.fileName ?? 'document.pdf';
  registerUser(state, user);
  const f = registerFile(state, bytes, {
    kind: 'document',
    fileName,
    ...(options.mimeType ? { mimeType: options.mimeType } : {}),
    ...(options.declaredSize !== undefined ? { declaredSize: options.declaredSize } : {}),
    ...(options.download ? { download: options.download } : {}),
  });
  const document: Document = {
    file_id: f.file_id,
    file_unique_id: f.file_unique_id,
    file_name: fileName,
    mime_type: f.mime_type ?? 'application/octet-stream',
    file_size: f.file_size,
  };
  return messageFromUser(state, user, { document, ...withCaption(options.caption) });
}

export function voiceFromUser(state: FakeState, user: FakeUser, bytes: Uint8Array, options: VoiceOptions = {}): MessageUpdate {
  const duration = options.duration ?? Math.max(1, Math.round(bytes.length / VOICE_BYTES_PER_SECOND));
  registerUser(state, user);
  const f = registerFile(state, bytes, { kind: 'voice', duration, mimeType: options.mimeType ?? 'audio/ogg' });
  const voice: Voice = {
    file_id: f.file_id,
    file_unique_id: f.file_unique_id,
    duration,
    mime_type: f.mime_type ?? 'audio/ogg',
    file_size: f.file_size,
  };
  return messageFromUser(state, user, { voice, ...withCaption(options.caption) });
}

export function videoFromUser(state: FakeState, user: FakeUser, bytes: Uint8Array, options: VideoOptions = {}): MessageUpdate {
  const { width, height, duration } = { ...DEFAULT_VIDEO, ...options };
  registerUser(state, user);
  const f = registerFile(state, bytes, { kind: 'video', width, height, duration, mimeType: options.mimeType ?? 'video/mp4' });
  const video: Video = {
    file_id: f.file_id,
    file_unique_id: f.file_unique_id,
    width,
    height,
    duration,
    mime_type: f.mime_type ?? 'video/mp4',
    file_size: f.file_size,
  };
  return messageFromUser(state, user, { video, ...withCaption(options.caption) });
}

export function deleteTopicAsUser(state: FakeState, chatId: number, threadId: number): void {
  if (!state.chats.topics.get(chatId)?.delete(threadId)) {
    throw new Error(`deleteTopicAsUser: chat ${chatId} has no topic ${threadId}`);
  }
  for (const message of messagesIn(state, chatId)) {
    if (message.message_thread_id === threadId) deleteMessage(state, chatId, message.message_id);
  }
}

/**
 * A button press. Without `messageRef` it attaches to the newest bot message in the chat that has
 * this button, else to the newest bot message, as a user can only press what they were shown.
 */
export function callbackFromUser(
  state: FakeState,
  user: FakeUser,
  data: string,
  messageRef?: Message | number,
): CallbackQueryUpdate {
  const chat = registerUser(state, user);
  let message: Message | undefined;
  if (typeof messageRef === 'number') message = findMessage(state, chat.id, messageRef);
  else if (messageRef !== undefined) message = findMessage(state, messageRef.chat.id, messageRef.message_id) ?? messageRef;
  else {
    const newestFirst = messagesIn(state, chat.id).reverse();
    message =
      newestFirst.find((m) =>
        m.reply_markup?.inline_keyboard.some((row) => row.some((b) => 'callback_data' in b && b.callback_data === data)),
      ) ?? newestFirst.find((m) => m.from?.id === state.botUser.id);
  }
  if (!message) {
    throw new Error(`callbackFromUser: no bot message in chat ${chat.id} to attach the callback query to`);
  }
  const counter = ++state.chats.callbackCounter;
  // Telegram's callback query ids are large decimal numbers; these stay unique per bot.
  const id = String(BigInt(state.botId) * 1_000_000_000n + BigInt(counter));
  state.chats.callbacks.set(id, { answered: false });
  const callback_query: CallbackQuery = {
    id,
    from: toUser(user),
    message,
    chat_instance: String(BigInt(message.chat.id) * 7919n + 4_611_686_018_427n),
    data,
  };
  return pushUpdate(state, { callback_query }) as CallbackQueryUpdate;
}

export function editedTextFromUser(state: FakeState, user: FakeUser, messageId: number, text: string): EditedMessageUpdate {
  const chat = registerUser(state, user);
  const original = findMessage(state, chat.id, messageId);
  const entities = detectEntities(text);
  const edited = {
    ...original,
    message_id: messageId,
    from: toUser(user),
    chat,
    date: original?.date ?? nowSeconds(),
    edit_date: nowSeconds(),
    text,
    entities,
  } as UserMessage & Update.Edited;
  if (!entities.length) delete edited.entities;
  storeMessage(state, edited);
  return pushUpdate(state, { edited_message: edited }) as EditedMessageUpdate;
}
