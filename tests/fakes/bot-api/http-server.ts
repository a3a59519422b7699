/** The HTTP side: `/bot<token>/<method>` calls, `/file/bot<token>/<path>` downloads, start and stop. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { canonicalMethod } from './bot-api-spec.js';
import { notify, recordCall, respond, respondError } from './call-log.js';
import { faultBody, takeFault } from './limits-and-faults.js';
import { handleGetUpdates, releasePoll } from './long-polling.js';
import { execute } from './method-table.js';
import { type ParsedBody, parseRequest } from './parse-request.js';
import type { FakeState } from './state.js';
import { storedFileAtPath } from './stored-files.js';
import { ApiError, asApiError, badRequest, sendJson } from './wire-format.js';

const API_PATH = /^\/bot([^/]+)\/([^/]*)$/;
const FILE_PATH = /^\/file\/bot([^/]+)\/(.+)$/;
// grammY keeps connections alive; a server closing idle sockets after Node's default 5 s races
// with reuse by the client and shows up as random "socket hang up" errors in longer tests.
const KEEP_ALIVE_MS = 60_000;
const ENDLESS_CHUNK_BYTES = 64 * 1024;

export async function startServer(state: FakeState): Promise<void> {
  const { http } = state;
  if (http.server) return;
  const server = createServer((req, res) => {
    onRequest(state, req, res).catch((e: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error_code: 500, description: `Internal Server Error: ${String(e)}` });
    });
  });
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.on('connection', (socket) => {
    http.sockets.add(socket);
    socket.on('close', () => http.sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  http.server = server;
  http.apiRoot = `http://127.0.0.1:${port}`;
}

/** Answers a held poll first, so a bot still polling sees a clean empty answer instead of a reset. */
export async function stopServer(state: FakeState): Promise<void> {
  const { http } = state;
  const server = http.server;
  if (!server) return;
  http.server = undefined;
  await releasePoll(state);
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  for (const socket of http.sockets) socket.destroy();
  http.sockets.clear();
  await closed;
}

async function onRequest(state: FakeState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://fake.invalid');
  const fileMatch = FILE_PATH.exec(url.pathname);
  if (fileMatch && (req.method === 'GET' || req.method === 'HEAD')) {
    serveFile(state, res, decodeURIComponent(fileMatch[1] ?? ''), decodeURIComponent(fileMatch[2] ?? ''));
    return;
  }
  const apiMatch = API_PATH.exec(url.pathname);
  const requested = apiMatch?.[2] ?? '';
  const method = canonicalMethod(requested);
  let parsed: ParsedBody;
  try {
    parsed = await parseRequest(req, url, method);
  } catch (e) {
    respondError(state, res, undefined, e instanceof ApiError ? e : badRequest(String(e)));
    return;
  }
  if (!apiMatch) {
    respond(state, res, undefined, 404, { ok: false, error_code: 404, description: 'Not Found' });
    return;
  }
  if (decodeURIComponent(apiMatch[1] ?? '') !== state.token) {
    state.log.stats.unauthorized++;
    respond(state, res, undefined, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    return;
  }
  state.log.stats.requests++;
  const call = recordCall(state, method, parsed.params, parsed.files);

  const fault = takeFault(state, method);
  if (fault === 'reset') {
    call.response = 'reset';
    notify(state, call);
    req.socket.destroy();
    return;
  }
  if (fault) {
    if (fault.status === 429) state.log.stats.tooManyRequests++;
    respond(state, res, call, fault.status, faultBody(fault.status, fault.body));
    return;
  }

  if (method === 'getUpdates') {
    try {
      await handleGetUpdates(state, res, call);
    } catch (e) {
      respondError(state, res, call, asApiError(e));
    }
    return;
  }
  const { status, body } = execute(state, call);
  respond(state, res, call, status, body);
}

function serveFile(state: FakeState, res: ServerResponse, fileToken: string, path: string): void {
  if (fileToken !== state.token) {
    sendJson(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    return;
  }
  const f = storedFileAtPath(state, path);
  const fault = state.faults.downloads.shift();
  const status = fault ?? (f ? 200 : 404);
  state.files.downloads.push({ filePath: path, fileId: f?.file_id, status });
  if (status !== 200 || !f) {
    sendJson(res, status, faultBody(status, undefined));
    return;
  }
  const contentType = f.mime_type ?? (f.kind === 'photo' ? 'image/jpeg' : 'application/octet-stream');
  if (f.download === 'endless') {
    serveEndlessly(res, contentType, f.bytes);
    return;
  }
  res.writeHead(200, { 'content-type': contentType, 'content-length': f.bytes.length });
  res.end(f.bytes);
}

/** The bytes over and over, without a Content-Length, written as fast as the client reads until it hangs up. */
function serveEndlessly(res: ServerResponse, contentType: string, bytes: Buffer): void {
  const chunk = bytes.length > 0 ? bytes : Buffer.alloc(ENDLESS_CHUNK_BYTES);
  // The client hanging up mid-body is the point of such a download, not a failure of the fake.
  res.on('error', () => undefined);
  res.writeHead(200, { 'content-type': contentType });
  const pump = (): void => {
    while (!res.destroyed && res.write(chunk));
    if (!res.destroyed) res.once('drain', pump);
  };
  pump();
}
