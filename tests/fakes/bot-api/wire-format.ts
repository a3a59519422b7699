import type { ServerResponse } from 'node:http';
import type { ResponseParameters } from 'grammy/types';
import type { ApiResponseBody } from './types.js';

/** A failure the fake answers the way Telegram does: `{ ok: false, error_code, description, parameters? }`. */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: ResponseParameters,
  ) {
    super(description);
  }
}

export const badRequest = (what: string): ApiError => new ApiError(400, `Bad Request: ${what}`);

/** A bug in the fake itself still reaches the bot as an API answer, so the test sees it rather than a hang. */
export function asApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError(500, `Internal Server Error: ${String(e)}`);
}

export function errorBody(e: ApiError): ApiResponseBody {
  return e.parameters
    ? { ok: false, error_code: e.code, description: e.description, parameters: e.parameters }
    : { ok: false, error_code: e.code, description: e.description };
}

export function okBody(result: unknown, description?: string): ApiResponseBody {
  return description === undefined ? { ok: true, result } : { ok: true, result, description };
}

export function sendJson(res: ServerResponse, status: number, body: ApiResponseBody): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}
