import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';

/** A phone number one row of the file gives, already in E.164. */
export interface RowPhone {
  row: number;
  phone: string;
}

/** The same words as a single enrolment's refusal (PHONE_TAKEN in clients.ts). */
const takenMessage = 'another client already has this phone number';

const shownRows = 5;

/** Names the other rows with the same number, the first few of them when there are many. */
function alsoOn(rows: readonly number[], self: number): string {
  const others = rows.length - 1;
  const named = rows.filter((row, index) => row !== self && index <= shownRows).slice(0, shownRows);
  if (others === 1) return `the same phone number is also on row ${named[0]} of this file`;
  const more = others > named.length ? ` and ${others - named.length} more` : '';
  return `the same phone number is also on rows ${named.join(', ')}${more} of this file`;
}

/**
 * What is wrong with the rows' phone numbers, by row: one another client
 * already has, or one that more than one row gives, each such row naming
 * the others. A number both taken and repeated is said to be taken, the
 * reason no row with it can be enrolled.
 */
export async function phoneProblems(db: Kysely<Database>, phones: readonly RowPhone[]): Promise<Map<number, string>> {
  const problems = new Map<number, string>();
  if (phones.length === 0) return problems;
  const distinct = [...new Set(phones.map(({ phone }) => phone))];
  const taken = new Set((await db.selectFrom('clients').select('phone').where('phone', 'in', distinct).execute()).map(({ phone }) => phone));
  const rowsOf = new Map<string, number[]>();
  for (const { row, phone } of phones) {
    const rows = rowsOf.get(phone);
    if (rows) rows.push(row);
    else rowsOf.set(phone, [row]);
  }
  for (const { row, phone } of phones) {
    const rows = rowsOf.get(phone) ?? [];
    if (taken.has(phone)) problems.set(row, takenMessage);
    else if (rows.length > 1) problems.set(row, alsoOn(rows, row));
  }
  return problems;
}
