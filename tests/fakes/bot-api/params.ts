import { fieldKind } from './bot-api-spec.js';
import type { ApiParams } from './types.js';
import { badRequest } from './wire-format.js';

const NUMERIC = /^-?\d+(\.\d+)?$/;

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Query strings, url-encoded and multipart bodies carry every value as a string; Telegram reads each
 * back by the type the method declares for it. A value that does not fit is kept as sent, so the
 * handler's own check answers the 400 Telegram would.
 */
export function coerceFormValue(method: string, name: string, value: string): unknown {
  switch (fieldKind(method, name)) {
    case 'json':
      try {
        return JSON.parse(value) as unknown;
      } catch {
        throw badRequest(`can't parse ${name} JSON object`);
      }
    case 'number':
      return NUMERIC.test(value) ? Number(value) : value;
    case 'boolean':
      return value === 'true' || value === 'false' ? value === 'true' : value;
    case undefined:
      return value;
  }
}

export function num(params: ApiParams, name: string): number | undefined {
  const v = params[name];
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && NUMERIC.test(v)) return Number(v);
  if (v === undefined || v === null || v === '') return undefined;
  throw badRequest(`invalid ${name} specified`);
}

export function str(params: ApiParams, name: string): string | undefined {
  const v = params[name];
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

export function bool(params: ApiParams, name: string): boolean {
  const v = params[name];
  return v === true || v === 'true' || v === 1 || v === '1';
}
