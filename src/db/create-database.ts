import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import Cursor from 'pg-cursor';
import type { Database } from './database.js';

const INT8_OID = 20;
const DATE_OID = 1082;

/**
 * Type parsers for this pool only (no global pg state): int8 as a JavaScript
 * number (identities and counts stay far below 2^53) and `date` as the
 * 'YYYY-MM-DD' text, since a Date would shift a local date by the process's zone.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === INT8_OID) return (value: string) => Number(value);
    if (oid === DATE_OID) return (value: string) => value;
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

export interface DatabaseOptions {
  maxConnections?: number;
  /** Told when an idle connection drops (a database restart); the pool reconnects on its own. */
  onIdleError?: (error: Error) => void;
}

export function createDatabase(connectionString: string, options: DatabaseOptions = {}): Kysely<Database> {
  // A database that accepts no connections fails a query within seconds rather than holding it.
  const pool = new pg.Pool({ connectionString, max: options.maxConnections ?? 10, types, connectionTimeoutMillis: 5000 });
  // Without a listener, an idle client's error would crash the process.
  pool.on('error', (error) => options.onIdleError?.(error));
  // So would the error of a client checked out between two queries (inside a
  // transaction) when the database goes away; the query in progress fails on its own.
  pool.on('connect', (client) => client.on('error', () => undefined));
  // The cursor lets `.stream()` read a large export a chunk at a time instead of all rows at once.
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool, cursor: Cursor }) });
}
