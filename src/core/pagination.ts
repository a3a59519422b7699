import { ValidationError } from './errors.js';

export interface PageRequest {
  limit?: number | undefined;
  cursor?: string | undefined;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const defaultPageSize = 50;
export const maxPageSize = 200;

/** A position in a keyset ordering, opaque to callers. */
export interface KeysetPosition {
  /** The ordering value: an ISO timestamp, a 'YYYY-MM-DD' date or a sequence number. */
  after: string | number;
  id: string;
}

/** What a keyset ordering sorts by, and so what the `after` of its cursors must be. */
export interface CursorKinds {
  /** `created_at`, as `toISOString()` writes it. */
  timestamp: { after: string; id: string };
  /** A local date column, as 'YYYY-MM-DD'. */
  date: { after: string; id: string };
  /** An identity column. */
  sequence: { after: number; id: string };
}

export type CursorKind = keyof CursorKinds;

// Every cursor this service hands out is about a hundred characters long.
const maxCursorLength = 256;
const base64url = /^[A-Za-z0-9_-]+$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// PostgreSQL has no year 0, so the years run from 0001.
const isoTimestamp = /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const isoDate = /^(?!0000)\d{4}-\d{2}-\d{2}$/;

/** True when `text` names a real instant in the exact form `toISOString()` gives it (no 30 February). */
function isCanonicalTimestamp(text: string): boolean {
  if (!isoTimestamp.test(text)) return false;
  const time = new Date(text).getTime();
  return !Number.isNaN(time) && new Date(time).toISOString() === text;
}

const isAfter: { [K in CursorKind]: (after: unknown) => after is CursorKinds[K]['after'] } = {
  timestamp: (after): after is string => typeof after === 'string' && isCanonicalTimestamp(after),
  date: (after): after is string =>
    typeof after === 'string' && isoDate.test(after) && isCanonicalTimestamp(`${after}T00:00:00.000Z`),
  sequence: (after): after is number => typeof after === 'number' && Number.isSafeInteger(after) && after >= 0,
};

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

function parseCursor(cursor: string): unknown {
  if (cursor.length > maxCursorLength || !base64url.test(cursor)) return undefined;
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The position a cursor stands for, checked in full against the ordering the
 * caller pages through: whatever a client sends reaches SQL only as a valid
 * timestamp, date or sequence number and a UUID.
 */
export function decodeCursor<K extends CursorKind>(cursor: string | undefined, kind: K): CursorKinds[K] | undefined {
  if (cursor === undefined) return undefined;
  const value = parseCursor(cursor);
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 2) {
    const { after, id } = value as Record<string, unknown>;
    if (isAfter[kind](after) && typeof id === 'string' && uuid.test(id)) {
      return { after, id } as CursorKinds[K];
    }
  }
  throw new ValidationError('INVALID_CURSOR', 'cursor', 'cursor is not one this service handed out');
}

/** Fetch one row more than the page holds; its presence says there is a next page. */
export function toPage<Row, T>(
  rows: Row[],
  limit: number,
  toItem: (row: Row) => T,
  positionOf: (row: Row) => KeysetPosition,
): Page<T> {
  const pageRows = rows.slice(0, limit);
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map(toItem),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(positionOf(last)) : null,
  };
}
