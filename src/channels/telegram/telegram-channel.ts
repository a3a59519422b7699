import { Bot } from 'grammy';
import type { LanguageCode, Update, UserFromGetMe } from 'grammy/types';
import { databaseAnswers } from '../../db/database-answers.js';
import type { ComponentState } from '../../core/readiness.js';
import type { Logger } from '../../logger.js';
import type { ConversationDeps } from '../../domain/conversation/conversation-deps.js';
import { takeIn } from '../../domain/conversation/take-in.js';
import { MediaTooLargeError, type InboundEvent } from '../../domain/turn/inbound-event.js';
import { downloadCapped } from '../capped-download.js';
import { relayPlainClientTexts } from '../../domain/conversation/plain-text-relay.js';
import type { ChannelSender } from '../../outbox/channel-sender.js';
import { createSendBudget, type SendBudget } from '../../outbox/send-budget.js';
import type { TelegramConfig } from '../../config.js';
import { commandMenu } from './command-menus.js';
import { createTelegramSender } from './telegram-sender.js';
import { botDownloadLimitBytes, toInboundEvent, type FileDownloader } from './to-inbound-event.js';
import { createUpdatePoller, type UpdatePoller } from './update-poller.js';

export interface TelegramChannelDeps {
  config: TelegramConfig;
  conversation: ConversationDeps;
  logger: Logger;
}

export interface TelegramChannel {
  sender: ChannelSender;
  /** Paces sends to Telegram's limits; only the holder of the Telegram send lease uses it. */
  budget: SendBudget;
  /** Connects to Telegram in the background, retrying with backoff until it succeeds or stop() is called. */
  start(): void;
  stop(): Promise<void>;
  state(): ComponentState;
  /** `https://t.me/<bot>?start=<code>` once the bot's username is known. */
  inviteLink(code: string): string | null;
  /** Handles one webhook update; resolves after it is stored and its effects are in the outbox. */
  handleWebhookUpdate(update: Update): Promise<void>;
  readonly webhookSecret: string | undefined;
}

const allowedUpdates = ['message', 'edited_message', 'callback_query', 'my_chat_member'] as const;

export function createTelegramChannel(deps: TelegramChannelDeps): TelegramChannel {
  const { config, conversation, logger } = deps;
  const log = logger.child({ channel: 'telegram' });
  const bot = new Bot(config.token, { client: { apiRoot: config.apiRoot } });
  let me: UserFromGetMe | undefined;
  let state: ComponentState = { ready: false, state: 'starting' };
  let poller: UpdatePoller | undefined;
  let stopped = false;
  let retryTimer: NodeJS.Timeout | undefined;

  const download: FileDownloader = async (fileId, contentType, maxBytes) => {
    const limit = Math.min(maxBytes, botDownloadLimitBytes);
    const file = await bot.api.getFile(fileId);
    if ((file.file_size ?? 0) > limit) throw new MediaTooLargeError(`the file has ${file.file_size} bytes`, limit);
    if (!file.file_path) throw new Error('Telegram gave no file path');
    return { bytes: await downloadCapped(`${config.apiRoot}/file/bot${config.token}/${file.file_path}`, limit), contentType };
  };

  /** The update as the domain's event; an update too strange to read is taken as one the service does not act on. */
  function eventOf(update: Update): InboundEvent | null {
    try {
      return toInboundEvent(update, download);
    } catch (error) {
      log.warn({ err: error, updateId: update.update_id }, 'could not read an update; passing over it');
      return null;
    }
  }

  /** Stores an update and its effects; throws when that could not be done, so it can be retried. */
  async function processUpdate(update: Update): Promise<void> {
    const event = eventOf(update);
    if (event) await takeIn(conversation, event);
    // Always answer a button press, or the user's app shows a spinner until it times out.
    if (update.callback_query) await bot.api.answerCallbackQuery(update.callback_query.id).catch(() => undefined);
  }

  /** Stores a batch's plain client texts together, the bulk of what clients send. */
  async function processInBulk(updates: Update[]): Promise<Set<number>> {
    const events = new Map<InboundEvent, number>();
    for (const update of updates) {
      const event = eventOf(update);
      if (event) events.set(event, update.update_id);
    }
    const stored = await relayPlainClientTexts(conversation, [...events.keys()]);
    return new Set([...stored].map((event) => events.get(event) ?? -1));
  }

  /** The clients' menu is every private chat's default; a mentor's own menu is set at binding. */
  async function setClientMenus(): Promise<void> {
    try {
      await bot.api.setMyCommands(commandMenu(conversation.translator, 'client', 'en'), { scope: { type: 'all_private_chats' } });
      for (const language of conversation.translator.languages.filter((l) => l !== 'en')) {
        await bot.api.setMyCommands(commandMenu(conversation.translator, 'client', language), {
          scope: { type: 'all_private_chats' },
          language_code: language as LanguageCode,
        });
      }
    } catch (error) {
      // Without the menu, commands still work when typed; not a reason to stay offline.
      log.warn({ err: error }, 'could not set the clients’ command menu');
    }
  }

  async function connect(attempt: number): Promise<void> {
    try {
      await bot.init();
      me = bot.botInfo;
      await setClientMenus();
      if (config.mode === 'webhook') {
        await bot.api.setWebhook(config.webhookUrl ?? '', {
          secret_token: config.webhookSecret,
          allowed_updates: [...allowedUpdates],
        });
        state = { ready: true, state: 'webhook' };
      } else {
        await bot.api.deleteWebhook();
        state = { ready: true, state: 'polling' };
        poller = createUpdatePoller({
          api: bot.api,
          allowedUpdates,
          process: processUpdate,
          processInBulk,
          storeReachable: () => databaseAnswers(conversation.db),
          logger: log,
          onState: (next) => (state = next),
        });
        if (!stopped) poller.start();
      }
      log.info({ bot: me.username, mode: config.mode, topics: me.has_topics_enabled === true }, 'Telegram connected');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const delay = Math.min(60_000, 1000 * 2 ** Math.min(attempt, 6));
      state = { ready: false, state: 'failed', reason };
      log.error({ err: error, retryInMs: delay }, 'could not connect to Telegram');
      if (!stopped) retryTimer = setTimeout(() => void connect(attempt + 1), delay);
    }
  }

  return {
    sender: createTelegramSender({
      api: bot.api,
      mediaStore: conversation.mediaStore,
      translator: conversation.translator,
      logger: log,
      topicsEnabled: () => me?.has_topics_enabled === true,
    }),
    budget: createSendBudget(config.limits, (chatId) => chatId.startsWith('-')),
    webhookSecret: config.webhookSecret,
    start() {
      void connect(0);
    },
    async stop() {
      stopped = true;
      clearTimeout(retryTimer);
      await poller?.stop();
    },
    state: () => state,
    inviteLink: (code) => (me ? `https://t.me/${me.username}?start=${code}` : null),
    handleWebhookUpdate: processUpdate,
  };
}
