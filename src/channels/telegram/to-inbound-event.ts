import type { Message, Update } from 'grammy/types';
import type { InboundEvent, InboundMedia, InboundMessageEvent, InboundSender } from '../../domain/turn/inbound-event.js';

/** Downloads a Telegram file by its file_id. */
export type FileDownloader = (fileId: string, contentType: string) => Promise<{ bytes: Buffer; contentType: string }>;

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
  const media = (fileId: string, contentType: string, fileName?: string): InboundMedia => ({
    fetch: () => download(fileId, contentType),
    ...(fileName ? { fileName } : {}),
  });
  if (message.text !== undefined) return { kind: 'text', text: message.text };
  if (message.photo && message.photo.length > 0) {
    // Telegram lists the sizes smallest first; the last is the original.
    const largest = message.photo[message.photo.length - 1];
    return largest && { kind: 'photo', text: caption, media: media(largest.file_id, 'image/jpeg') };
  }
  if (message.document) {
    const d = message.document;
    return { kind: 'document', text: caption, media: media(d.file_id, d.mime_type ?? 'application/octet-stream', d.file_name) };
  }
  if (message.voice) return { kind: 'voice', text: caption, media: media(message.voice.file_id, message.voice.mime_type ?? 'audio/ogg') };
  if (message.audio) return { kind: 'voice', text: caption, media: media(message.audio.file_id, message.audio.mime_type ?? 'audio/mpeg') };
  if (message.video) return { kind: 'video', text: caption, media: media(message.video.file_id, message.video.mime_type ?? 'video/mp4') };
  if (message.video_note) return { kind: 'video', text: null, media: media(message.video_note.file_id, 'video/mp4') };
  if (message.location) {
    return { kind: 'location', text: null, location: { latitude: message.location.latitude, longitude: message.location.longitude } };
  }
  if (message.sticker) return { kind: 'sticker', text: message.sticker.emoji ?? null };
  return undefined;
}

/**
 * Translates a Telegram update into the domain's inbound event, or null for
 * updates the service does not act on (group chats, channel posts, service
 * messages, updates without a sender).
 */
export function toInboundEvent(update: Update, download: FileDownloader): InboundEvent | null {
  const eventId = String(update.update_id);
  if (update.callback_query) {
    const query = update.callback_query;
    const message = query.message;
    if (!message || message.chat.type !== 'private' || query.data === undefined) return null;
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
    if (!message.from || message.chat.type !== 'private') return null;
    return {
      type: 'edit',
      eventId,
      from: senderOf(message.from, message.chat.id),
      externalMessageId: `${message.chat.id}:${message.message_id}`,
      text: message.text ?? message.caption ?? null,
    };
  }
  const message = update.message;
  if (!message?.from || message.from.is_bot || message.chat.type !== 'private') return null;
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
