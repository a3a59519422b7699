/** What describing an entry needs of the reader: their words, their language, their way of writing a date. */
export interface AuditWords {
  t(id: string, args?: Record<string, string | number>): string;
  language: string;
  /** A calendar date 'YYYY-MM-DD' as the reader reads it. */
  date(date: string): string;
}

/** An entry told as people read it: one sentence, and a line for each of several changes. */
export interface AuditDescription {
  sentence: string;
  lines: string[];
}
