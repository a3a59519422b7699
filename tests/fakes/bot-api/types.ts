/** The fake's public types; `../fake-bot-api.ts` re-exports each of them by name. */
import type {
  CallbackQuery,
  Chat,
  Message,
  ResponseParameters,
  Update,
  UserFromGetMe,
} from 'grammy/types';

export interface FakeUser {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
  is_premium?: true;
}

export interface FakeBotApiLimits {
  /** Accepted send calls over all chats per second (Telegram: about 30). */
  perSecond?: number;
  /** Sustained send rate per chat (Telegram: about 1 per second). */
  perChatPerSecond?: number;
  /** Send calls per group chat (negative chat id) per minute (Telegram: 20). */
  perGroupPerMinute?: number;
  /** Sends a single chat may burst before the per-chat rate applies. */
  burst?: number;
}

export interface FakeBotApiOptions {
  /** The one token this fake serves; default '123456:TEST-TOKEN'. */
  token?: string;
  /** Overrides for the getMe answer. */
  me?: Partial<UserFromGetMe>;
  /** Whether the bot has topics enabled in private chats (getMe.has_topics_enabled). */
  topics?: boolean;
  /** Flood limits; `false` (the default) disables them. */
  limits?: FakeBotApiLimits | false;
  /** update_id given to the first pushed update without one; default 1. */
  firstUpdateId?: number;
}

export type ApiParams = Record<string, unknown>;

export interface UploadedFile {
  filename: string;
  mimeType: string;
  bytes: Buffer;
}

export type ApiResponseBody =
  | { ok: true; result: unknown; description?: string }
  | { ok: false; error_code: number; description: string; parameters?: ResponseParameters };

/**
 * What the fake answered. `'reset'`: the fake destroyed the socket (failNext); `'aborted'`: the client
 * closed the connection before an answer (e.g. grammY's bot.stop() cancelling a long poll).
 */
export type RecordedResponse = { status: number; body: ApiResponseBody } | 'reset' | 'aborted';

export interface RecordedCall {
  /** Position in `fake.calls`. */
  index: number;
  /** Canonical method name (e.g. 'sendMessage' even if requested as 'SENDMESSAGE'). */
  method: string;
  /** Parameters as Telegram would read them: form fields are coerced to numbers/booleans/JSON. */
  params: ApiParams;
  /** Uploaded files keyed by the parameter that references them ('photo', 'media[0].media', ...). */
  files: Record<string, UploadedFile>;
  /** Date.now() when the request was received. */
  at: number;
  /** Undefined while the request is still held (long polling). */
  response?: RecordedResponse;
}

export type FaultResponse = { status: number; body?: object } | 'reset';

export interface FakeBotApiStats {
  requests: number;
  unauthorized: number;
  tooManyRequests: number;
  maxSendsInAnySecond: number;
}

export type FileKind = 'photo' | 'document' | 'voice' | 'video' | 'audio' | 'animation' | 'video_note' | 'sticker';

export interface StoredFile {
  file_id: string;
  file_unique_id: string;
  file_path: string;
  file_size: number;
  bytes: Buffer;
  kind: FileKind;
  file_name?: string;
  mime_type?: string;
  width?: number;
  height?: number;
  duration?: number;
  /** How the download is served; absent for the whole file with its Content-Length. */
  download?: 'endless';
}

/**
 * How a file's download is served: `'whole'` (the default) the bytes with their Content-Length;
 * `'endless'` the bytes over and over without a Content-Length until the client hangs up, as a
 * broken or hostile server might, so a test can tell a capped download from one read to its end.
 */
export type DownloadBehaviour = 'whole' | 'endless';

export interface RegisterFileOptions {
  kind?: FileKind;
  fileName?: string;
  mimeType?: string;
  width?: number;
  height?: number;
  duration?: number;
  /** The file_size Telegram reports in updates and getFile, when a test wants it to differ from the bytes. */
  declaredSize?: number;
  download?: DownloadBehaviour;
}

/** One request for `/file/bot<token>/<path>`, as the fake answered it. */
export interface RecordedDownload {
  filePath: string;
  /** Undefined when no file has that path. */
  fileId: string | undefined;
  status: number;
}

