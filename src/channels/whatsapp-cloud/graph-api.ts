import { MediaTooLargeError } from '../../domain/turn/inbound-event.js';

/** Meta's error codes the transport answers in their own way, on a send or in a `failed` status. */
export const metaErrors = {
  /** More than 24 hours since the person's last message: only a template may go. */
  windowClosed: 131047,
  /** The message cannot be delivered to this number. */
  undeliverable: 131026,
  /** Rate limits: throughput, pair rate, spam rate, and the app's own. */
  rateLimits: new Set([130429, 131056, 131048, 80007]),
  /** The access token was refused. */
  tokenRefused: 190,
};

/** An error answer of the Graph API: the HTTP status and Meta's error code (131047, 190, ...). */
export class GraphApiError extends Error {
  override readonly name = 'GraphApiError';
  constructor(
    readonly httpStatus: number,
    readonly code: number | undefined,
    message: string,
  ) {
    super(message);
  }
}

/** What `GET /{media-id}` says of an inbound file. */
export interface GraphMediaInfo {
  url: string;
  mimeType: string;
  sha256: string | undefined;
  fileSize: number | undefined;
}

export interface GraphApi {
  /** `POST /{phone-number-id}/messages`; returns the message's wamid. */
  sendMessage(body: Record<string, unknown>): Promise<string>;
  /** `POST /{phone-number-id}/media`; returns the media id to send. */
  uploadMedia(bytes: Buffer, mimeType: string, fileName: string): Promise<string>;
  mediaInfo(mediaId: string): Promise<GraphMediaInfo>;
  /** The bytes behind a media URL, refused past `maxBytes` while they arrive. */
  download(url: string, maxBytes: number): Promise<Buffer>;
}

export interface GraphApiOptions {
  apiRoot: string;
  accessToken: string;
  phoneNumberId: string;
  /** How long one call may take before it counts as failed. */
  timeoutMs?: number;
}

interface GraphErrorBody {
  error?: { code?: unknown; message?: unknown };
}

async function errorOf(response: Response): Promise<GraphApiError> {
  const body = (await response.json().catch(() => ({}))) as GraphErrorBody;
  const code = typeof body.error?.code === 'number' ? body.error.code : undefined;
  const message = typeof body.error?.message === 'string' ? body.error.message : `HTTP ${response.status}`;
  return new GraphApiError(response.status, code, code === undefined ? message : `(#${code}) ${message}`);
}

/** The few Graph API calls the Cloud API transport makes, with the access token on every one. */
export function createGraphApi(options: GraphApiOptions): GraphApi {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const authorization = { authorization: `Bearer ${options.accessToken}` };

  async function call(url: string, init: RequestInit = {}): Promise<Response> {
    const response = await fetch(url, {
      ...init,
      headers: { ...authorization, ...(init.headers as Record<string, string> | undefined) },
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) throw await errorOf(response);
    return response;
  }

  return {
    async sendMessage(body) {
      const response = await call(`${options.apiRoot}/${options.phoneNumberId}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ messaging_product: 'whatsapp', recipient_type: 'individual', ...body }),
      });
      const answer = (await response.json()) as { messages?: Array<{ id?: unknown }> };
      const id = answer.messages?.[0]?.id;
      if (typeof id !== 'string') throw new GraphApiError(response.status, undefined, 'the Graph API answered without a message id');
      return id;
    },

    async uploadMedia(bytes, mimeType, fileName) {
      const form = new FormData();
      form.append('messaging_product', 'whatsapp');
      form.append('type', mimeType);
      form.append('file', new Blob([new Uint8Array(bytes)], { type: mimeType }), fileName);
      const response = await call(`${options.apiRoot}/${options.phoneNumberId}/media`, { method: 'POST', body: form });
      const answer = (await response.json()) as { id?: unknown };
      if (typeof answer.id !== 'string') throw new GraphApiError(response.status, undefined, 'the Graph API answered an upload without an id');
      return answer.id;
    },

    async mediaInfo(mediaId) {
      if (!/^[A-Za-z0-9_.-]{1,128}$/.test(mediaId)) throw new GraphApiError(400, undefined, 'not a media id');
      const response = await call(`${options.apiRoot}/${mediaId}`);
      const info = (await response.json()) as { url?: unknown; mime_type?: unknown; sha256?: unknown; file_size?: unknown };
      if (typeof info.url !== 'string') throw new GraphApiError(response.status, undefined, 'the Graph API gave no URL for the media');
      return {
        url: info.url,
        mimeType: typeof info.mime_type === 'string' ? info.mime_type : 'application/octet-stream',
        sha256: typeof info.sha256 === 'string' ? info.sha256 : undefined,
        fileSize: typeof info.file_size === 'number' ? info.file_size : typeof info.file_size === 'string' ? Number(info.file_size) : undefined,
      };
    },

    async download(url, maxBytes) {
      const response = await call(url);
      const declared = Number(response.headers.get('content-length') ?? Number.NaN);
      if (declared > maxBytes) {
        await response.body?.cancel();
        throw new MediaTooLargeError('the file is larger than the limit');
      }
      const chunks: Buffer[] = [];
      let received = 0;
      for await (const chunk of response.body ?? []) {
        received += chunk.length;
        if (received > maxBytes) throw new MediaTooLargeError('the file is larger than the limit');
        chunks.push(Buffer.from(chunk));
      }
      return Buffer.concat(chunks);
    },
  };
}
