/**
 * A fake WhatsApp Business Cloud API (Meta's Graph API) for tests. It answers the same paths,
 * bodies and error shapes as graph.facebook.com for what our transport uses: sending messages,
 * uploading media, and reading inbound media through GET /{media-id} and its download URL.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import busboy from 'busboy';

export interface FakeGraphApiOptions {
  accessToken?: string;
  phoneNumberId?: string;
  appSecret?: string;
  version?: string;
  /** Accepted `messages` calls in any rolling second; more answer Meta's throughput error 130429. */
  maxPerSecond?: number;
}

export type GraphEndpoint = 'messages' | 'media' | 'media-info' | 'download';

export interface GraphErrorSpec {
  status: number;
  code: number;
  message?: string;
  subcode?: number;
  /** Meta's `error_data.details`, the sentence its docs advise keying on next to `code`. */
  details?: string;
}

export interface SentGraphMessage {
  id: string;
  to: string;
  type: string;
  body: Record<string, unknown>;
  at: number;
}

export interface UploadedMedia {
  bytes: Buffer;
  mimeType: string;
  fileName: string;
}

/** A read receipt (optionally with a typing indicator), which shares the messages endpoint. */
export interface MarkedRead {
  messageId: string;
  typingIndicator: boolean;
  at: number;
}

/** Every request that passed the token check, with how it was answered, so tests can count retries. */
export interface GraphRequestRecord {
  method: string;
  path: string;
  endpoint: GraphEndpoint | 'unknown';
  status: number;
  errorCode?: number;
  at: number;
}

export interface FakeGraphApi {
  readonly apiRoot: string;
  readonly accessToken: string;
  readonly phoneNumberId: string;
  readonly appSecret: string;
  readonly messages: readonly SentGraphMessage[];
  readonly uploads: ReadonlyMap<string, UploadedMedia>;
  readonly markedRead: readonly MarkedRead[];
  readonly requests: readonly GraphRequestRecord[];
  close(): Promise<void>;
  expireToken(): void;
  restoreToken(): void;
  addMedia(bytes: Buffer, mimeType: string): string;
  corruptNextDownload(): void;
  lieAboutSize(mediaId: string, fileSize: number): void;
  /** Makes every download URL handed out so far answer 404, as Meta's do after a few minutes. */
  expireDownloadUrls(): void;
  failNext(endpoint: GraphEndpoint, times: number, error: GraphErrorSpec): void;
  messagesTo(to: string): SentGraphMessage[];
  nextMessageTo(to: string, timeoutMs?: number): Promise<SentGraphMessage>;
}

/** Meta's answers for the failures our transport must handle, ready for `failNext`. */
export const GRAPH_ERRORS = {
  reEngagement: {
    status: 400,
    code: 131047,
    message: '(#131047) Re-engagement message',
    details: 'Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
  },
  undeliverable: {
    status: 400,
    code: 131026,
    message: '(#131026) Message undeliverable',
    details: 'Message failed to send because the recipient cannot receive it.',
  },
  // Meta answers throughput limits with 400, not 429.
  throughput: {
    status: 400,
    code: 130429,
    message: '(#130429) Rate limit hit',
    details: 'Cloud API message throughput has been reached.',
  },
  pairRateLimit: {
    status: 400,
    code: 131056,
    message: '(#131056) (Business Account, Consumer Account) pair rate limit hit',
    details: 'Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time.',
  },
  invalidToken: { status: 401, code: 190, message: 'Invalid OAuth access token.' },
  invalidParameter: { status: 400, code: 100, message: '(#100) Invalid parameter' },
  somethingWentWrong: {
    status: 500,
    code: 131000,
    message: '(#131000) Something went wrong',
    details: 'Message failed to send because of an unknown error.',
  },
} as const satisfies Record<string, GraphErrorSpec>;

const DEFAULTS = {
  accessToken: 'EAAG-fake-graph-token',
  phoneNumberId: '106540352242922',
  appSecret: 'fake-app-secret',
  version: 'v23.0',
};

// Generous, for a loaded machine: a message that does come ends the wait at once.
const DEFAULT_WAIT_MS = 10_000;
const RECENT_MESSAGES_SHOWN = 15;
const RATE_WINDOW_MS = 1_000;

