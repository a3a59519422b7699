/**
 * A fake Telegram Bot API server for tests. It speaks the same HTTP wire
 * protocol as api.telegram.org, so a real grammY `Bot` can be pointed at it
 * with `new Bot(token, { client: { apiRoot: fake.apiRoot } })`.
 *
 * This file only composes the parts in `./bot-api/` (see its README) around one state object per fake.
 */
import { callsOf, sentTo, waitFor } from './bot-api/call-log.js';
import { chatHistory } from './bot-api/chats.js';
import { startServer, stopServer } from './bot-api/http-server.js';
import { injectDownloadFaults, injectFault } from './bot-api/limits-and-faults.js';
import { pendingUpdates, pushUpdate } from './bot-api/long-polling.js';
import { runWebhookReply } from './bot-api/method-table.js';
import { createFakeState } from './bot-api/state.js';
import { registerFile, storedFile } from './bot-api/stored-files.js';
import type { FakeBotApi, FakeBotApiOptions, FakeBotApiStats, RecordedCall, RecordedDownload, WebhookState } from './bot-api/types.js';
import {
  callbackFromUser,
  deleteTopicAsUser,
  documentFromUser,
  editedTextFromUser,
  messageFromUser,
  photoFromUser,
  textFromUser,
  videoFromUser,
  voiceFromUser,
} from './bot-api/user-updates.js';
import { deliverToWebhook } from './bot-api/webhook.js';

export type {
  ApiParams,
  ApiResponseBody,
  CallbackQueryUpdate,
  CallPredicate,
  DocumentOptions,
  DownloadBehaviour,
  EditedMessageUpdate,
  FakeBotApi,
  FakeBotApiLimits,
  FakeBotApiOptions,
  FakeBotApiStats,
  FakeUser,
  FaultResponse,
  FileKind,
  MessageUpdate,
  PhotoOptions,
  RecordedCall,
  RecordedDownload,
  RecordedResponse,
  RegisterFileOptions,
  SentToOptions,
  StoredFile,
  UpdateInput,
  UploadedFile,
  UserMessage,
  VideoOptions,
  VoiceOptions,
  WebhookState,
} from './bot-api/types.js';

export function createFakeBotApi(options: FakeBotApiOptions = {}): FakeBotApi {
  const state = createFakeState(options);
  return {
    token: state.token,
    me: state.me,
    get apiRoot(): string {
      if (state.http.apiRoot === undefined) throw new Error('FakeBotApi: call start() before reading apiRoot');
      return state.http.apiRoot;
    },
    get calls(): readonly RecordedCall[] {
      return state.log.calls;
    },
    get stats(): Readonly<FakeBotApiStats> {
      return state.log.stats;
    },
    get webhook(): Readonly<WebhookState> | undefined {
      return state.updates.webhook;
    },
    get downloads(): readonly RecordedDownload[] {
      return state.files.downloads;
    },

    start: () => startServer(state),
    stop: () => stopServer(state),

    pushUpdate: (update) => pushUpdate(state, update),
    pendingUpdates: () => pendingUpdates(state),
    messageFromUser: (user, content) => messageFromUser(state, user, content),
    textFromUser: (user, text, extra) => textFromUser(state, user, text, extra),
    photoFromUser: (user, bytes, caption, photoOptions) => photoFromUser(state, user, bytes, caption, photoOptions),
    documentFromUser: (user, bytes, documentOptions) => documentFromUser(state, user, bytes, documentOptions),
    voiceFromUser: (user, bytes, voiceOptions) => voiceFromUser(state, user, bytes, voiceOptions),
    videoFromUser: (user, bytes, videoOptions) => videoFromUser(state, user, bytes, videoOptions),
    callbackFromUser: (user, data, message) => callbackFromUser(state, user, data, message),
    editedTextFromUser: (user, messageId, text) => editedTextFromUser(state, user, messageId, text),
    deleteTopicAsUser: (chatId, threadId) => deleteTopicAsUser(state, chatId, threadId),
    deliverToWebhook: (update) => deliverToWebhook(state, update, (body) => runWebhookReply(state, body)),

    registerFile: (bytes, fileOptions) => registerFile(state, bytes, fileOptions),
    getStoredFile: (fileId) => storedFile(state, fileId),
    registerChat: (chat) => {
      state.chats.known.set(chat.id, chat);
    },
    chatHistory: (chatId) => chatHistory(state, chatId),

    callsOf: (method) => callsOf(state, method),
    sentTo: (chatId, sentOptions) => sentTo(state, chatId, sentOptions),
    waitFor: (predicate, timeoutMs) => waitFor(state, predicate, timeoutMs),
    clearCalls: () => {
      state.log.calls.length = 0;
    },

    failNext: (method, count, response) => injectFault(state, method, count, response),
    failNextDownloads: (count, status = 500) => injectDownloadFaults(state, count, status),
    blockChat: (chatId) => {
      state.faults.blocked.add(chatId);
    },
    unblockChat: (chatId) => {
      state.faults.blocked.delete(chatId);
    },
    unknownChat: (chatId) => {
      state.faults.unknown.add(chatId);
    },
  };
}