export interface WebhookState {
  url: string;
  secretToken?: string;
  maxConnections?: number;
  allowedUpdates?: string[];
  ipAddress?: string;
}

export type UserMessage = Message & Update.NonChannel;
export type UpdateInput = Omit<Update, 'update_id'> & { update_id?: number };
export type MessageUpdate = Update & { message: UserMessage };
export type EditedMessageUpdate = Update & { edited_message: UserMessage & Update.Edited };
export type CallbackQueryUpdate = Update & { callback_query: CallbackQuery };

export interface PhotoOptions {
  width?: number;
  height?: number;
}
export interface DocumentOptions {
  fileName?: string;
  mimeType?: string;
  caption?: string;
  /** The file_size the update and getFile report, when a test wants it to differ from the bytes. */
  declaredSize?: number;
  download?: DownloadBehaviour;
}
export interface VideoOptions {
  duration?: number;
  width?: number;
  height?: number;
  mimeType?: string;
  caption?: string;
}
export interface VoiceOptions {
  duration?: number;
  mimeType?: string;
  caption?: string;
}
export interface SentToOptions {
  /** Also list send calls that were answered with an error (429, 403, ...). */
  includeFailed?: boolean;
}

export type CallPredicate = (call: RecordedCall) => boolean;

export interface FakeBotApi {
  readonly token: string;
  /** `http://127.0.0.1:PORT`; throws before start(). */
  readonly apiRoot: string;
  readonly me: UserFromGetMe;
  readonly calls: readonly RecordedCall[];
  readonly stats: Readonly<FakeBotApiStats>;
  readonly webhook: Readonly<WebhookState> | undefined;
  /** Every file download requested, in order. */
  readonly downloads: readonly RecordedDownload[];

  start(): Promise<void>;
  stop(): Promise<void>;

  pushUpdate(update: UpdateInput): Update;
  /** Updates not yet confirmed by a getUpdates offset. */
  pendingUpdates(): Update[];
  messageFromUser(user: FakeUser, content: Partial<Message>): MessageUpdate;
  textFromUser(user: FakeUser, text: string, extra?: Partial<Message>): MessageUpdate;
  photoFromUser(user: FakeUser, bytes: Uint8Array, caption?: string, options?: PhotoOptions): MessageUpdate;
  documentFromUser(user: FakeUser, bytes: Uint8Array, options?: DocumentOptions): MessageUpdate;
  voiceFromUser(user: FakeUser, bytes: Uint8Array, options?: VoiceOptions): MessageUpdate;
  videoFromUser(user: FakeUser, bytes: Uint8Array, options?: VideoOptions): MessageUpdate;
  callbackFromUser(user: FakeUser, data: string, message?: Message | number): CallbackQueryUpdate;
  editedTextFromUser(user: FakeUser, messageId: number, text: string): EditedMessageUpdate;
  /**
   * The user deletes a forum topic of their chat with the bot, and every message in it, as Telegram's
   * apps let them; later sends into the topic fail with 400 "message thread not found".
   */
  deleteTopicAsUser(chatId: number, threadId: number): void;
  deliverToWebhook(update: UpdateInput): Promise<number>;

  registerFile(bytes: Uint8Array, options?: RegisterFileOptions): StoredFile;
  getStoredFile(fileId: string): StoredFile | undefined;
  registerChat(chat: Chat): void;
  /** Messages currently in a chat (user's and bot's), after edits and deletions. */
  chatHistory(chatId: number): Message[];

  callsOf(method: string): RecordedCall[];
  /** Successful send* / copyMessage / forwardMessage calls to that chat, in order (sendChatAction excluded). */
  sentTo(chatId: number | string, options?: SentToOptions): RecordedCall[];
  waitFor(predicate: CallPredicate | string, timeoutMs?: number): Promise<RecordedCall>;
  clearCalls(): void;

  failNext(method: string, count: number, response: FaultResponse): void;
  /** The next `count` file downloads, whichever file they ask for, are answered with `status` (default 500). */
  failNextDownloads(count: number, status?: number): void;
  blockChat(chatId: number): void;
  unblockChat(chatId: number): void;
  unknownChat(chatId: number): void;
}
