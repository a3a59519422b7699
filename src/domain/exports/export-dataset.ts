import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';

/** What one cell holds; a Date is an instant, written in UTC. */
export type ExportValue = string | number | boolean | Date | null;

/** One column of an export: its header, as the API names the field, and how a row fills it. */
export interface ExportColumn<Row> {
  header: string;
  value: (row: Row) => ExportValue;
}

/** Calendar days, both inclusive, 'YYYY-MM-DD'; a missing end leaves that side open. */
export interface ExportPeriod {
  from?: string | undefined;
  to?: string | undefined;
}

export interface ExportRequest {
  period: ExportPeriod;
  /** The agency's IANA zone, for the days of instants such as when a task was agreed. */
  agencyTimezone: string;
}

export type ExportName = 'clients' | 'checkins' | 'tasks';

/**
 * One export: its name (the file's and the audit action's), its columns, and
 * its rows, read from a cursor as the reader asks for them. Whoever stops
 * reading early must call `return()` on the rows, which closes the cursor and
 * gives its connection back to the pool.
 */
export interface ExportDataset<Row> {
  name: ExportName;
  columns: readonly ExportColumn<Row>[];
  rows: (db: Kysely<Database>, request: ExportRequest) => AsyncIterableIterator<Row>;
}

/**
 * Rows fetched per round trip: a thousand rows are a few hundred kilobytes,
 * and 100,000 of them take a hundred round trips of well under a millisecond each.
 */
export const cursorChunkRows = 1000;
