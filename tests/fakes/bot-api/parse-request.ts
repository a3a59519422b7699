import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { coerceFormValue, isRecord } from './params.js';
import type { ApiParams, UploadedFile } from './types.js';
import { ApiError, badRequest } from './wire-format.js';

// Above Telegram's 50 MB upload limit, so a large but legal upload is never cut short by the fake.
const MAX_BODY_BYTES = 60 * 1024 * 1024;
const ATTACH = 'attach://';

export interface ParsedBody {
  params: ApiParams;
  /** Uploads keyed by the parameter path that references them ('photo', 'media[0].media', ...). */
  files: Record<string, UploadedFile>;
}

/** Reads query string and body (JSON, url-encoded or multipart) the way Telegram reads them for `method`. */
export async function parseRequest(req: IncomingMessage, url: URL, method: string): Promise<ParsedBody> {
  const params: ApiParams = {};
  for (const [k, v] of url.searchParams) params[k] = coerceFormValue(method, k, v);
  const body = await readBody(req);
  const contentType = req.headers['content-type'] ?? '';
  if (body.length === 0) return { params, files: {} };
  if (/^multipart\/form-data/i.test(contentType)) {
    const parsed = await parseMultipart(body, contentType, method);
    return { params: { ...params, ...parsed.params }, files: parsed.files };
  }
  if (/^application\/x-www-form-urlencoded/i.test(contentType)) {
    for (const [k, v] of new URLSearchParams(body.toString('utf8'))) params[k] = coerceFormValue(method, k, v);
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

function parseMultipart(body: Buffer, contentType: string, method: string): Promise<ParsedBody> {
  const boundaryMatch = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = boundaryMatch?.[1] ?? boundaryMatch?.[2];
  if (boundary === undefined) return Promise.reject(badRequest('multipart boundary is missing'));
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
          for (const [name, value] of fields) params[name] = coerceFormValue(method, name, value);
          resolve({ params, files: resolveAttachments(params, parts) });
        })
        .catch(reject);
    });
    bb.end(quoteBareFilenames(body, boundary));
  });
}

/**
 * grammY writes `filename=<raw name>` without quotes. busboy silently drops the whole file part when
 * such a bare name is not an RFC token (spaces, umlauts, '/', ';', ...), so quote it first.
 */
function quoteBareFilenames(body: Buffer, boundary: string): Buffer {
  const delimiter = `--${boundary}`;
  // latin1 maps every byte to one char and back, so file bytes survive the round trip untouched.
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

/**
 * Files are named by the parameter that points at them (`media[0].media` for an `attach://` inside
 * sendMediaGroup's JSON); a part nobody references keeps its own name, as when grammY attaches a
 * single upload directly under `photo`.
 */
function resolveAttachments(params: ApiParams, parts: Map<string, UploadedFile>): Record<string, UploadedFile> {
  const files: Record<string, UploadedFile> = {};
  const used = new Set<string>();
  const visit = (value: unknown, path: string): void => {
    if (typeof value === 'string' && value.startsWith(ATTACH)) {
      const id = value.slice(ATTACH.length);
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