const TEXT_BODY_MAX = 4096;
const CAPTION_MAX = 1024;
const FILENAME_MAX = 240;
const INTERACTIVE_BODY_MAX = 1024;
const LIST_BODY_MAX = 4096;
const HEADER_TEXT_MAX = 60;
const FOOTER_TEXT_MAX = 60;
const BUTTONS_MAX = 3;
const BUTTON_ID_MAX = 256;
const BUTTON_TITLE_MAX = 20;
const LIST_BUTTON_MAX = 20;
const LIST_SECTIONS_MAX = 10;
const LIST_ROWS_MAX = 10;
const ROW_ID_MAX = 200;
const ROW_TITLE_MAX = 24;
const ROW_DESCRIPTION_MAX = 72;
const SECTION_TITLE_MAX = 24;

const MESSAGE_TYPES = ['text', 'image', 'audio', 'video', 'document', 'sticker', 'location', 'interactive', 'template', 'reaction'] as const;
const MEDIA_TYPES = new Set(['image', 'audio', 'video', 'document', 'sticker']);
const CAPTIONED_MEDIA = new Set(['image', 'video', 'document']);

const MB = 1024 * 1024;
/** The upload types and size limits Meta lists for Cloud API media. */
const UPLOAD_LIMITS: Record<string, number> = {
  'image/jpeg': 5 * MB,
  'image/png': 5 * MB,
  'image/webp': 500 * 1024,
  'audio/aac': 16 * MB,
  'audio/amr': 16 * MB,
  'audio/mpeg': 16 * MB,
  'audio/mp4': 16 * MB,
  'audio/ogg': 16 * MB,
  'video/mp4': 16 * MB,
  'video/3gpp': 16 * MB,
  'text/plain': 100 * MB,
  'application/pdf': 100 * MB,
  'application/msword': 100 * MB,
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 100 * MB,
  'application/vnd.ms-excel': 100 * MB,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 100 * MB,
  'application/vnd.ms-powerpoint': 100 * MB,
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 100 * MB,
};
const LARGEST_UPLOAD = Math.max(...Object.values(UPLOAD_LIMITS));

interface StoredMedia {
  bytes: Buffer;
  mimeType: string;
  reportedSize?: number;
}

interface PendingFault {
  remaining: number;
  error: GraphErrorSpec;
}

interface Waiter {
  to: string;
  resolve: (message: SentGraphMessage) => void;
}

/** A request the fake refuses, carried to the one place that writes Graph error bodies. */
class GraphError extends Error {
  constructor(readonly spec: GraphErrorSpec) {
    super(spec.message ?? `(#${spec.code})`);
  }
}

function invalidParameter(details: string): GraphError {
  return new GraphError({ ...GRAPH_ERRORS.invalidParameter, details });
}

