import type { Kysely } from 'kysely';
import { z } from 'zod';
import { phoneField } from '../../core/fields.js';
import type { Database } from '../../db/database.js';
import { bodyOfRow, type RowBody } from './client-import-cells.js';
import { importColumns, type ImportColumn, type ImportFile, type ImportRow } from './client-import-file.js';
import { mentorsByEmail, mentorsById, type NamedMentor } from './client-import-mentors.js';
import { phoneProblems, type RowPhone } from './client-import-phones.js';
import type { NewClient } from './clients.js';

/** What is wrong with one cell: the row (1-based, under the header) and the column it is in. */
export interface ImportRowError {
  row: number;
  field: ImportColumn;
  message: string;
}

/** The answer about a file: how many clients it holds, how many could be enrolled, and what stops the others. */
export interface ImportReport {
  rows: number;
  valid: number;
  errors: ImportRowError[];
}

export interface CheckedRow extends ImportRow {
  /** The client to enrol; null while the row has errors. */
  client: NewClient | null;
  errors: ImportRowError[];
}

export interface CheckedImport {
  columns: ImportColumn[];
  rows: CheckedRow[];
  report: ImportReport;
}

/**
 * The rules a single enrolment checks a client with: the API's client body,
 * handed down by the edge that owns it, so a row is refused in the very
 * words `POST /api/clients` would use.
 */
export interface ClientImportRules {
  clientSchema: z.ZodType<NewClient>;
}

const emailField = z.email({ message: 'must be an email address' });
const columnOrder = (a: ImportRowError, b: ImportRowError) => importColumns.indexOf(a.field) - importColumns.indexOf(b.field);
const isColumn = (key: unknown): key is ImportColumn => (importColumns as readonly unknown[]).includes(key);

interface Parsed {
  row: ImportRow;
  given: RowBody;
  client: NewClient | null;
  /** The first message for each column. */
  problems: Map<ImportColumn, string>;
}

function parseRow(row: ImportRow, rules: ClientImportRules): Parsed {
  const given = bodyOfRow(row);
  const problems = new Map(given.problems.map(({ field, message }) => [field, message]));
  const parsed = rules.clientSchema.safeParse(given.body);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const key = issue.path[0];
    const field = isColumn(key) ? key : 'name';
    if (!problems.has(field)) problems.set(field, issue.message);
  }
  if (given.mentorEmail !== null && !emailField.safeParse(given.mentorEmail).success) problems.set('mentorEmail', 'must be an email address');
  return { row, given, client: parsed.success ? parsed.data : null, problems };
}

/** The mentor a row names, or its problem put on the row's mentor column. */
function mentorOf(parsed: Parsed, found: Map<string, NamedMentor>): string | null {
  const field: ImportColumn = parsed.given.mentorEmail === null ? 'mentorId' : 'mentorEmail';
  const named = parsed.given.mentorEmail ?? (typeof parsed.given.body.mentorId === 'string' ? parsed.given.body.mentorId : null);
  if (named === null || parsed.problems.has(field)) return null;
  const mentor = found.get(named);
  if (!mentor) {
    parsed.problems.set(field, field === 'mentorEmail' ? `no mentor has a console account with the email ${named}` : `no mentor with id ${named}`);
    return null;
  }
  if (!mentor.active) parsed.problems.set(field, `the mentor ${mentor.name} is not active`);
  return mentor.id;
}

/** The row's phone number in E.164 when it gives an acceptable one, whatever else is wrong with the row, so repeats are found across all rows. */
function phoneOf(parsed: Parsed): RowPhone[] {
  const { phone } = parsed.given.body;
  if (typeof phone !== 'string' || parsed.problems.has('phone')) return [];
  const valid = phoneField.safeParse(phone);
  return valid.success ? [{ row: parsed.row.row, phone: valid.data }] : [];
}

/**
 * Checks every row of a file as a single enrolment would check it, and
 * more: that each named mentor exists and is active, and that no phone
 * number is another client's or on two rows. Writes nothing; every row is
 * checked, so one answer names every problem of the file.
 */
export async function checkImport(db: Kysely<Database>, file: ImportFile, rules: ClientImportRules): Promise<CheckedImport> {
  const parsed = file.rows.map((row) => parseRow(row, rules));
  const byEmail = file.columns.includes('mentorEmail');
  const wanted = parsed.flatMap((one) => {
    const named = byEmail ? one.given.mentorEmail : one.given.body.mentorId;
    const field: ImportColumn = byEmail ? 'mentorEmail' : 'mentorId';
    return typeof named === 'string' && !one.problems.has(field) ? [named] : [];
  });
  const mentors = byEmail ? await mentorsByEmail(db, wanted) : await mentorsById(db, wanted);
  const mentorIds = parsed.map((one) => mentorOf(one, mentors));
  const phones = await phoneProblems(db, parsed.flatMap(phoneOf));

  const rows = parsed.map((one, index): CheckedRow => {
    const phoneProblem = phones.get(one.row.row);
    if (phoneProblem !== undefined) one.problems.set('phone', phoneProblem);
    const errors = [...one.problems].map(([field, message]) => ({ row: one.row.row, field, message })).sort(columnOrder);
    const client = errors.length === 0 && one.client ? { ...one.client, mentorId: mentorIds[index] ?? null } : null;
    return { ...one.row, client, errors };
  });
  const valid = rows.filter((row) => row.errors.length === 0).length;
  return { columns: file.columns, rows, report: { rows: rows.length, valid, errors: rows.flatMap((row) => row.errors) } };
}
