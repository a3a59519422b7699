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
  /** The ordering value: an ISO timestamp or a sequence number. */
  after: string | number;
  id: string;
}

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): KeysetPosition | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      typeof value === 'object' &&
      value !== null &&
      'after' in value &&
      'id' in value &&
      (typeof value.after === 'string' || typeof value.after === 'number') &&
      typeof value.id === 'string'
    ) {
      return { after: value.after, id: value.id };
    }
  } catch {
    // fall through to the validation error
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
