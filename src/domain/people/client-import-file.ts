/**
 * Bounds on a file of clients to enrol. A programme enrols a few hundred
 * people at a time; the bounds leave room for that many times over and keep
 * one hostile file to a few megabytes of work.
 */
export const importLimits = {
  /** Bytes of the file as sent. */
  maxBytes: 2 * 1024 * 1024,
  /** Clients in one file, blank rows not counted. */
  maxRows: 5_000,
  /** Rows under the header, blank ones counted too. */
  maxRecords: 10_000,
  /** Characters in one cell: no column takes more than a few hundred. */
  maxCellChars: 10_000,
} as const;

/** The columns a file of clients may have, named as the API's client body names its fields. */
export const importColumns = [
  'name',
  'mentorEmail',
  'mentorId',
  'language',
  'timezone',
  'checkinTime',
  'checkinDays',
  'phone',
  'country',
  'programme',
  'consentGiven',
] as const;

export type ImportColumn = (typeof importColumns)[number];

/** One row of the file under its header, as typed: blank rows keep their number but are left out. */
export interface ImportRow {
  /** 1-based, counting from the first row under the header. */
  row: number;
  cells: Partial<Record<ImportColumn, string>>;
}

/** A file of clients that reads as CSV with a known header; its rows are not checked yet. */
export interface ImportFile {
  /** The header's columns, in the file's order. */
  columns: ImportColumn[];
  rows: ImportRow[];
}

/** Why a file as a whole cannot be read: a stable code and a sentence for the person who sent it. */
export interface FileProblem {
  code: string;
  message: string;
}
