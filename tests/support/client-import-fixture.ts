import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/database.js';
import { createMentor, updateMentor } from '../../src/domain/people/mentors.js';
import { createStaff } from '../../src/domain/staff/staff.js';

/** The time every import test runs at, so nothing depends on the wall clock. */
export const importNow = new Date('2026-11-20T09:00:00Z');

export const header = ['name', 'mentorEmail', 'language', 'timezone', 'checkinTime', 'checkinDays', 'phone', 'country', 'programme', 'consentGiven'];

/** A CSV file as a spreadsheet writes it: every cell quoted where it must be, CRLF line ends. */
export function csvFile(rows: ReadonlyArray<ReadonlyArray<string>>): Buffer {
  const cell = (value: string) => (/[",\r\n;]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return Buffer.from(rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n');
}

/** A row of the header above: an Estonian-zoned client of Laura's unless told otherwise. */
export function clientRow(name: string, changes: Partial<Record<string, string>> = {}): string[] {
  const row: Record<string, string> = {
    name,
    mentorEmail: 'laura@example.org',
    language: 'uk',
    timezone: 'Europe/Tallinn',
    checkinTime: '09:30',
    checkinDays: 'mon,wed,fri',
    phone: '',
    country: 'Ukraine',
    programme: 'Resettlement 2026',
    consentGiven: 'yes',
    ...changes,
  };
  return header.map((column) => row[column] ?? '');
}

/**
 * Mentors a file may name: Laura and Pavel, each with a console account,
 * Old Mentor whose record is no longer active, and a coordinator whose email
 * names nobody to mentor.
 */
export async function importPeople(db: Kysely<Database>) {
  const context = { now: importNow, publicUrl: 'http://console.test', actor: 'admin' };
  const laura = await createMentor(db, { name: 'Laura Ozola', languages: ['lv', 'en'], timezone: 'Europe/Riga' }, 'admin');
  const pavel = await createMentor(db, { name: 'Pavel Orlov', languages: ['ru'], timezone: 'Europe/Riga' }, 'admin');
  const old = await createMentor(db, { name: 'Old Mentor', languages: ['en'] }, 'admin');
  await createStaff(db, { email: 'laura@example.org', name: 'Laura Ozola', role: 'mentor', mentorId: laura.id }, context);
  await createStaff(db, { email: 'pavel@example.org', name: 'Pavel Orlov', role: 'mentor', mentorId: pavel.id }, context);
  await createStaff(db, { email: 'old@example.org', name: 'Old Mentor', role: 'mentor', mentorId: old.id }, context);
  await createStaff(db, { email: 'ilze@example.org', name: 'Ilze Bērziņa', role: 'coordinator' }, context);
  await updateMentor(db, old.id, { active: false }, 'admin', importNow);
  return { laura, pavel, old };
}

/** How many of each record an import writes there are now. */
export async function recordCounts(db: Kysely<Database>) {
  const count = async (table: 'clients' | 'threads' | 'assignments' | 'audit_log') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
  return { clients: await count('clients'), threads: await count('threads'), assignments: await count('assignments'), audit: await count('audit_log') };
}
