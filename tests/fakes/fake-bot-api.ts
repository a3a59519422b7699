/**
 * A fake Telegram Bot API server for tests. It speaks the same HTTP wire
 * protocol as api.telegram.org, so a real grammY `Bot` can be pointed at it
 * with `new Bot(token, { client: { apiRoot: fake.apiRoot } })`.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import busboy from 'busboy';
import type {
  Animation,
  Audio,
  BotCommand,
  CallbackQuery,
  Chat,
  Document,
  File as TelegramFile,
  ForumTopic,
  InlineKeyboardMarkup,
  MenuButton,
  Message,
  MessageEntity,
  MessageId,
  PhotoSize,
  ResponseParameters,
  Sticker,
  Update,
  User,
  UserFromGetMe,
  Video,
  VideoNote,
  Voice,
  WebhookInfo,
} from 'grammy/types';

// ---------------------------------------------------------------------------
// Public types

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
}

export interface RegisterFileOptions {
  kind?: FileKind;
  fileName?: string;
  mimeType?: string;
  width?: number;
  height?: number;
  duration?: number;
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
  callbackFromUser(user: FakeUser, data: string, message?: Message | number): CallbackQueryUpdate;
  editedTextFromUser(user: FakeUser, messageId: number, text: string): EditedMessageUpdate;
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
  blockChat(chatId: number): void;
  unblockChat(chatId: number): void;
  unknownChat(chatId: number): void;
}

// ---------------------------------------------------------------------------
// Constants (immutable)

const DEFAULT_TOKEN = '123456:TEST-TOKEN';
const MAX_TEXT = 4096;
const MAX_CAPTION = 1024;
const MAX_CALLBACK_DATA_BYTES = 64;
const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;
const MAX_BODY_BYTES = 60 * 1024 * 1024;
const DEFAULT_TOPIC_COLOR = 7322096;

// Field kinds taken from bot-api-spec.json: form-encoded bodies carry every value as a string,
// and Telegram reads them back according to the field's declared type.
const JSON_FIELDS: ReadonlySet<string> = new Set([
  'accepted_gift_types', 'added_user_ids', 'allowed_updates', 'areas', 'button', 'caption_entities', 'checklist',
  'commands', 'content', 'correct_option_ids', 'country_codes', 'custom_emoji_ids', 'description_entities',
  'emoji_list', 'entities', 'errors', 'explanation_entities', 'explanation_media', 'keywords', 'link_preview_options',
  'mask_position', 'media', 'menu_button', 'message_ids', 'options', 'permissions', 'prices', 'question_entities',
  'reaction', 'reply_markup', 'reply_parameters', 'results', 'rich_message', 'rights', 'scope', 'shipping_options',
  'stickers', 'suggested_post_parameters', 'suggested_tip_amounts', 'text_entities',
]);
const NUMBER_FIELDS: ReadonlySet<string> = new Set([
  'active_period', 'actor_chat_id', 'cache_time', 'close_date', 'direct_messages_topic_id', 'draft_id', 'duration',
  'expire_date', 'from_story_id', 'heading', 'height', 'horizontal_accuracy', 'icon_color', 'latitude', 'length',
  'limit', 'live_period', 'longitude', 'max_connections', 'member_limit', 'message_id', 'message_thread_id',
  'offset', 'open_period', 'position', 'proximity_alert_radius', 'score', 'send_date', 'sender_chat_id',
  'star_count', 'start_timestamp', 'story_id', 'timeout', 'until_date', 'user_id', 'video_start_timestamp', 'width',
]);
const CHAT_ID_FIELDS: ReadonlySet<string> = new Set(['chat_id', 'from_chat_id']);
const BOOLEAN_FIELDS: ReadonlySet<string> = new Set([
  'allow_paid_broadcast', 'allow_sending_without_reply', 'disable_content_type_detection', 'disable_notification',
  'disable_web_page_preview', 'drop_pending_updates', 'has_spoiler', 'is_anonymous', 'is_personal',
  'protect_content', 'remove_caption', 'revoke_messages', 'show_alert', 'show_caption_above_media',
  'supports_streaming',
]);
const FILE_FIELDS: ReadonlySet<string> = new Set([
  'photo', 'document', 'voice', 'video', 'audio', 'animation', 'video_note', 'sticker', 'thumbnail', 'cover',
  'certificate',
]);

const CHAT_ACTIONS: ReadonlySet<string> = new Set([
  'typing', 'upload_photo', 'record_video', 'upload_video', 'record_voice', 'upload_voice', 'upload_document',
  'choose_sticker', 'find_location', 'record_video_note', 'upload_video_note',
]);

const FILE_DIRS: Readonly<Record<FileKind, { dir: string; ext: string; mime?: string }>> = {
  photo: { dir: 'photos', ext: 'jpg', mime: 'image/jpeg' },
  document: { dir: 'documents', ext: 'dat' },
  voice: { dir: 'voice', ext: 'oga', mime: 'audio/ogg' },
  video: { dir: 'videos', ext: 'mp4', mime: 'video/mp4' },
  audio: { dir: 'music', ext: 'mp3', mime: 'audio/mpeg' },
  animation: { dir: 'animations', ext: 'mp4', mime: 'video/mp4' },
  video_note: { dir: 'video_notes', ext: 'mp4', mime: 'video/mp4' },
  sticker: { dir: 'stickers', ext: 'webp', mime: 'image/webp' },
};

const MIME_BY_EXT: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp',
  pdf: 'application/pdf', txt: 'text/plain', csv: 'text/csv', json: 'application/json', zip: 'application/zip',
  doc: 'application/msword', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ogg: 'audio/ogg', oga: 'audio/ogg',
  opus: 'audio/ogg', mp3: 'audio/mpeg', m4a: 'audio/mp4', mp4: 'video/mp4', mov: 'video/quicktime',
};

type HtmlEntityType =
  | 'bold' | 'italic' | 'underline' | 'strikethrough' | 'spoiler' | 'text_link' | 'code' | 'pre' | 'blockquote'
  | 'custom_emoji';

const HTML_TAGS: Readonly<Record<string, HtmlEntityType>> = {
  b: 'bold', strong: 'bold', i: 'italic', em: 'italic', u: 'underline', ins: 'underline', s: 'strikethrough',
  strike: 'strikethrough', del: 'strikethrough', 'tg-spoiler': 'spoiler', span: 'spoiler', a: 'text_link',
  code: 'code', pre: 'pre', blockquote: 'blockquote', 'tg-emoji': 'custom_emoji',
};

const TERMINATED_BY_OTHER_POLL: ApiResponseBody = {
  ok: false,
  error_code: 409,
  description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
};

const DEFAULT_FAULT_DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict',
  429: 'Too Many Requests: retry after 1', 500: 'Internal Server Error', 502: 'Bad Gateway',
};

// ---------------------------------------------------------------------------
// Pure helpers

class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: ResponseParameters,
  ) {
    super(description);
  }
}

const badRequest = (what: string): ApiError => new ApiError(400, `Bad Request: ${what}`);

function isSendMethod(method: string): boolean {
  return (
    (method.startsWith('send') && method !== 'sendChatAction') ||
    method === 'copyMessage' ||
    method === 'copyMessages' ||
    method === 'forwardMessage' ||
    method === 'forwardMessages'
  );
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function coerceFormValue(name: string, value: string): unknown {
  if (JSON_FIELDS.has(name) || (FILE_FIELDS.has(name) && /^[[{]/.test(value))) {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      throw badRequest(`can't parse ${name} JSON object`);
    }
  }
  if ((NUMBER_FIELDS.has(name) || CHAT_ID_FIELDS.has(name)) && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (BOOLEAN_FIELDS.has(name) && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

function num(params: ApiParams, name: string): number | undefined {
  const v = params[name];
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  if (v === undefined || v === null || v === '') return undefined;
  throw badRequest(`invalid ${name} specified`);
}

function str(params: ApiParams, name: string): string | undefined {
  const v = params[name];
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

function bool(params: ApiParams, name: string): boolean {
  const v = params[name];
  return v === true || v === 'true' || v === 1 || v === '1';
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

function byteOffset(s: string, index: number): number {
  return Buffer.byteLength(s.slice(0, index), 'utf8');
}

/** Telegram strips HTML tags and turns them into entities; malformed markup is a 400. */
function parseHtml(input: string): { text: string; entities: MessageEntity[] } {
  let out = '';
  const entities: MessageEntity[] = [];
  const stack: Array<{ tag: string; offset: number; attrs: Record<string, string> }> = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i];
    if (ch === '<') {
      const close = input.indexOf('>', i);
      if (close < 0) throw badRequest(`can't parse entities: Unexpected end of name token at byte offset ${byteOffset(input, i)}`);
      const inner = input.slice(i + 1, close);
      if (inner.startsWith('/')) {
        const name = inner.slice(1).trim().toLowerCase();
        const top = stack.pop();
        if (!top) throw badRequest(`can't parse entities: Unexpected end tag at byte offset ${byteOffset(input, i)}`);
        if (top.tag !== name) {
          throw badRequest(
            `can't parse entities: Unmatched end tag at byte offset ${byteOffset(input, i)}, expected "</${top.tag}>", found "</${name}>"`,
          );
        }
        const length = out.length - top.offset;
        const parent = stack.at(-1);
        const language = /^language-(.+)$/.exec(top.attrs['class'] ?? '')?.[1];
        if (top.tag === 'code' && parent?.tag === 'pre') {
          if (language !== undefined) parent.attrs['language'] = language;
        } else if (length > 0) {
          entities.push(htmlEntity(top.tag, top.offset, length, top.attrs));
        }
      } else {
        const m = /^([a-zA-Z][a-zA-Z0-9-]*)((?:\s[^]*)?)$/.exec(inner.replace(/\/$/, ''));
        const name = (m?.[1] ?? inner).toLowerCase();
        const attrs: Record<string, string> = {};
        for (const a of (m?.[2] ?? '').matchAll(/([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))/g)) {
          attrs[(a[1] ?? '').toLowerCase()] = decodeHtmlEntities(a[2] ?? a[3] ?? a[4] ?? '');
        }
        if (!m || !(name in HTML_TAGS) || (name === 'span' && attrs['class'] !== 'tg-spoiler')) {
          throw badRequest(`can't parse entities: Unsupported start tag "${name}" at byte offset ${byteOffset(input, i)}`);
        }
        stack.push({ tag: name, offset: out.length, attrs });
      }
      i = close + 1;
      continue;
    }
    if (ch === '&') {
      const m = /^&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);/.exec(input.slice(i, i + 12));
      if (m) {
        out += decodeHtmlEntities(m[0]);
        i += m[0].length;
        continue;
      }
    }
    out += ch;
    i++;
  }
  const open = stack.at(-1);
  if (open) throw badRequest(`can't parse entities: Can't find end tag corresponding to start tag "${open.tag}"`);
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { text: out, entities };
}