export async function startFakeGraphApi(options: FakeGraphApiOptions = {}): Promise<FakeGraphApi> {
  const accessToken = options.accessToken ?? DEFAULTS.accessToken;
  const phoneNumberId = options.phoneNumberId ?? DEFAULTS.phoneNumberId;
  const appSecret = options.appSecret ?? DEFAULTS.appSecret;
  const version = options.version ?? DEFAULTS.version;
  const { maxPerSecond } = options;

  const messages: SentGraphMessage[] = [];
  const uploads = new Map<string, UploadedMedia>();
  const media = new Map<string, StoredMedia>();
  const downloadUrls = new Map<string, string>();
  const markedRead: MarkedRead[] = [];
  const requests: GraphRequestRecord[] = [];
  const faults: Record<GraphEndpoint, PendingFault[]> = { messages: [], media: [], 'media-info': [], download: [] };
  const returnedCount = new Map<string, number>();
  const waiters = new Set<Waiter>();
  const acceptedAt: number[] = [];
  const sockets = new Set<Socket>();
  let tokenExpired = false;
  let corruptNext = false;
  let origin = '';

  function newMediaId(): string {
    let id: string;
    do id = `${randomInt(1e7, 1e8)}${String(randomInt(0, 1e8)).padStart(8, '0')}`;
    while (media.has(id));
    return id;
  }

  function messagesTo(to: string): SentGraphMessage[] {
    return messages.filter((m) => m.to === to);
  }

  /** The next message to `to` not yet handed to a waiter, if one was sent. */
  function takeNext(to: string): SentGraphMessage | undefined {
    const taken = returnedCount.get(to) ?? 0;
    const next = messagesTo(to)[taken];
    if (next) returnedCount.set(to, taken + 1);
    return next;
  }

  function record(message: SentGraphMessage): void {
    messages.push(message);
    for (const waiter of [...waiters]) {
      if (waiter.to !== message.to) continue;
      const next = takeNext(waiter.to);
      if (!next) continue;
      waiters.delete(waiter);
      waiter.resolve(next);
    }
  }

  function takeFault(endpoint: GraphEndpoint): GraphErrorSpec | undefined {
    const queue = faults[endpoint];
    const fault = queue[0];
    if (!fault) return undefined;
    fault.remaining--;
    if (fault.remaining <= 0) queue.shift();
    return fault.error;
  }

  function overThroughput(now: number): boolean {
    if (maxPerSecond === undefined) return false;
    while (acceptedAt.length > 0 && (acceptedAt[0] ?? 0) <= now - RATE_WINDOW_MS) acceptedAt.shift();
    return acceptedAt.length >= maxPerSecond;
  }

  function handleMessages(body: Record<string, unknown>): Record<string, unknown> {
    if (body['messaging_product'] !== 'whatsapp') throw invalidParameter('messaging_product must be "whatsapp"');
    if ('status' in body) return handleMarkRead(body);
    const message = validateMessage(body, (id) => media.has(id));
    const fault = takeFault('messages');
    if (fault) throw new GraphError(fault);
    const now = Date.now();
    if (overThroughput(now)) throw new GraphError(GRAPH_ERRORS.throughput);
    acceptedAt.push(now);
    const id = `wamid.${randomBytes(30).toString('base64')}`;
    record({ id, to: message.to, type: message.type, body, at: now });
    return { messaging_product: 'whatsapp', contacts: [{ input: message.to, wa_id: message.to }], messages: [{ id }] };
  }

  function handleMarkRead(body: Record<string, unknown>): Record<string, unknown> {
    if (body['status'] !== 'read') throw invalidParameter('status must be "read"');
    const messageId = body['message_id'];
    if (typeof messageId !== 'string' || !messageId.startsWith('wamid.')) throw invalidParameter('message_id must be a wamid');
    const typing = body['typing_indicator'];
    if (typing !== undefined && (!isObject(typing) || typing['type'] !== 'text')) {
      throw invalidParameter('typing_indicator.type must be "text"');
    }
    const fault = takeFault('messages');
    if (fault) throw new GraphError(fault);
    markedRead.push({ messageId, typingIndicator: typing !== undefined, at: Date.now() });
    return { success: true };
  }

  async function handleUpload(req: IncomingMessage): Promise<Record<string, unknown>> {
    const form = await readMultipart(req);
    if (form.fields.get('messaging_product') !== 'whatsapp') throw invalidParameter('messaging_product must be "whatsapp"');
    const mimeType = form.fields.get('type');
    if (mimeType === undefined) throw invalidParameter('type is required');
    const limit = UPLOAD_LIMITS[mimeType];
    if (limit === undefined) {
      throw invalidParameter(`Param file must be a file with one of the following types: ${Object.keys(UPLOAD_LIMITS).join(', ')}`);
    }
    if (!form.file) throw invalidParameter('file is required');
    if (form.file.bytes.length === 0) throw invalidParameter('file is empty');
    if (form.file.bytes.length > limit) throw invalidParameter(`file is larger than ${limit} bytes allowed for ${mimeType}`);
    const fault = takeFault('media');
    if (fault) throw new GraphError(fault);
    const id = newMediaId();
    media.set(id, { bytes: form.file.bytes, mimeType });
    uploads.set(id, { bytes: form.file.bytes, mimeType, fileName: form.file.fileName });
    return { id };
  }

  function handleMediaInfo(mediaId: string): Record<string, unknown> {
    const fault = takeFault('media-info');
    if (fault) throw new GraphError(fault);
    const stored = media.get(mediaId);
    if (!stored) throw unknownObject(mediaId, 404);
    const key = randomBytes(18).toString('base64url');
    downloadUrls.set(key, mediaId);
    return {
      messaging_product: 'whatsapp',
      url: `${origin}/download/${key}`,
      mime_type: stored.mimeType,
      sha256: createHash('sha256').update(stored.bytes).digest('hex'),
      file_size: stored.reportedSize ?? stored.bytes.length,
      id: mediaId,
    };
  }

  function serveDownload(res: ServerResponse, key: string): void {
    const fault = takeFault('download');
    if (fault) throw new GraphError(fault);
    const mediaId = downloadUrls.get(key);
    const stored = mediaId === undefined ? undefined : media.get(mediaId);
    if (!stored) throw new GraphError({ status: 404, code: 100, message: 'Media URL is unknown or has expired.' });
    const bytes = corruptNext ? corrupted(stored.bytes) : stored.bytes;
    corruptNext = false;
    res.writeHead(200, { 'content-type': stored.mimeType, 'content-length': bytes.length });
    res.end(bytes);
  }

  async function dispatch(req: IncomingMessage, res: ServerResponse, target: Target): Promise<void> {
    switch (target.endpoint) {
      case 'messages':
        if (target.objectId !== phoneNumberId) throw unknownObject(target.objectId, 400);
        sendJson(res, 200, handleMessages(await readJson(req)));
        return;
      case 'media':
        if (target.objectId !== phoneNumberId) throw unknownObject(target.objectId, 400);
        sendJson(res, 200, await handleUpload(req));
        return;
      case 'media-info':
        sendJson(res, 200, handleMediaInfo(target.objectId));
        return;
      case 'download':
        serveDownload(res, target.objectId);
        return;
      case 'unknown':
        throw new GraphError({ status: 400, code: 2500, message: `Unknown path components: ${target.objectId}` });
    }
  }

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://fake.invalid').pathname;
    const method = req.method ?? 'GET';
    if (tokenExpired || req.headers.authorization !== `Bearer ${accessToken}`) {
      req.resume();
      sendError(res, GRAPH_ERRORS.invalidToken);
      return;
    }
    const target = classify(method, path, version);
    try {
      await dispatch(req, res, target);
      requests.push({ method, path, endpoint: target.endpoint, status: res.statusCode, at: Date.now() });
    } catch (e) {
      const spec = e instanceof GraphError ? e.spec : { ...GRAPH_ERRORS.invalidParameter, details: String(e) };
      requests.push({ method, path, endpoint: target.endpoint, status: spec.status, errorCode: spec.code, at: Date.now() });
      req.resume();
      sendError(res, spec);
    }
  }

  const server = createServer((req, res) => {
    onRequest(req, res).catch((e: unknown) => {
      if (!res.headersSent) sendError(res, { ...GRAPH_ERRORS.somethingWentWrong, details: String(e) });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiRoot: `${origin}/${version}`,
    accessToken,
    phoneNumberId,
    appSecret,
    messages,
    uploads,
    markedRead,
    requests,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      for (const socket of sockets) socket.destroy();
      await closed;
    },
    expireToken: () => {
      tokenExpired = true;
    },
    restoreToken: () => {
      tokenExpired = false;
    },
    addMedia: (bytes, mimeType) => {
      const id = newMediaId();
      media.set(id, { bytes: Buffer.from(bytes), mimeType });
      return id;
    },
    corruptNextDownload: () => {
      corruptNext = true;
    },
    lieAboutSize: (mediaId, fileSize) => {
      const stored = media.get(mediaId);
      if (!stored) throw new Error(`FakeGraphApi.lieAboutSize: no media ${mediaId}`);
      stored.reportedSize = fileSize;
    },
    expireDownloadUrls: () => {
      downloadUrls.clear();
    },
    failNext: (endpoint, times, error) => {
      if (!Number.isInteger(times) || times < 1) throw new Error(`FakeGraphApi.failNext: times must be a positive integer, got ${times}`);
      faults[endpoint].push({ remaining: times, error });
    },
    messagesTo,
    nextMessageTo: (to, timeoutMs = DEFAULT_WAIT_MS) => {
      const ready = takeNext(to);
      if (ready) return Promise.resolve(ready);
      return new Promise<SentGraphMessage>((resolve, reject) => {
        const waiter: Waiter = {
          to,
          resolve: (message) => {
            clearTimeout(timer);
            resolve(message);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(describeTimeout(to, timeoutMs, messages, returnedCount.get(to) ?? 0)));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
  };
}

function describeTimeout(to: string, timeoutMs: number, messages: readonly SentGraphMessage[], alreadyReturned: number): string {
  const recent = messages.slice(-RECENT_MESSAGES_SHOWN).map((m) => {
    const body = JSON.stringify(m.body);
    return `to=${m.to} type=${m.type} ${body.length > 160 ? `${body.slice(0, 160)}…` : body}`;
  });
  return (
    `nextMessageTo(${to}): no further message within ${timeoutMs} ms ` +
    `(${alreadyReturned} to ${to} already returned; ${messages.length} sent in all${
      recent.length ? `; most recent:\n  ${recent.join('\n  ')}` : ''
    })`
  );
}

/** Same length, different content: only the sha256 can tell. */
function corrupted(bytes: Buffer): Buffer {
  if (bytes.length === 0) return Buffer.from([0]);
  const copy = Buffer.from(bytes);
  copy[copy.length - 1] = (copy[copy.length - 1] ?? 0) ^ 0xff;
  return copy;
}

interface Target {
  endpoint: GraphEndpoint | 'unknown';
  /** The phone number id, media id or download key the path names; the whole path when unknown. */
  objectId: string;
}

function classify(method: string, path: string, version: string): Target {
  const download = /^\/download\/([A-Za-z0-9_-]+)$/.exec(path);
  if (download && method === 'GET') return { endpoint: 'download', objectId: download[1] ?? '' };
  const prefix = `/${version}/`;
  const [objectId, edge, ...rest] = path.startsWith(prefix) ? path.slice(prefix.length).split('/') : [];
  if (objectId && rest.length === 0) {
    if (method === 'POST' && (edge === 'messages' || edge === 'media')) return { endpoint: edge, objectId };
    if (method === 'GET' && edge === undefined) return { endpoint: 'media-info', objectId };
  }
  return { endpoint: 'unknown', objectId: path };
}

function unknownObject(objectId: string, status: number): GraphError {
  return new GraphError({
    status,
    code: 100,
    subcode: 33,
    message: `Unsupported request. Object with ID '${objectId}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function sendError(res: ServerResponse, spec: GraphErrorSpec): void {
  sendJson(res, spec.status, {
    error: {
      message: spec.message ?? `(#${spec.code})`,
      type: 'OAuthException',
      code: spec.code,
      ...(spec.subcode === undefined ? {} : { error_subcode: spec.subcode }),
      ...(spec.details === undefined ? {} : { error_data: { messaging_product: 'whatsapp', details: spec.details } }),
      fbtrace_id: randomBytes(9).toString('base64url'),
    },
  });
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) throw invalidParameter('the body must be JSON (Content-Type: application/json)');
  const raw = (await readBody(req)).toString('utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw invalidParameter('the body is not valid JSON');
  }
  if (!isObject(parsed)) throw invalidParameter('the body must be a JSON object');
  return parsed;
}

interface MultipartForm {
  fields: Map<string, string>;
  file?: { bytes: Buffer; fileName: string };
}

function readMultipart(req: IncomingMessage): Promise<MultipartForm> {
  if (!(req.headers['content-type'] ?? '').startsWith('multipart/form-data')) {
    return Promise.reject(invalidParameter('the upload must be multipart/form-data'));
  }
  return new Promise<MultipartForm>((resolve, reject) => {
    const form: MultipartForm = { fields: new Map() };
    const parser = busboy({ headers: req.headers, limits: { fileSize: LARGEST_UPLOAD + 1, files: 1 } });
    parser.on('field', (name, value) => form.fields.set(name, value));
    parser.on('file', (name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (name === 'file') form.file = { bytes: Buffer.concat(chunks), fileName: info.filename ?? '' };
      });
    });
    parser.on('error', (e: unknown) => reject(invalidParameter(`malformed multipart body: ${String(e)}`)));
    parser.on('close', () => resolve(form));
    req.pipe(parser);
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objectAt(parent: Record<string, unknown>, key: string, where: string): Record<string, unknown> {
  const value = parent[key];
  if (!isObject(value)) throw invalidParameter(`${where}${key} must be an object`);
  return value;
}

function optionalTextAt(parent: Record<string, unknown>, key: string, where: string, max: number): void {
  if (parent[key] !== undefined) textAt(parent, key, where, max);
}

function textAt(parent: Record<string, unknown>, key: string, where: string, max: number): string {
  const value = parent[key];
  if (typeof value !== 'string' || value.length === 0) throw invalidParameter(`${where}${key} must be a non-empty string`);
  if ([...value].length > max) throw invalidParameter(`${where}${key} is longer than ${max} characters`);
  return value;
}

/** Checks a send body the way Meta does before accepting it; returns what the record needs. */
function validateMessage(body: Record<string, unknown>, mediaExists: (id: string) => boolean): { to: string; type: string } {
  const recipientType = body['recipient_type'];
  if (recipientType !== undefined && recipientType !== 'individual') throw invalidParameter('recipient_type must be "individual"');
  const to = body['to'];
  if (typeof to !== 'string' || !/^\d{7,15}$/.test(to)) throw invalidParameter('to must be the recipient\'s number as 7 to 15 digits, without "+"');
  const context = body['context'];
  if (context !== undefined && (!isObject(context) || typeof context['message_id'] !== 'string')) {
    throw invalidParameter('context.message_id must be a string');
  }
  // Meta sends a text message when the type is left out.
  const type = body['type'] ?? 'text';
  if (typeof type !== 'string' || !(MESSAGE_TYPES as readonly string[]).includes(type)) {
    throw invalidParameter(`type must be one of ${MESSAGE_TYPES.join(', ')}`);
  }
  if (type === 'text') {
    const text = objectAt(body, 'text', '');
    textAt(text, 'body', 'text.', TEXT_BODY_MAX);
    if (text['preview_url'] !== undefined && typeof text['preview_url'] !== 'boolean') throw invalidParameter('text.preview_url must be a boolean');
  } else if (MEDIA_TYPES.has(type)) {
    validateMedia(type, objectAt(body, type, ''), mediaExists);
  } else if (type === 'location') {
    validateLocation(objectAt(body, 'location', ''));
  } else if (type === 'reaction') {
    const reaction = objectAt(body, 'reaction', '');
    if (typeof reaction['message_id'] !== 'string') throw invalidParameter('reaction.message_id must be a string');
    // An empty emoji removes an earlier reaction.
    if (typeof reaction['emoji'] !== 'string') throw invalidParameter('reaction.emoji must be a string');
  } else if (type === 'interactive') {
    validateInteractive(objectAt(body, 'interactive', ''));
  } else {
    validateTemplate(objectAt(body, 'template', ''));
  }
  return { to, type };
}

function validateMedia(type: string, object: Record<string, unknown>, mediaExists: (id: string) => boolean): void {
  const where = `${type}.`;
  const { id, link } = object;
  if ((id === undefined) === (link === undefined)) throw invalidParameter(`${type} needs exactly one of id or link`);
  if (id !== undefined) {
    if (typeof id !== 'string' || !mediaExists(id)) throw invalidParameter(`${where}id is not a known media id`);
  } else if (typeof link !== 'string' || !/^https?:\/\//.test(link)) {
    throw invalidParameter(`${where}link must be an http(s) URL`);
  }
  if (object['caption'] !== undefined) {
    if (!CAPTIONED_MEDIA.has(type)) throw invalidParameter(`${type} messages take no caption`);
    textAt(object, 'caption', where, CAPTION_MAX);
  }
  if (object['filename'] !== undefined) {
    if (type !== 'document') throw invalidParameter(`${type} messages take no filename`);
    textAt(object, 'filename', where, FILENAME_MAX);
  }
}

function validateLocation(location: Record<string, unknown>): void {
  const { latitude, longitude } = location;
  if (typeof latitude !== 'number' || latitude < -90 || latitude > 90) throw invalidParameter('location.latitude must be a number in -90..90');
  if (typeof longitude !== 'number' || longitude < -180 || longitude > 180) throw invalidParameter('location.longitude must be a number in -180..180');
  for (const key of ['name', 'address']) {
    if (location[key] !== undefined && typeof location[key] !== 'string') throw invalidParameter(`location.${key} must be a string`);
  }
}

function validateInteractive(interactive: Record<string, unknown>): void {
  const kind = interactive['type'];
  if (kind !== 'button' && kind !== 'list') throw invalidParameter('interactive.type must be "button" or "list"');
  textAt(objectAt(interactive, 'body', 'interactive.'), 'text', 'interactive.body.', kind === 'list' ? LIST_BODY_MAX : INTERACTIVE_BODY_MAX);
  if (interactive['footer'] !== undefined) textAt(objectAt(interactive, 'footer', 'interactive.'), 'text', 'interactive.footer.', FOOTER_TEXT_MAX);
  if (interactive['header'] !== undefined) {
    const header = objectAt(interactive, 'header', 'interactive.');
    if (header['type'] === 'text') textAt(header, 'text', 'interactive.header.', HEADER_TEXT_MAX);
    else if (kind === 'list') throw invalidParameter('a list header must be text');
    else if (typeof header['type'] !== 'string' || !CAPTIONED_MEDIA.has(header['type']) || !isObject(header[header['type']])) {
      throw invalidParameter('interactive.header.type must be text, image, video or document, with its object');
    }
  }
  const action = objectAt(interactive, 'action', 'interactive.');
  if (kind === 'button') validateButtons(action);
  else validateList(action);
}

function validateButtons(action: Record<string, unknown>): void {
  const buttons = action['buttons'];
  if (!Array.isArray(buttons) || buttons.length < 1 || buttons.length > BUTTONS_MAX) {
    throw invalidParameter(`interactive.action.buttons must hold 1 to ${BUTTONS_MAX} buttons`);
  }
  const ids = new Set<string>();
  const titles = new Set<string>();
  buttons.forEach((button: unknown, i) => {
    const where = `interactive.action.buttons[${i}].`;
    if (!isObject(button) || button['type'] !== 'reply') throw invalidParameter(`${where}type must be "reply"`);
    const reply = objectAt(button, 'reply', where);
    const id = textAt(reply, 'id', `${where}reply.`, BUTTON_ID_MAX);
    const title = textAt(reply, 'title', `${where}reply.`, BUTTON_TITLE_MAX);
    if (ids.has(id)) throw invalidParameter(`${where}reply.id repeats another button's id`);
    if (titles.has(title)) throw invalidParameter(`${where}reply.title repeats another button's title`);
    ids.add(id);
    titles.add(title);
  });
}

function validateList(action: Record<string, unknown>): void {
  textAt(action, 'button', 'interactive.action.', LIST_BUTTON_MAX);
  const sections = action['sections'];
  if (!Array.isArray(sections) || sections.length < 1 || sections.length > LIST_SECTIONS_MAX) {
    throw invalidParameter(`interactive.action.sections must hold 1 to ${LIST_SECTIONS_MAX} sections`);
  }
  const ids = new Set<string>();
  sections.forEach((section: unknown, s) => {
    const where = `interactive.action.sections[${s}].`;
    if (!isObject(section)) throw invalidParameter(`${where.slice(0, -1)} must be an object`);
    // Titles tell sections apart, so Meta requires them once there is more than one.
    if (sections.length === 1) optionalTextAt(section, 'title', where, SECTION_TITLE_MAX);
    else textAt(section, 'title', where, SECTION_TITLE_MAX);
    const rows = section['rows'];
    if (!Array.isArray(rows) || rows.length === 0) throw invalidParameter(`${where}rows must hold at least one row`);
    rows.forEach((row: unknown, r) => {
      const rowWhere = `${where}rows[${r}].`;
      if (!isObject(row)) throw invalidParameter(`${rowWhere.slice(0, -1)} must be an object`);
      const id = textAt(row, 'id', rowWhere, ROW_ID_MAX);
      textAt(row, 'title', rowWhere, ROW_TITLE_MAX);
      optionalTextAt(row, 'description', rowWhere, ROW_DESCRIPTION_MAX);
      if (ids.has(id)) throw invalidParameter(`${rowWhere}id repeats another row's id`);
      ids.add(id);
    });
  });
  if (ids.size > LIST_ROWS_MAX) throw invalidParameter(`a list holds at most ${LIST_ROWS_MAX} rows in all`);
}

function validateTemplate(template: Record<string, unknown>): void {
  if (typeof template['name'] !== 'string' || template['name'] === '') throw invalidParameter('template.name must be a non-empty string');
  const language = objectAt(template, 'language', 'template.');
  if (typeof language['code'] !== 'string' || language['code'] === '') throw invalidParameter('template.language.code must be a non-empty string');
  const components = template['components'];
  if (components !== undefined && (!Array.isArray(components) || !components.every((c) => isObject(c) && typeof c['type'] === 'string'))) {
    throw invalidParameter('template.components must be a list of objects with a type');
  }
}
