import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/database.js';
import { createClient } from '../../src/domain/people/clients.js';
import { createMentor } from '../../src/domain/people/mentors.js';
import { createStaff } from '../../src/domain/staff/staff.js';
import type { TestApp } from '../support/test-app.js';
import { ConsoleSession } from '../support/console-session.js';

export const password = 'correct horse battery';
const created = new Date('2026-11-20T09:00:00Z');

/** The text of a page without its tags, as a reader sees it: entities decoded, white space collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** The message shown next to a form field after a refused post, or undefined. */
export function fieldProblem(html: string, field: string): string | undefined {
  const raw = new RegExp(`id="field-${field}-error"[^>]*>([^<]*)<`).exec(html)?.[1];
  return raw === undefined ? undefined : textOf(raw);
}

/** The value a text field shows. */
export function fieldValue(html: string, field: string): string | undefined {
  const input = new RegExp(`<input[^>]*id="field-${field}"[^>]*>`).exec(html)?.[0];
  const value = input && /value="([^"]*)"/.exec(input)?.[1];
  return value === undefined || value === null ? undefined : textOf(value);
}

/** A programme of one coordinator and two mentors with a client each; everyone signs in with `password`. */
export async function programme(db: Kysely<Database>) {
  const context = { now: created, publicUrl: 'http://console.test', actor: 'admin' };
  const laura = await createMentor(db, { name: 'Laura Ozola', timezone: 'Europe/Riga', languages: ['lv', 'en'] }, 'admin');
  const pavel = await createMentor(db, { name: 'Pavel Orlov', timezone: 'Europe/Riga', languages: ['ru'] }, 'admin');
  const client = (name: string, mentorId: string) =>
    createClient(db, { name, mentorId, language: 'en', timezone: 'Europe/Riga', checkinTime: '09:00', consentGiven: true }, 'admin', created);
  const olena = await client('Olena Petrenko', laura.id);
  const marta = await client('Marta Kalniņa', pavel.id);
  const { staff: ilze } = await createStaff(db, { email: 'ilze@example.org', name: 'Ilze Bērziņa', role: 'coordinator', password, timezone: 'Europe/Riga' }, context);
  const { staff: lauraStaff } = await createStaff(db, { email: 'laura@example.org', name: 'Laura Ozola', role: 'mentor', mentorId: laura.id, password }, context);
  return { laura, pavel, olena, marta, ilze, lauraStaff };
}

/** A browser's session signed in through the form. */
export async function signedIn(t: TestApp, email: string): Promise<ConsoleSession> {
  const session = new ConsoleSession(t.app);
  const answer = await session.signIn(email, password);
  if (answer.statusCode !== 303) throw new Error(`signing in as ${email} answered ${answer.statusCode}`);
  return session;
}