function htmlEntity(tag: string, offset: number, length: number, attrs: Record<string, string>): MessageEntity {
  const type = HTML_TAGS[tag] ?? 'bold';
  if (type === 'text_link') return { type, offset, length, url: attrs['href'] ?? '' };
  if (type === 'pre') return attrs['language'] ? { type, offset, length, language: attrs['language'] } : { type, offset, length };
  if (type === 'custom_emoji') return { type, offset, length, custom_emoji_id: attrs['emoji-id'] ?? '' };
  if (type === 'blockquote' && 'expandable' in attrs) return { type: 'expandable_blockquote', offset, length };
  return { type, offset, length };
}

function decodeHtmlEntities(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);/g, (_m, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    const code = e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** The server detects commands, links and mentions in every message, whoever sent it. */
function detectEntities(text: string, existing: readonly MessageEntity[] = []): MessageEntity[] {
  const found: MessageEntity[] = [];
  const patterns: Array<[RegExp, 'bot_command' | 'url' | 'mention']> = [
    [/(?<=^|\s)\/[a-zA-Z0-9_]{1,32}(?:@[a-zA-Z0-9_]{3,32})?(?=$|\s|[.,!?])/g, 'bot_command'],
    [/\bhttps?:\/\/[^\s<>"]+[^\s<>".,!?)]/g, 'url'],
    [/(?<=^|\s)@[a-zA-Z0-9_]{5,32}\b/g, 'mention'],
  ];
  for (const [re, type] of patterns) {
    for (const m of text.matchAll(re)) {
      const offset = m.index;
      const length = m[0].length;
      const overlaps = [...existing, ...found].some((e) => offset < e.offset + e.length && e.offset < offset + length);
      if (!overlaps) found.push({ type, offset, length });
    }
  }
  return [...existing, ...found].sort((a, b) => a.offset - b.offset || b.length - a.length);
}

function imageSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (bytes.length >= 24 && bytes.readUInt32BE(0) === 0x89504e47) {
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let p = 2;
    while (p + 9 < bytes.length && bytes[p] === 0xff) {
      const marker = bytes[p + 1] ?? 0;
      const len = bytes.readUInt16BE(p + 2);
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { width: bytes.readUInt16BE(p + 7), height: bytes.readUInt16BE(p + 5) };
      }
      p += 2 + len;
    }
  }
  return undefined;
}

function extOf(fileName: string | undefined): string | undefined {
  const m = /\.([a-zA-Z0-9]{1,8})$/.exec(fileName ?? '');
  return m?.[1]?.toLowerCase();
}

function inlineMarkup(v: unknown): InlineKeyboardMarkup | undefined {
  if (isRecord(v) && Array.isArray(v['inline_keyboard']) && v['inline_keyboard'].length > 0) {
    return v as unknown as InlineKeyboardMarkup;
  }
  return undefined;
}

