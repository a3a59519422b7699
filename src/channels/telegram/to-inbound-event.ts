import type { Message, Update } from 'grammy/types';
import { MediaTooLargeError, type InboundEvent, type InboundMedia, type InboundMessageEvent, type InboundSender } from '../../domain/turn/inbound-event.js';

/** The most Telegram lets a bot download (getFile). */
export const botDownloadLimitBytes = 20 * 1024 * 1024;

/** Downloads a Telegram file by its file_id, at most `maxBytes` of it. */
export type FileDownloader = (fileId: string, contentType: string, maxBytes: number) => Promise<{ bytes: Buffer; contentType: string }>;

/**
 * In a private chat the chat is the person: Telegram gives both the same id.
 * An update that says otherwise is forged, and taking it would route
 * someone's messages to another chat.
 */
function isOwnPrivateChat(chat: { id: number; type: string }, from: { id: number }): boolean {
  return chat.type === 'private' && chat.id === from.id;
}

function senderOf(from: { id: number; language_code?: string }, chatId: number): InboundSender {
  return {
    channel: 'telegram',
    externalId: String(from.id),
    chatId: String(chatId),
    ...(from.language_code ? { languageCode: from.language_code } : {}),
  };
}

function threadAndReply(message: Message): { externalThreadId?: string; replyToExternalId?: string } {
  return {
    ...(message.message_thread_id !== undefined ? { externalThreadId: String(message.message_thread_id) } : {}),
    ...(message.reply_to_message && message.reply_to_message.message_id !== message.message_thread_id
      ? { replyToExternalId: String(message.reply_to_message.message_id) }
      : {}),
  };
}

/** A leading bot command, as Telegram marks it: `/start CODE`, `/help@mentorline_bot`. */
function commandOf(message: Message): { command: string; args: string } | undefined {
  const text = message.text;
  const entity = message.entities?.[0];
  if (!text || entity?.type !== 'bot_command' || entity.offset !== 0) return undefined;
  const command = text.slice(1, entity.length).split('@')[0]?.toLowerCase() ?? '';
  return { command, args: text.slice(entity.length).trim() };
}

function content(
  message: Message,
  download: FileDownloader,
): Pick<InboundMessageEvent, 'kind' | 'text' | 'media' | 'location'> | undefined {
  const caption = message.caption ?? null;
  const media = (file: { file_id: string; file_size?: number }, contentType: string, fileName?: string): InboundMedia => ({
    fetch: async (maxBytes) => {
      // Telegram serves bots files up to 20 MB: a larger one is refused before asking for it.
      if ((file.file_size ?? 0) > botDownloadLimitBytes) throw new MediaTooLargeError(`the file has ${file.file_size} bytes`, botDownloadLimitBytes);
      return download(file.file_id, contentType, maxBytes);
    },
    ...(fileName ? { fileName } : {}),
    ...(file.file_size !== undefined ? { sizeBytes: file.file_size } : {}),
  });
  if (message.text !== undefined) return { kind: 'text', text: message.text };
  if (message.photo && message.photo.length > 0) {
    // Telegram lists the sizes smallest first; the last is the original.
    const largest = message.photo[message.photo.length - 1];
    return largest && { kind: 'photo', text: caption, media: media(largest, 'image/jpeg') };
  }
  if (message.document) {
    const d = message.document;
    return { kind: 'document', text: caption, media: media(d, d.mime_type ?? 'application/octet-stream', d.file_name) };
  }
  if (message.voice) return { kind: 'voice', text: caption, media: media(message.voice, message.voice.mime_type ?? 'audio/ogg') };
  if (message.audio) return { kind: 'voice', text: caption, media: media(message.audio, message.audio.mime_type ?? 'audio/mpeg') };
  if (message.video) return { kind: 'video', text: caption, media: media(message.video, message.video.mime_type ?? 'video/mp4') };
  if (message.video_note) return { kind: 'video', text: null, media: media(message.video_note, 'video/mp4') };
  if (message.location) {
    return { kind: 'location', text: null, location: { latitude: message.location.latitude, longitude: message.location.longitude } };
  }
  if (message.sticker) return { kind: 'sticker', text: message.sticker.emoji ?? null };
  return undefined;
}

/**
 * Translates a Telegram update into the domain's inbound event, or null for
 * updates the service does not act on (group chats, channel posts, service
 * messages, updates without a sender, private-chat updates whose chat is not
 * their sender's).
 */
export function toInboundEvent(update: Update, download: FileDownloader): InboundEvent | null {
  const eventId = String(update.update_id);
  if (update.callback_query) {
    const query = update.callback_query;
    const message = query.message;
    if (!message || !isOwnPrivateChat(message.chat, query.from) || query.data === undefined) return null;
    return {
      type: 'choice',
      eventId,
      from: senderOf(query.from, message.chat.id),
      data: query.data,
      replyToExternalId: String(message.message_id),
      ...('message_thread_id' in message && message.message_thread_id !== undefined
        ? { externalThreadId: String(message.message_thread_id) }
        : {}),
    };
  }
  if (update.edited_message) {
    const message = update.edited_message;
    if (!message.from || !isOwnPrivateChat(message.chat, message.from)) return null;
    return {
      type: 'edit',
      eventId,
      from: senderOf(message.from, message.chat.id),
      externalMessageId: `${message.chat.id}:${message.message_id}`,
      text: message.text ?? message.caption ?? null,
    };
  }
  const message = update.message;
  if (!message?.from || message.from.is_bot || !isOwnPrivateChat(message.chat, message.from)) return null;
  const from = senderOf(message.from, message.chat.id);
  const command = commandOf(message);
  if (command) return { type: 'command', eventId, from, ...command, ...threadAndReply(message) };
  const body = content(message, download);
  if (!body) return null;
  return {
    type: 'message',
    eventId,
    from,
    externalMessageId: `${message.chat.id}:${message.message_id}`,
    ...body,
    ...threadAndReply(message),
  };
}
