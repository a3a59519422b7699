import { GrammyError, HttpError, InputFile, type Api } from 'grammy';
import type { InlineKeyboardButton, Message } from 'grammy/types';
import type { Translator } from '../../i18n/translator.js';
import type { Logger } from '../../logger.js';
import type { MediaStore } from '../../media/media-store.js';
import { DeliveryError, type ChannelSender, type OutboundDelivery, type SendEffects } from '../../outbox/channel-sender.js';
import type { Choice } from '../../outbox/payload.js';
import { commandMenu } from './command-menus.js';
import { splitText } from '../../outbox/split-text.js';

export interface TelegramSenderDeps {
  api: Api;
  mediaStore: Pick<MediaStore, 'read'>;
  translator: Translator;
  logger: Logger;
  /** Whether the bot can open forum topics in private chats (Bot API 9.3+). */
  topicsEnabled: () => boolean;
}

const permanentDescriptions = /chat not found|bot was blocked|user is deactivated|bot can't initiate|have no rights|PEER_ID_INVALID/i;

/** Maps Telegram's answer to the outbox's notion of retry or stop. */
export function classifyTelegramError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  if (error instanceof GrammyError) {
    if (error.error_code === 429) {
      return new DeliveryError('rate_limited', error.description, (error.parameters.retry_after ?? 1) * 1000);
    }
    if (error.error_code === 403 || permanentDescriptions.test(error.description)) {
      return new DeliveryError('permanent', error.description);
    }
    if (error.error_code >= 500) return new DeliveryError('transient', error.description);
    return new DeliveryError('permanent', `${error.error_code}: ${error.description}`);
  }
  if (error instanceof HttpError) return new DeliveryError('transient', error.message);
  return new DeliveryError('transient', error instanceof Error ? error.message : String(error));
}

/** What Telegram answers a send into a forum topic that no longer exists. */
function isDeletedTopic(error: unknown): boolean {
  return error instanceof GrammyError && error.error_code === 400 && /message thread not found|TOPIC_DELETED|TOPIC_CLOSED/i.test(error.description);
}

/** Telegram's limits, in UTF-16 code units: 4096 for a text, 1024 for a caption. */
const maxTextLength = 4096;
const maxCaptionLength = 1024;

function keyboard(choices: Choice[][] | undefined) {
  if (!choices || choices.length === 0) return {};
  const inline_keyboard: InlineKeyboardButton[][] = choices.map((row) => row.map((c) => ({ text: c.label, callback_data: c.data })));
  return { reply_markup: { inline_keyboard } };
}

/** Carries outbox deliveries to Telegram. */
export function createTelegramSender(deps: TelegramSenderDeps): ChannelSender {
  const { api } = deps;

  /**
   * The forum topic for a delivery about a client in a mentor's chat, opened
   * on first use, and opened again (with a word why) when the mentor deleted it.
   */
  async function topicFor(delivery: OutboundDelivery, effects: SendEffects, reopen = false): Promise<number | undefined> {
    const thread = delivery.thread;
    if (!deps.topicsEnabled() || !thread) return undefined;
    if (thread.externalId !== null && !reopen) return Number(thread.externalId);
    let opened: number;
    try {
      opened = (await api.createForumTopic(Number(delivery.chatId), thread.title.slice(0, 128))).message_thread_id;
    } catch (error) {
      deps.logger.warn({ err: error, deliveryId: delivery.id }, 'could not open a forum topic; sending to the main chat');
      return undefined;
    }
    await effects.threadOpened(String(opened));
    if (reopen) {
      await api.sendMessage(Number(delivery.chatId), deps.translator.t(thread.language, 'topic-recreated', { name: thread.title }), { message_thread_id: opened });
    }
    return opened;
  }

  function mediaFile(delivery: OutboundDelivery, fileName?: string): InputFile {
    if (!delivery.media) throw new DeliveryError('transient', 'the file this delivery carries is not stored');
    return new InputFile(deps.mediaStore.read(delivery.media.sha256), fileName);
  }

  async function send(delivery: OutboundDelivery, effects: SendEffects, reopenTopic = false): Promise<Message | true> {
    const { payload } = delivery;
    // Telegram chat ids are integers; the outbox keeps every channel's chat id as text.
    const chatId = Number(delivery.chatId);
    if (payload.kind === 'menu') {
      await api.setMyCommands(commandMenu(deps.translator, payload.role, payload.language), {
        scope: { type: 'chat', chat_id: chatId },
      });
      return true;
    }
    const topic = await topicFor(delivery, effects, reopenTopic);
    const common = {
      ...(topic !== undefined ? { message_thread_id: topic } : {}),
      ...(delivery.replyToExternalId
        ? { reply_parameters: { message_id: Number(delivery.replyToExternalId), allow_sending_without_reply: true } }
        : {}),
    };
    // A caption too long for Telegram goes out as text after the file.
    const fullCaption = 'caption' in payload ? payload.caption : undefined;
    const captionFits = fullCaption === undefined || fullCaption.length <= maxCaptionLength;
    const caption = captionFits ? fullCaption : undefined;
    const overflow = captionFits ? undefined : fullCaption;
    const sendOverflow = async (first: Message) => {
      for (const piece of overflow ? splitText(overflow, maxTextLength) : []) {
        await api.sendMessage(chatId, piece, topic !== undefined ? { message_thread_id: topic } : {});
      }
      return first;
    };
    switch (payload.kind) {
      case 'text': {
        const pieces = splitText(payload.text, maxTextLength);
        // Buttons go on the last piece, under the text they belong to.
        let message = await api.sendMessage(chatId, pieces[0] ?? '', { ...common, ...(pieces.length === 1 ? keyboard(payload.choices) : {}) });
        const first = message;
        for (const [index, piece] of pieces.slice(1).entries()) {
          const last = index === pieces.length - 2;
          message = await api.sendMessage(chatId, piece, {
            ...(topic !== undefined ? { message_thread_id: topic } : {}),
            ...(last ? keyboard(payload.choices) : {}),
          });
        }
        if (payload.pin) {
          await api.pinChatMessage(chatId, message.message_id, { disable_notification: true }).catch((error: unknown) => {
            deps.logger.debug({ err: error }, 'could not pin the current-client banner');
          });
        }
        return first;
      }
      case 'photo':
        return sendOverflow(await api.sendPhoto(chatId, mediaFile(delivery), { ...common, caption, ...keyboard(payload.choices) }));
      case 'document':
        return sendOverflow(
          await api.sendDocument(chatId, mediaFile(delivery, payload.fileName), { ...common, caption, ...keyboard(payload.choices) }),
        );
      case 'voice':
        return sendOverflow(await api.sendVoice(chatId, mediaFile(delivery), { ...common, caption }));
      case 'video':
        return sendOverflow(await api.sendVideo(chatId, mediaFile(delivery), { ...common, caption }));
      case 'location':
        return api.sendLocation(chatId, payload.latitude, payload.longitude, common);
    }
  }

  return {
    async send(delivery, effects) {
      try {
        let result: Message | true;
        try {
          result = await send(delivery, effects);
        } catch (error) {
          // The mentor deleted the client's topic: open a new one and send there, so nothing about the client is lost.
          if (!isDeletedTopic(error) || delivery.thread?.externalId == null) throw error;
          result = await send(delivery, effects, true);
        }
        return { externalId: result === true ? null : String(result.message_id) };
      } catch (error) {
        throw classifyTelegramError(error);
      }
    },
  };
}