function validateMarkup(v: unknown): void {
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

function errorBody(e: ApiError): ApiResponseBody {
  return e.parameters
    ? { ok: false, error_code: e.code, description: e.description, parameters: e.parameters }
    : { ok: false, error_code: e.code, description: e.description };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    size += b.length;
    if (size > MAX_BODY_BYTES) throw new ApiError(413, 'Request Entity Too Large');
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/**
 * grammY writes `filename=<raw name>` without quotes. busboy silently drops the whole file part when
 * such a bare name is not an RFC token (spaces, umlauts, '/', ';', ...), so quote it first.
 */
function quoteBareFilenames(body: Buffer, boundary: string): Buffer {
  const delimiter = `--${boundary}`;
  const segments = body.toString('latin1').split(delimiter);
  let changed = false;
  const fixed = segments.map((segment, index) => {
    if (index === 0 || segment.startsWith('--')) return segment;
    const headerEnd = segment.indexOf('\r\n\r\n');
    if (headerEnd < 0) return segment;
    const head = segment.slice(0, headerEnd);
    const newHead = head.replace(
      /^(content-disposition[ \t]*:.*?;[ \t]*filename=)(?!")([^\r\n]*)$/gim,
      (whole: string, prefix: string, name: string) =>
        /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name) ? whole : `${prefix}"${name.replace(/[\\"]/g, '\\$&')}"`,
    );
    if (newHead === head) return segment;
    changed = true;
    return newHead + segment.slice(headerEnd);
  });
  return changed ? Buffer.from(fixed.join(delimiter), 'latin1') : body;
}

interface ParsedBody {
  params: ApiParams;
  files: Record<string, UploadedFile>;
}

function parseMultipart(body: Buffer, contentType: string): Promise<ParsedBody> {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const b = boundary?.[1] ?? boundary?.[2];
  if (b === undefined) return Promise.reject(badRequest('multipart boundary is missing'));
  return new Promise<ParsedBody>((resolve, reject) => {
    const fields: Array<[string, string]> = [];
    const parts = new Map<string, UploadedFile>();
    const pending: Array<Promise<void>> = [];
    const bb = busboy({
      headers: { 'content-type': contentType },
      defParamCharset: 'utf8',
      preservePath: true,
      limits: { fieldSize: MAX_BODY_BYTES },
    });
    bb.on('field', (name, value) => fields.push([name, value]));
    bb.on('file', (name, stream, info) => {
      const chunks: Buffer[] = [];
      pending.push(
        new Promise<void>((done, fail) => {
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', fail);
          stream.on('end', () => {
            parts.set(name, { filename: info.filename ?? name, mimeType: info.mimeType, bytes: Buffer.concat(chunks) });
            done();
          });
        }),
      );
    });
    bb.on('error', (e: unknown) => reject(badRequest(`can't parse multipart body: ${String(e)}`)));
    bb.on('close', () => {
      Promise.all(pending)
        .then(() => {
          const params: ApiParams = {};
          for (const [name, value] of fields) params[name] = coerceFormValue(name, value);
          resolve({ params, files: resolveAttachments(params, parts) });
        })
        .catch(reject);
    });
    bb.end(quoteBareFilenames(body, b));
  });
}

function resolveAttachments(params: ApiParams, parts: Map<string, UploadedFile>): Record<string, UploadedFile> {
  const files: Record<string, UploadedFile> = {};
  const used = new Set<string>();
  const visit = (value: unknown, path: string): void => {
    if (typeof value === 'string' && value.startsWith('attach://')) {
      const id = value.slice('attach://'.length);
      const part = parts.get(id);
      if (part) {
        files[path] = part;
        used.add(id);
      }
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${path}[${i}]`));
    } else if (isRecord(value)) {
      for (const [k, v] of Object.entries(value)) visit(v, `${path}.${k}`);
    }
  };
  for (const [k, v] of Object.entries(params)) visit(v, k);
  for (const [name, part] of parts) if (!used.has(name) && files[name] === undefined) files[name] = part;
  return files;
}

async function parseRequest(req: IncomingMessage, url: URL): Promise<ParsedBody> {
  const params: ApiParams = {};
  for (const [k, v] of url.searchParams) params[k] = coerceFormValue(k, v);
  const body = await readBody(req);
  const contentType = req.headers['content-type'] ?? '';
  if (body.length === 0) return { params, files: {} };
  if (/^multipart\/form-data/i.test(contentType)) {
    const parsed = await parseMultipart(body, contentType);
    return { params: { ...params, ...parsed.params }, files: parsed.files };
  }
  if (/^application\/x-www-form-urlencoded/i.test(contentType)) {
    for (const [k, v] of new URLSearchParams(body.toString('utf8'))) params[k] = coerceFormValue(k, v);
    return { params, files: {} };
  }
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    throw badRequest("can't parse JSON request body");
  }
  if (!isRecord(json)) throw badRequest('request body must be a JSON object');
  return { params: { ...params, ...json }, files: {} };
}

function sendJson(res: ServerResponse, status: number, body: ApiResponseBody): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}

function describeCall(call: RecordedCall): string {
  const params = JSON.stringify(call.params);
  const response = call.response === undefined ? 'pending' : typeof call.response === 'string' ? call.response : call.response.status;
  const files = Object.keys(call.files);
  return `#${call.index} ${call.method} ${params.length > 160 ? `${params.slice(0, 160)}…` : params}${
    files.length ? ` files=[${files.join(',')}]` : ''
  } → ${response}`;
}

// ---------------------------------------------------------------------------
// The fake

interface Poller {
  res: ServerResponse;
  call: RecordedCall;
  limit: number;
  timer: NodeJS.Timeout;
  done: boolean;
}

interface CallbackRecord {
  answered: boolean;
}

interface MethodContext {
  params: ApiParams;
  files: Record<string, UploadedFile>;
  call: RecordedCall;
}

interface MethodResult {
  result: unknown;
  description?: string;
}

type Handler = (ctx: MethodContext) => MethodResult;

export function createFakeBotApi(options: FakeBotApiOptions = {}): FakeBotApi {
  const token = options.token ?? DEFAULT_TOKEN;
  const botId = Number(/^(\d+):/.exec(token)?.[1] ?? 7000000001);
  const topicsEnabled = options.topics ?? false;
  const me: UserFromGetMe = {
    id: botId,
    is_bot: true,
    first_name: 'Mentorline Test Bot',
    username: 'mentorline_test_bot',
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: topicsEnabled,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
    ...options.me,
  };
  const botUser: User = { id: me.id, is_bot: true, first_name: me.first_name, username: me.username };
  const limits =
    options.limits === undefined || options.limits === false
      ? undefined
      : {
          perSecond: options.limits.perSecond ?? 30,
          perChatPerSecond: options.limits.perChatPerSecond ?? 1,
          perGroupPerMinute: options.limits.perGroupPerMinute ?? 20,
          burst: options.limits.burst ?? 3,
        };

  let server: Server | undefined;
  let apiRoot: string | undefined;
  const sockets = new Set<Socket>();

  const calls: RecordedCall[] = [];
  const listeners = new Set<(call: RecordedCall) => void>();
  const stats: FakeBotApiStats = { requests: 0, unauthorized: 0, tooManyRequests: 0, maxSendsInAnySecond: 0 };
  const faults: Array<{ method: string; remaining: number; response: FaultResponse }> = [];
  const blocked = new Set<number>();
  const unknown = new Set<number>();

  let nextUpdateId = options.firstUpdateId ?? 1;
  let queue: Update[] = [];
  let poller: Poller | undefined;
  let wakeScheduled = false;
  let webhook: WebhookState | undefined;

  const chats = new Map<number, Chat>();
  const messages = new Map<number, Map<number, Message>>();
  const lastMessageId = new Map<number, number>();
  const topics = new Map<number, Map<number, ForumTopic>>();
  const files = new Map<string, StoredFile>();
  const filesByPath = new Map<string, StoredFile>();
  const photoGroups = new Map<string, PhotoSize[]>();
  let fileCounter = 0;
  const callbacks = new Map<string, CallbackRecord>();
  let callbackCounter = 0;
  const commands = new Map<string, BotCommand[]>();
  const menuButtons = new Map<number | 'default', MenuButton>();

  const acceptedSends: number[] = [];
  const chatBuckets = new Map<number, { tokens: number; updated: number }>();
  const groupWindows = new Map<number, number[]>();

  // --- bookkeeping -------------------------------------------------------

  function notify(call: RecordedCall): void {
    for (const l of [...listeners]) l(call);
  }

  function respond(res: ServerResponse, call: RecordedCall | undefined, status: number, body: ApiResponseBody): void {
    if (call) {
      call.response = { status, body };
      notify(call);
    }
    if (!res.writableEnded && !res.destroyed) sendJson(res, status, body);
  }

  function respondError(res: ServerResponse, call: RecordedCall | undefined, e: ApiError): void {
    if (e.code === 429) stats.tooManyRequests++;
    respond(res, call, e.code, errorBody(e));
  }

  // --- chats and messages -------------------------------------------------

  function registerUser(user: FakeUser): Chat.PrivateChat {
    const chat: Chat.PrivateChat = { id: user.id, type: 'private', first_name: user.first_name };
    if (user.last_name !== undefined) chat.last_name = user.last_name;
    if (user.username !== undefined) chat.username = user.username;
    chats.set(user.id, chat);
    return chat;
  }

  function toUser(user: FakeUser): User {
    const u: User = { id: user.id, is_bot: false, first_name: user.first_name };
    if (user.last_name !== undefined) u.last_name = user.last_name;
    if (user.username !== undefined) u.username = user.username;
    if (user.language_code !== undefined) u.language_code = user.language_code;
    if (user.is_premium !== undefined) u.is_premium = user.is_premium;
    return u;
  }

  function chatFor(id: number): Chat {
    const known = chats.get(id);
    if (known) return known;
    if (id > 0) return { id, type: 'private', first_name: `User ${id}` };
    if (id <= -1000000000000) {
      return topicsEnabled
        ? { id, type: 'supergroup', title: `Group ${id}`, is_forum: true }
        : { id, type: 'supergroup', title: `Group ${id}` };
    }
    return { id, type: 'group', title: `Group ${id}` };
  }

  function resolveChatId(params: ApiParams, field = 'chat_id'): number {
    const raw = params[field];
    if (raw === undefined || raw === null || raw === '') throw badRequest(`${field} is empty`);
    let id: number | undefined;
    if (typeof raw === 'number' && Number.isInteger(raw)) id = raw;
    else if (typeof raw === 'string' && /^-?\d+$/.test(raw)) id = Number(raw);
    else if (typeof raw === 'string' && raw.startsWith('@')) {
      const name = raw.slice(1).toLowerCase();
      id = [...chats.values()].find((c) => 'username' in c && c.username?.toLowerCase() === name)?.id;
    }
    if (id === undefined || unknown.has(id)) throw badRequest('chat not found');
    return id;
  }

  function nextMessageId(chatId: number): number {
    const id = (lastMessageId.get(chatId) ?? 0) + 1;
    lastMessageId.set(chatId, id);
    return id;
  }

  function storeMessage(message: Message): void {
    let inChat = messages.get(message.chat.id);
    if (!inChat) {
      inChat = new Map();
      messages.set(message.chat.id, inChat);
    }
    inChat.set(message.message_id, message);
  }

  function findMessage(chatId: number, messageId: number): Message | undefined {
    return messages.get(chatId)?.get(messageId);
  }

  function threadFor(chatId: number, params: ApiParams): number | undefined {
    const thread = num(params, 'message_thread_id');
    if (thread === undefined) return undefined;
    if (!topics.get(chatId)?.has(thread)) throw badRequest('message thread not found');
    return thread;
  }

  function replyTarget(chatId: number, params: ApiParams): (Message & { reply_to_message: undefined }) | undefined {
    const rp = params['reply_parameters'];
    const legacy = num(params, 'reply_to_message_id');
    const messageId = isRecord(rp) && typeof rp['message_id'] === 'number' ? rp['message_id'] : legacy;
    if (messageId === undefined) return undefined;
    const targetChat = isRecord(rp) && typeof rp['chat_id'] === 'number' ? rp['chat_id'] : chatId;
    const target = findMessage(targetChat, messageId);
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

  function botMessage(chatId: number, params: ApiParams, content: Partial<Message>): Message {
    const thread = threadFor(chatId, params);
    const replyTo = replyTarget(chatId, params);
    validateMarkup(params['reply_markup']);
    const markup = inlineMarkup(params['reply_markup']);
    const message: Message = {
      message_id: nextMessageId(chatId),
      from: botUser,
      chat: chatFor(chatId),
      date: nowSeconds(),
      ...(thread !== undefined ? { message_thread_id: thread, is_topic_message: true } : {}),
      ...(replyTo ? { reply_to_message: replyTo } : {}),
      ...content,
      ...(markup ? { reply_markup: markup } : {}),
    };
    if (bool(params, 'has_spoiler')) message.has_media_spoiler = true;
    if (bool(params, 'protect_content')) message.has_protected_content = true;
    storeMessage(message);
    return message;
  }

  function textContent(params: ApiParams): Partial<Message> {
    const formatted = formattedText(params, 'text', 'entities');
    if (formatted === undefined || formatted.text.trim() === '') throw badRequest('message text is empty');
    if (formatted.text.length > MAX_TEXT) throw badRequest('message is too long');
    return formatted.entities.length ? { text: formatted.text, entities: formatted.entities } : { text: formatted.text };
  }

  function captionContent(params: ApiParams): Partial<Message> {
    const formatted = formattedText(params, 'caption', 'caption_entities');
    if (formatted === undefined || formatted.text === '') return {};
    if (formatted.text.length > MAX_CAPTION) throw badRequest('message caption is too long');
    return formatted.entities.length
      ? { caption: formatted.text, caption_entities: formatted.entities }
      : { caption: formatted.text };
  }

  // --- files ---------------------------------------------------------------

  function registerFile(bytesIn: Uint8Array, opts: RegisterFileOptions = {}): StoredFile {
    const bytes = Buffer.from(bytesIn);
    const kind = opts.kind ?? 'document';
    fileCounter++;
    const dir = FILE_DIRS[kind];
    const ext = kind === 'document' ? (extOf(opts.fileName) ?? dir.ext) : dir.ext;
    const prefix = kind === 'photo' ? 'AgACAgIAAxkBAAI' : kind === 'voice' ? 'AwACAgIAAxkBAAI' : 'BQACAgIAAxkBAAI';
    const serial = Buffer.from(`${botId}:${fileCounter}`).toString('base64url');
    const stored: StoredFile = {
      file_id: `${prefix}${serial}${'A'.repeat(8)}`,
      file_unique_id: `AQAD${Buffer.from(String(fileCounter)).toString('base64url')}`,
      file_path: `${dir.dir}/file_${fileCounter}.${ext}`,
      file_size: bytes.length,
      bytes,
      kind,
    };
    const mime = opts.mimeType ?? (kind === 'document' ? MIME_BY_EXT[ext] : dir.mime) ?? 'application/octet-stream';
    if (kind !== 'photo') stored.mime_type = mime;
    if (opts.fileName !== undefined) stored.file_name = opts.fileName;
    if (opts.width !== undefined) stored.width = opts.width;
    if (opts.height !== undefined) stored.height = opts.height;
    if (opts.duration !== undefined) stored.duration = opts.duration;
    files.set(stored.file_id, stored);
    filesByPath.set(stored.file_path, stored);
    return stored;
  }

  function photoSizes(bytes: Buffer, opts: PhotoOptions = {}): PhotoSize[] {
    const detected = imageSize(bytes);
    const width = opts.width ?? detected?.width ?? 1280;
    const height = opts.height ?? detected?.height ?? 960;
    const sizes: PhotoSize[] = [];
    // Telegram also returns downscaled copies; the fake cannot resize, so the thumbnail serves the original bytes.
    if (Math.max(width, height) > 320) {
      const scale = 320 / Math.max(width, height);
      const thumb = registerFile(bytes, {
        kind: 'photo',
        width: Math.round(width * scale),
        height: Math.round(height * scale),
      });
      sizes.push(photoSizeOf(thumb));
    }
    sizes.push(photoSizeOf(registerFile(bytes, { kind: 'photo', width, height })));
    for (const size of sizes) photoGroups.set(size.file_id, sizes);
    return sizes;
  }

  function photoSizeOf(f: StoredFile): PhotoSize {
    return {
      file_id: f.file_id,
      file_unique_id: f.file_unique_id,
      width: f.width ?? 0,
      height: f.height ?? 0,
      file_size: f.file_size,
    };
  }

  function inputFile(ctx: MethodContext, field: FileKind, opts: RegisterFileOptions): StoredFile {
    const upload = ctx.files[field];
    if (upload) {
      return registerFile(upload.bytes, {
        ...opts,
        kind: field,
        fileName: upload.filename,
        mimeType: opts.mimeType ?? (field === 'document' ? MIME_BY_EXT[extOf(upload.filename) ?? ''] : undefined),
      });
    }
    const ref = str(ctx.params, field);
    if (ref === undefined || ref === '') throw badRequest(`there is no ${field} in the request`);
    if (ref.startsWith('attach://')) throw badRequest(`can't find attached file "${ref}"`);
    if (/^https?:\/\//i.test(ref)) {
      // The real server downloads the URL; the fake only records a placeholder file.
      return registerFile(Buffer.alloc(0), { ...opts, kind: field, fileName: ref.split('/').pop() ?? field });
    }
    const known = files.get(ref);
    if (!known) throw badRequest('wrong file identifier/HTTP URL specified');
    return known;
  }

  function mediaContent(kind: FileKind, f: StoredFile, ctx: MethodContext): Partial<Message> {
    const base = { file_id: f.file_id, file_unique_id: f.file_unique_id, file_size: f.file_size };
    const duration = num(ctx.params, 'duration') ?? f.duration ?? 1;
    const width = num(ctx.params, 'width') ?? f.width ?? 640;
    const height = num(ctx.params, 'height') ?? f.height ?? 480;
    const named = <T extends object>(o: T): T =>
      f.file_name !== undefined ? { ...o, file_name: f.file_name } : o;
    const mime = f.mime_type ?? 'application/octet-stream';
    switch (kind) {
      case 'photo':
        return { photo: photoGroups.get(f.file_id) ?? [photoSizeOf(f)] };
      case 'document': {
        const document: Document = named({ ...base, mime_type: mime });
        return { document };
      }
      case 'voice': {
        const voice: Voice = { ...base, duration, mime_type: mime };
        return { voice };
      }
      case 'video': {
        const video: Video = named({ ...base, width, height, duration, mime_type: mime });
        return { video };
      }
      case 'audio': {
        const audio: Audio = named({ ...base, duration, mime_type: mime });
        return { audio };
      }
      case 'animation': {
        const animation: Animation = named({ ...base, width, height, duration, mime_type: mime });
        const document: Document = named({ ...base, mime_type: mime });
        return { animation, document };
      }
      case 'video_note': {
        const videoNote: VideoNote = { ...base, length: num(ctx.params, 'length') ?? 240, duration };
        return { video_note: videoNote };
      }
      case 'sticker': {
        const sticker: Sticker = {
          ...base,
          type: 'regular',
          width: 512,
          height: 512,
          is_animated: false,
          is_video: false,
          ...(str(ctx.params, 'emoji') !== undefined ? { emoji: str(ctx.params, 'emoji') } : {}),
        };
        return { sticker };
      }
    }
  }

  function sendMedia(kind: FileKind): Handler {
    return (ctx) => {
      const chatId = resolveChatId(ctx.params);
      const caption = kind === 'sticker' || kind === 'video_note' ? {} : captionContent(ctx.params);
      const upload = ctx.files[kind];
      const content =
        kind === 'photo' && upload ? { photo: photoSizes(upload.bytes) } : mediaContent(kind, inputFile(ctx, kind, {}), ctx);
      return { result: botMessage(chatId, ctx.params, { ...content, ...caption }) };
    };
  }

  // --- rate limits ----------------------------------------------------------

  function checkLimits(chatId: number, now: number): void {
    if (!limits) return;
    let retryAfter = 0;
    while (acceptedSends.length && (acceptedSends[0] ?? 0) <= now - 1000) acceptedSends.shift();
    if (acceptedSends.length >= limits.perSecond) {
      retryAfter = Math.max(retryAfter, Math.ceil(((acceptedSends[0] ?? now) + 1000 - now) / 1000));
    }
    const bucket = chatBuckets.get(chatId);
    if (bucket) {
      const tokens = Math.min(limits.burst, bucket.tokens + ((now - bucket.updated) / 1000) * limits.perChatPerSecond);
      if (tokens < 1) retryAfter = Math.max(retryAfter, Math.ceil((1 - tokens) / limits.perChatPerSecond));
    }
    if (chatId < 0) {
      const window = (groupWindows.get(chatId) ?? []).filter((t) => t > now - 60_000);
      groupWindows.set(chatId, window);
      if (window.length >= limits.perGroupPerMinute) {
        retryAfter = Math.max(retryAfter, Math.ceil(((window[0] ?? now) + 60_000 - now) / 1000));
      }
    }
    if (retryAfter > 0) {
      retryAfter = Math.max(1, retryAfter);
      throw new ApiError(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });
    }
  }

  function commitSend(chatId: number, now: number): void {
    while (acceptedSends.length && (acceptedSends[0] ?? 0) <= now - 1000) acceptedSends.shift();
    acceptedSends.push(now);
    stats.maxSendsInAnySecond = Math.max(stats.maxSendsInAnySecond, acceptedSends.length);
    if (!limits) return;
    const bucket = chatBuckets.get(chatId);
    const tokens = bucket
      ? Math.min(limits.burst, bucket.tokens + ((now - bucket.updated) / 1000) * limits.perChatPerSecond)
      : limits.burst;
    chatBuckets.set(chatId, { tokens: tokens - 1, updated: now });
    if (chatId < 0) groupWindows.set(chatId, [...(groupWindows.get(chatId) ?? []), now]);
  }

  // --- updates and long polling ---------------------------------------------

  function pushUpdate(input: UpdateInput): Update {
    const update_id = input.update_id ?? nextUpdateId;
    nextUpdateId = Math.max(nextUpdateId, update_id + 1);
    const update: Update = { ...input, update_id };
    queue.push(update);
    queue.sort((a, b) => a.update_id - b.update_id);
    scheduleWake();
    return update;
  }

  function scheduleWake(): void {
    if (wakeScheduled || !poller) return;
    wakeScheduled = true;
    // Several pushUpdate calls in one synchronous block reach the poller as one batch. A microtask
    // rather than setImmediate keeps this working under vi.useFakeTimers().
    queueMicrotask(() => {
      wakeScheduled = false;
      const p = poller;
      if (p && queue.length) finishPoller(p, 200, { ok: true, result: queue.slice(0, p.limit) });
    });
  }

  function finishPoller(p: Poller, status: number, body: ApiResponseBody): void {
    if (p.done) return;
    p.done = true;
    clearTimeout(p.timer);
    if (poller === p) poller = undefined;
    respond(p.res, p.call, status, body);
  }

  function confirm(offset: number | undefined): void {
    if (offset === undefined || offset === 0) return;
    if (offset > 0) queue = queue.filter((u) => u.update_id >= offset);
    else queue = queue.slice(offset);
  }

  async function handleGetUpdates(res: ServerResponse, call: RecordedCall): Promise<void> {
    const { params } = call;
    if (webhook) {
      throw new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    }
    const offset = num(params, 'offset');
    const limit = Math.min(100, Math.max(1, num(params, 'limit') ?? 100));
    const timeout = Math.max(0, num(params, 'timeout') ?? 0);
    const previous = poller;
    if (previous && !previous.done) {
      // grammY's bot.stop() aborts its poll and at once sends a final getUpdates, often on another
      // socket; give the abort a moment to arrive so only a poll that is really alive gets the 409.
      await new Promise<void>((resolve) => {
        const grace = setTimeout(resolve, 50);
        previous.res.once('close', () => {
          clearTimeout(grace);
          resolve();
        });
      });
      finishPoller(previous, 409, TERMINATED_BY_OTHER_POLL);
    }
    if (poller) finishPoller(poller, 409, TERMINATED_BY_OTHER_POLL);
    confirm(offset);
    if (queue.length || timeout === 0) {
      respond(res, call, 200, { ok: true, result: queue.slice(0, limit) });
      return;
    }
    const p: Poller = {
      res,
      call,
      limit,
      done: false,
      timer: setTimeout(() => finishPoller(p, 200, { ok: true, result: [] }), timeout * 1000),
    };
    p.timer.unref();
    poller = p;
    res.on('close', () => {
      if (p.done) return;
      p.done = true;
      clearTimeout(p.timer);
      if (poller === p) poller = undefined;
      call.response = 'aborted';
      notify(call);
    });
  }

  // --- webhook ----------------------------------------------------------------

  function deliverToWebhook(input: UpdateInput): Promise<number> {
    const hook = webhook;
    if (!hook) return Promise.reject(new Error('deliverToWebhook: no webhook is set (call setWebhook first)'));
    const update_id = input.update_id ?? nextUpdateId;
    nextUpdateId = Math.max(nextUpdateId, update_id + 1);
    const payload = JSON.stringify({ ...input, update_id });
    const target = new URL(hook.url);
    const headers: Record<string, string | number> = {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(payload),
      connection: 'close',
    };
    if (hook.secretToken !== undefined) headers['X-Telegram-Bot-Api-Secret-Token'] = hook.secretToken;
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<number>((resolve, reject) => {
      const req = send(target, { method: 'POST', headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) {
            queue = queue.filter((u) => u.update_id !== update_id);
            runWebhookReply(Buffer.concat(chunks).toString('utf8'));
          }
          resolve(status);
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(payload);
    });
  }

  // --- method handlers ----------------------------------------------------------

  function requireMessage(params: ApiParams, notFound: string): Message | { inline: string } {
    const inlineId = str(params, 'inline_message_id');
    if (inlineId !== undefined && params['chat_id'] === undefined) return { inline: inlineId };
    const chatId = resolveChatId(params);
    const messageId = num(params, 'message_id');
    if (messageId === undefined) throw badRequest('message identifier is not specified');
    const message = findMessage(chatId, messageId);
    if (!message) throw badRequest(notFound);
    return message;
  }

  function sameMarkup(a: unknown, b: unknown): boolean {
    return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  }

  function applyEdit(message: Message, params: ApiParams, content: Partial<Message>): Message {
    if (message.from?.id !== botUser.id) throw badRequest("message can't be edited");
    validateMarkup(params['reply_markup']);
    const markup = inlineMarkup(params['reply_markup']);
    const contentSame = Object.entries(content).every(([k, v]) => sameMarkup(message[k as keyof Message], v));
    if (contentSame && sameMarkup(message.reply_markup, markup)) {
      throw badRequest(
        'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
      );
    }
    const edited: Message = { ...message, ...content, edit_date: nowSeconds() };
    if (markup) edited.reply_markup = markup;
    else delete edited.reply_markup;
    storeMessage(edited);
    return edited;
  }

  function copyContent(source: Message): Partial<Message> {
    const keys = [
      'text', 'entities', 'photo', 'document', 'voice', 'video', 'audio', 'animation', 'video_note', 'sticker',
      'location', 'contact', 'caption', 'caption_entities', 'venue', 'poll', 'dice',
    ] as const;
    const content: Partial<Message> = {};
    for (const k of keys) if (source[k] !== undefined) Object.assign(content, { [k]: source[k] });
    return content;
  }

  const handlers: Record<string, Handler> = {
    getMe: () => ({ result: me }),
    sendMessage: (ctx) => {
      const chatId = resolveChatId(ctx.params);
      return { result: botMessage(chatId, ctx.params, textContent(ctx.params)) };
    },
    sendPhoto: sendMedia('photo'),
    sendDocument: sendMedia('document'),
    sendVoice: sendMedia('voice'),
    sendVideo: sendMedia('video'),
    sendAudio: sendMedia('audio'),
    sendAnimation: sendMedia('animation'),
    sendVideoNote: sendMedia('video_note'),
    sendSticker: sendMedia('sticker'),
    sendLocation: (ctx) => {
      const chatId = resolveChatId(ctx.params);
      const latitude = num(ctx.params, 'latitude');
      const longitude = num(ctx.params, 'longitude');
      if (latitude === undefined || longitude === undefined) throw badRequest('wrong latitude or longitude specified');
      return { result: botMessage(chatId, ctx.params, { location: { latitude, longitude } }) };
    },
    copyMessage: (ctx) => {
      const chatId = resolveChatId(ctx.params);
      const fromChatId = resolveChatId(ctx.params, 'from_chat_id');
      const source = findMessage(fromChatId, num(ctx.params, 'message_id') ?? -1);
      if (!source) throw badRequest('message to copy not found');
      const content = copyContent(source);
      if (ctx.params['caption'] !== undefined) {
        delete content.caption;
        delete content.caption_entities;
        Object.assign(content, captionContent(ctx.params));
      }
      const copy = botMessage(chatId, ctx.params, content);
      const result: MessageId = { message_id: copy.message_id };
      return { result };
    },
    forwardMessage: (ctx) => {
      const chatId = resolveChatId(ctx.params);
      const fromChatId = resolveChatId(ctx.params, 'from_chat_id');
      const source = findMessage(fromChatId, num(ctx.params, 'message_id') ?? -1);
      if (!source) throw badRequest('message to forward not found');
      const origin: Message['forward_origin'] =
        source.chat.type === 'private' || !source.sender_chat
          ? { type: 'user', sender_user: source.from ?? botUser, date: source.date }
          : { type: 'chat', sender_chat: source.sender_chat, date: source.date };
      const params = { ...ctx.params };
      delete params['reply_markup'];
      return { result: botMessage(chatId, params, { ...copyContent(source), forward_origin: origin }) };
    },
    editMessageText: (ctx) => {
      const target = requireMessage(ctx.params, 'message to edit not found');
      const content = textContent(ctx.params);
      if ('inline' in target) return { result: true };
      if (target.text === undefined) throw badRequest('there is no text in the message to edit');
      return { result: applyEdit(target, ctx.params, { entities: undefined, ...content }) };
    },
    editMessageCaption: (ctx) => {
      const target = requireMessage(ctx.params, 'message to edit not found');
      if ('inline' in target) return { result: true };
      if (target.text !== undefined) throw badRequest('there is no caption in the message to edit');
      const content = captionContent(ctx.params);
      return { result: applyEdit(target, ctx.params, { caption: undefined, caption_entities: undefined, ...content }) };
    },
    editMessageReplyMarkup: (ctx) => {
      const target = requireMessage(ctx.params, 'message to edit not found');
      if ('inline' in target) return { result: true };
      return { result: applyEdit(target, ctx.params, {}) };
    },
    deleteMessage: (ctx) => {
      const chatId = resolveChatId(ctx.params);
      const messageId = num(ctx.params, 'message_id');
      if (messageId === undefined || !messages.get(chatId)?.delete(messageId)) {
        throw badRequest('message to delete not found');
      }
      return { result: true };
    },
    answerCallbackQuery: (ctx) => {
      const id = str(ctx.params, 'callback_query_id');
      const record = id === undefined ? undefined : callbacks.get(id);
      if (!record || record.answered) {
        throw badRequest('query is too old and response timeout expired or query ID is invalid');
      }
      record.answered = true;
      return { result: true };
    },
    setMyCommands: (ctx) => {
      const list = ctx.params['commands'];
      if (!Array.isArray(list)) throw badRequest('parameter "commands" is required');
      for (const c of list) {
        if (!isRecord(c) || typeof c['command'] !== 'string' || !/^[a-z0-9_]{1,32}$/.test(c['command'])) {
          throw badRequest('BOT_COMMAND_INVALID');
        }
        if (typeof c['description'] !== 'string' || c['description'].length < 1 || c['description'].length > 256) {
          throw badRequest('BOT_COMMAND_DESCRIPTION_INVALID');
        }
      }
      commands.set(commandsKey(ctx.params), (list as BotCommand[]).map((c) => ({ command: c.command, description: c.description })));
      return { result: true };
    },
    getMyCommands: (ctx) => ({ result: commands.get(commandsKey(ctx.params)) ?? [] }),
    deleteMyCommands: (ctx) => {
      commands.delete(commandsKey(ctx.params));
      return { result: true };
    },
    setChatMenuButton: (ctx) => {
      const chatId = num(ctx.params, 'chat_id');
      const button = isRecord(ctx.params['menu_button']) ? (ctx.params['menu_button'] as unknown as MenuButton) : { type: 'default' as const };
      menuButtons.set(chatId ?? 'default', button);
      return { result: true };
    },
    getChatMenuButton: (ctx) => {
      const chatId = num(ctx.params, 'chat_id');
      const button = menuButtons.get(chatId ?? 'default') ?? menuButtons.get('default') ?? { type: 'commands' };
      return { result: button };
    },
    createForumTopic: (ctx) => {
      const chatId = resolveChatId(ctx.params);
      const name = str(ctx.params, 'name');
      if (name === undefined || name === '') throw badRequest('TOPIC_TITLE_EMPTY');
      const chat = chatFor(chatId);
      const isForum = chat.type === 'private' ? topicsEnabled : chat.type === 'supergroup' && chat.is_forum === true;
      if (!isForum) throw badRequest('the chat is not a forum');
      const topic: ForumTopic = {
        message_thread_id: nextMessageId(chatId),
        name,
        icon_color: num(ctx.params, 'icon_color') ?? DEFAULT_TOPIC_COLOR,
      };
      const emoji = str(ctx.params, 'icon_custom_emoji_id');
      if (emoji !== undefined) topic.icon_custom_emoji_id = emoji;
      let inChat = topics.get(chatId);
      if (!inChat) {
        inChat = new Map();
        topics.set(chatId, inChat);
      }
      inChat.set(topic.message_thread_id, topic);
      storeMessage({
        message_id: topic.message_thread_id,
        message_thread_id: topic.message_thread_id,
        from: botUser,
        chat,
        date: nowSeconds(),
        forum_topic_created: { name, icon_color: topic.icon_color },
      });
      return { result: topic };
    },
    getFile: (ctx) => {
      const id = str(ctx.params, 'file_id');
      const f = id === undefined ? undefined : files.get(id);
      if (!f) throw badRequest('invalid file_id');
      if (f.file_size > MAX_DOWNLOAD_BYTES) throw badRequest('file is too big');
      const result: TelegramFile = {
        file_id: f.file_id,
        file_unique_id: f.file_unique_id,
        file_size: f.file_size,
        file_path: f.file_path,
      };
      return { result };
    },
    sendChatAction: (ctx) => {
      resolveChatId(ctx.params);
      const action = str(ctx.params, 'action');
      if (action === undefined || !CHAT_ACTIONS.has(action)) throw badRequest('wrong parameter action in request');
      return { result: true };
    },
    setWebhook: (ctx) => {
      const url = str(ctx.params, 'url');
      if (url === undefined) throw badRequest('parameter "url" is required');
      if (url === '') {
        const had = webhook !== undefined;
        webhook = undefined;
        return { result: true, description: had ? 'Webhook was deleted' : 'Webhook is already deleted' };
      }
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        throw badRequest('bad webhook: Failed to resolve host: Name or service not known');
      }
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        throw badRequest('bad webhook: An HTTPS URL must be provided for webhook');
      }
      const secret = str(ctx.params, 'secret_token');
      if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secret)) {
        throw badRequest('bad webhook: Secret token contains unallowed characters');
      }
      const state: WebhookState = { url };
      if (secret !== undefined) state.secretToken = secret;
      const maxConnections = num(ctx.params, 'max_connections');
      if (maxConnections !== undefined) state.maxConnections = maxConnections;
      const allowed = ctx.params['allowed_updates'];
      if (Array.isArray(allowed)) state.allowedUpdates = allowed.filter((a): a is string => typeof a === 'string');
      const ip = str(ctx.params, 'ip_address');
      if (ip !== undefined) state.ipAddress = ip;
      if (bool(ctx.params, 'drop_pending_updates')) queue = [];
      const alreadySet = webhook?.url === url;
      webhook = state;
      if (poller) {
        finishPoller(poller, 409, { ok: false, error_code: 409, description: 'Conflict: terminated by setWebhook request' });
      }
      return { result: true, description: alreadySet ? 'Webhook is already set' : 'Webhook was set' };
    },
    deleteWebhook: (ctx) => {
      const had = webhook !== undefined;
      webhook = undefined;
      if (bool(ctx.params, 'drop_pending_updates')) queue = [];
      return { result: true, description: had ? 'Webhook was deleted' : 'Webhook is already deleted' };
    },
    getWebhookInfo: () => {
      const info: WebhookInfo = { url: webhook?.url ?? '', has_custom_certificate: false, pending_update_count: queue.length };
      if (webhook) {
        info.max_connections = webhook.maxConnections ?? 40;
        if (webhook.ipAddress !== undefined) info.ip_address = webhook.ipAddress;
        if (webhook.allowedUpdates !== undefined) info.allowed_updates = webhook.allowedUpdates as WebhookInfo['allowed_updates'];
      }
      return { result: info };
    },
  };

  function commandsKey(params: ApiParams): string {
    const scope = isRecord(params['scope']) ? params['scope'] : { type: 'default' };
    return `${JSON.stringify(scope)}|${str(params, 'language_code') ?? ''}`;
  }

  const canonical = new Map<string, string>([...Object.keys(handlers), 'getUpdates'].map((m) => [m.toLowerCase(), m]));

  // --- HTTP --------------------------------------------------------------------

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    const fileMatch = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (fileMatch && (req.method === 'GET' || req.method === 'HEAD')) {
      serveFile(res, decodeURIComponent(fileMatch[1] ?? ''), decodeURIComponent(fileMatch[2] ?? ''));
      return;
    }
    const apiMatch = /^\/bot([^/]+)\/([^/]*)$/.exec(url.pathname);
    let parsed: ParsedBody;
    try {
      parsed = await parseRequest(req, url);
    } catch (e) {
      respondError(res, undefined, e instanceof ApiError ? e : badRequest(String(e)));
      return;
    }
    if (!apiMatch) {
      respond(res, undefined, 404, { ok: false, error_code: 404, description: 'Not Found' });
      return;
    }
    if (decodeURIComponent(apiMatch[1] ?? '') !== token) {
      stats.unauthorized++;
      respond(res, undefined, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
      return;
    }
    stats.requests++;
    const requested = apiMatch[2] ?? '';
    const method = canonical.get(requested.toLowerCase()) ?? requested;
    const call = recordCall(method, parsed.params, parsed.files);

    const fault = faults.find((f) => f.remaining > 0 && (f.method === '*' || f.method.toLowerCase() === method.toLowerCase()));
    if (fault) {
      fault.remaining--;
      if (fault.remaining === 0) faults.splice(faults.indexOf(fault), 1);
      if (fault.response === 'reset') {
        call.response = 'reset';
        notify(call);
        req.socket.destroy();
        return;
      }
      const { status, body } = fault.response;
      const description = DEFAULT_FAULT_DESCRIPTIONS[status] ?? `Error ${status}`;
      const fallback: ApiResponseBody =
        status === 429
          ? { ok: false, error_code: 429, description, parameters: { retry_after: 1 } }
          : { ok: false, error_code: status, description };
      if (status === 429) stats.tooManyRequests++;
      respond(res, call, status, (body as ApiResponseBody | undefined) ?? fallback);
      return;
    }

    if (method === 'getUpdates') {
      try {
        await handleGetUpdates(res, call);
      } catch (e) {
        respondError(res, call, e instanceof ApiError ? e : new ApiError(500, `Internal Server Error: ${String(e)}`));
      }
      return;
    }
    const { status, body } = execute(call);
    respond(res, call, status, body);
  }

  function execute(call: RecordedCall): { status: number; body: ApiResponseBody } {
    const { method } = call;
    try {
      const handler = handlers[method];
      if (!handler) throw new ApiError(404, 'Not Found: method not found');
      const sending = isSendMethod(method) || method === 'sendChatAction';
      let chatId: number | undefined;
      if (sending) {
        chatId = resolveChatId(call.params);
        if (blocked.has(chatId)) throw new ApiError(403, 'Forbidden: bot was blocked by the user');
      }
      const now = Date.now();
      if (chatId !== undefined && isSendMethod(method)) checkLimits(chatId, now);
      const { result, description } = handler({ params: call.params, files: call.files, call });
      if (chatId !== undefined && isSendMethod(method)) commitSend(chatId, now);
      return { status: 200, body: description === undefined ? { ok: true, result } : { ok: true, result, description } };
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError(500, `Internal Server Error: ${String(e)}`);
      if (error.code === 429) stats.tooManyRequests++;
      return { status: error.code, body: errorBody(error) };
    }
  }

  function recordCall(method: string, params: ApiParams, files: Record<string, UploadedFile>): RecordedCall {
    const call: RecordedCall = { index: calls.length, method, params, files, at: Date.now() };
    calls.push(call);
    notify(call);
    return call;
  }

  /** Telegram executes a method call that a bot returns as its webhook response body ("webhook reply"). */
  function runWebhookReply(raw: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw) as unknown;
    } catch {
      return;
    }
    if (!isRecord(parsed) || typeof parsed['method'] !== 'string') return;
    const { method: requested, ...params } = parsed;
    const call = recordCall(canonical.get(requested.toLowerCase()) ?? requested, params, {});
    call.response = execute(call);
    notify(call);
  }

  function serveFile(res: ServerResponse, fileToken: string, path: string): void {
    if (fileToken !== token) {
      sendJson(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
      return;
    }
    const f = filesByPath.get(path);
    if (!f) {
      sendJson(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
      return;
    }
    res.writeHead(200, {
      'content-type': f.mime_type ?? (f.kind === 'photo' ? 'image/jpeg' : 'application/octet-stream'),
      'content-length': f.bytes.length,
    });
    res.end(f.bytes);
  }

  // --- user-side helpers -----------------------------------------------------------

  function messageFromUser(user: FakeUser, content: Partial<Message>): MessageUpdate {
    const chat = registerUser(user);
    const message: UserMessage = {
      message_id: nextMessageId(chat.id),
      from: toUser(user),
      chat,
      date: nowSeconds(),
      ...content,
    } as UserMessage;
    storeMessage(message);
    return pushUpdate({ message }) as MessageUpdate;
  }

  function userFile(user: FakeUser, bytes: Uint8Array, opts: RegisterFileOptions): StoredFile {
    registerUser(user);
    return registerFile(bytes, opts);
  }

  function withCaption(caption: string | undefined): Partial<Message> {
    if (caption === undefined) return {};
    const entities = detectEntities(caption);
    return entities.length ? { caption, caption_entities: entities } : { caption };
  }

  const api: FakeBotApi = {
    token,
    me,
    get apiRoot(): string {
      if (apiRoot === undefined) throw new Error('FakeBotApi: call start() before reading apiRoot');
      return apiRoot;
    },
    get calls(): readonly RecordedCall[] {
      return calls;
    },
    get stats(): Readonly<FakeBotApiStats> {
      return stats;
    },
    get webhook(): Readonly<WebhookState> | undefined {
      return webhook;
    },

    async start() {
      if (server) return;
      const s = createServer((req, res) => {
        onRequest(req, res).catch((e: unknown) => {
          if (!res.headersSent) sendJson(res, 500, { ok: false, error_code: 500, description: `Internal Server Error: ${String(e)}` });
        });
      });
      // grammY keeps connections alive; a server closing idle sockets after Node's default 5 s races
      // with reuse by the client and shows up as random "socket hang up" errors in longer tests.
      s.keepAliveTimeout = 60_000;
      s.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      await new Promise<void>((resolve, reject) => {
        s.once('error', reject);
        s.listen(0, '127.0.0.1', () => resolve());
      });
      const { port } = s.address() as AddressInfo;
      server = s;
      apiRoot = `http://127.0.0.1:${port}`;
    },

    async stop() {
      const s = server;
      if (!s) return;
      server = undefined;
      const held = poller;
      if (held) {
        const flushed = new Promise<void>((resolve) => {
          held.res.once('finish', resolve);
          held.res.once('close', resolve);
          setTimeout(resolve, 100).unref();
        });
        finishPoller(held, 200, { ok: true, result: [] });
        await flushed;
      }
      const closed = new Promise<void>((resolve) => s.close(() => resolve()));
      s.closeAllConnections();
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      await closed;
    },

    pushUpdate,
    pendingUpdates: () => [...queue],
    messageFromUser,

    textFromUser(user, text, extra = {}) {
      const entities = detectEntities(text);
      return messageFromUser(user, { text, ...(entities.length ? { entities } : {}), ...extra });
    },

    photoFromUser(user, bytes, caption, opts) {
      registerUser(user);
      return messageFromUser(user, { photo: photoSizes(Buffer.from(bytes), opts), ...withCaption(caption) });
    },

    documentFromUser(user, bytes, opts = {}) {
      const fileName = opts.fileName ?? 'document.pdf';
      const f = userFile(user, bytes, { kind: 'document', fileName, ...(opts.mimeType ? { mimeType: opts.mimeType } : {}) });
      const document: Document = {
        file_id: f.file_id,
        file_unique_id: f.file_unique_id,
        file_name: fileName,
        mime_type: f.mime_type ?? 'application/octet-stream',
        file_size: f.file_size,
      };
      return messageFromUser(user, { document, ...withCaption(opts.caption) });
    },

    voiceFromUser(user, bytes, opts = {}) {
      const duration = opts.duration ?? Math.max(1, Math.round(bytes.length / 4000));
      const f = userFile(user, bytes, { kind: 'voice', duration, mimeType: opts.mimeType ?? 'audio/ogg' });
      const voice: Voice = {
        file_id: f.file_id,
        file_unique_id: f.file_unique_id,
        duration,
        mime_type: f.mime_type ?? 'audio/ogg',
        file_size: f.file_size,
      };
      return messageFromUser(user, { voice, ...withCaption(opts.caption) });
    },

    callbackFromUser(user, data, messageRef) {
      const chat = registerUser(user);
      let message: Message | undefined;
      if (typeof messageRef === 'number') message = findMessage(chat.id, messageRef);
      else if (messageRef !== undefined) message = findMessage(messageRef.chat.id, messageRef.message_id) ?? messageRef;
      else {
        const history = [...(messages.get(chat.id)?.values() ?? [])].reverse();
        message =
          history.find((m) =>
            m.reply_markup?.inline_keyboard.some((row) => row.some((b) => 'callback_data' in b && b.callback_data === data)),
          ) ?? history.find((m) => m.from?.id === botUser.id);
      }
      if (!message) {
        throw new Error(`callbackFromUser: no bot message in chat ${chat.id} to attach the callback query to`);
      }
      callbackCounter++;
      const id = String(BigInt(botId) * 1_000_000_000n + BigInt(callbackCounter));
      callbacks.set(id, { answered: false });
      const callback_query: CallbackQuery = {
        id,
        from: toUser(user),
        message,
        chat_instance: String(BigInt(message.chat.id) * 7919n + 4_611_686_018_427n),
        data,
      };
      return pushUpdate({ callback_query }) as CallbackQueryUpdate;
    },

    editedTextFromUser(user, messageId, text) {
      const chat = registerUser(user);
      const original = findMessage(chat.id, messageId);
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
      storeMessage(edited);
      return pushUpdate({ edited_message: edited }) as EditedMessageUpdate;
    },

    deliverToWebhook,
    registerFile,
    getStoredFile: (fileId) => files.get(fileId),
    registerChat(chat) {
      chats.set(chat.id, chat);
    },
    chatHistory: (chatId) => [...(messages.get(chatId)?.values() ?? [])].sort((a, b) => a.message_id - b.message_id),

    callsOf: (method) => calls.filter((c) => c.method.toLowerCase() === method.toLowerCase()),

    sentTo(chatId, opts = {}) {
      return calls.filter(
        (c) =>
          isSendMethod(c.method) &&
          String(c.params['chat_id']) === String(chatId) &&
          (opts.includeFailed === true || (typeof c.response === 'object' && c.response.status === 200)),
      );
    },

    waitFor(predicate, timeoutMs = 3000) {
      const test: CallPredicate = typeof predicate === 'string' ? (c) => c.method === predicate : predicate;
      const existing = calls.find(test);
      if (existing) return Promise.resolve(existing);
      return new Promise<RecordedCall>((resolve, reject) => {
        const listener = (call: RecordedCall): void => {
          if (!test(call)) return;
          listeners.delete(listener);
          clearTimeout(timer);
          resolve(call);
        };
        const timer = setTimeout(() => {
          listeners.delete(listener);
          const recent = calls.slice(-15).map(describeCall);
          reject(
            new Error(
              `waitFor: no matching Bot API call within ${timeoutMs} ms (${calls.length} calls so far${
                recent.length ? `; most recent:\n  ${recent.join('\n  ')}` : ''
              })`,
            ),
          );
        }, timeoutMs);
        listeners.add(listener);
      });
    },

    clearCalls() {
      calls.length = 0;
    },

    failNext(method, count, response) {
      if (count > 0) faults.push({ method, remaining: count, response });
    },
    blockChat(chatId) {
      blocked.add(chatId);
    },
    unblockChat(chatId) {
      blocked.delete(chatId);
    },
    unknownChat(chatId) {
      unknown.add(chatId);
    },
  };
  return api;
}
