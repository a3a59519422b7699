import type { ImportColumn, ImportRow } from './client-import-file.js';

/** A problem with one cell of one row, named by its column. */
export interface CellProblem {
  field: ImportColumn;
  message: string;
}

/** A row in the shape of the API's client body, to be checked with the same schema, and what could not be put in that shape. */
export interface RowBody {
  body: Record<string, unknown>;
  /** The mentor's email, lower case, when the file names mentors by email; the body's mentorId is null until it is looked up. */
  mentorEmail: string | null;
  problems: CellProblem[];
}

const blankToNull = (value: string | undefined): string | null => (value === undefined || value.trim() === '' ? null : value.trim());

const yes = new Set(['true', 'yes', '1']);
const no = new Set(['false', 'no', '0']);

/** People type phone numbers with spaces, dashes, dots and brackets, as the console's form takes them; E.164 has none. */
const phoneAsTyped = (value: string | undefined) => blankToNull(value?.replace(/[\s().-]/g, ''));

/** Spreadsheets drop the leading zero of a time such as 09:30. */
const timeAsTyped = (value: string | undefined) => {
  const time = (value ?? '').trim();
  return /^\d:\d\d$/.test(time) ? `0${time}` : time;
};

/** `mon,tue,wed` or `Mon Tue`; an empty cell leaves the days to their default, every day. */
const daysAsTyped = (value: string | undefined) => {
  const days = (value ?? '').toLowerCase().split(/[\s,;]+/).filter((day) => day !== '');
  return days.length === 0 ? undefined : days;
};

/**
 * Our exports write text that a spreadsheet would run (`+371…`, `=…`) behind an apostrophe; a file
 * exported and brought back has the apostrophe still, which is not part of the value.
 */
const unguarded = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

/**
 * Turns a row's cells into a client body, as the console's form does with
 * its fields: empty cells are none, the consent cell a boolean. Whether the
 * values are acceptable is left to the client schema and the lookups.
 */
export function bodyOfRow(row: ImportRow): RowBody {
  const cells = Object.fromEntries(Object.entries(row.cells).map(([column, value]) => [column, value === undefined ? value : unguarded(value)])) as ImportRow['cells'];
  const problems: CellProblem[] = [];
  const consent = (cells.consentGiven ?? '').trim().toLowerCase();
  if (consent !== '' && !yes.has(consent) && !no.has(consent)) {
    problems.push({ field: 'consentGiven', message: 'must be true or false (yes or no, 1 or 0)' });
  }
  const mentorEmail = 'mentorEmail' in cells ? blankToNull(cells.mentorEmail)?.toLowerCase() ?? null : null;
  return {
    body: {
      name: cells.name ?? '',
      // Lower case, as PostgreSQL writes a uuid back, so the lookup finds what it asked for.
      mentorId: blankToNull(cells.mentorId)?.toLowerCase() ?? null,
      language: (cells.language ?? '').trim(),
      timezone: (cells.timezone ?? '').trim(),
      checkinTime: timeAsTyped(cells.checkinTime),
      checkinDays: daysAsTyped(cells.checkinDays),
      phone: phoneAsTyped(cells.phone),
      country: blankToNull(cells.country),
      programme: blankToNull(cells.programme),
      consentGiven: yes.has(consent),
    },
    mentorEmail,
    problems,
  };
}
