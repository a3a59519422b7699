import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';

/** A mentor a file of clients names, as far as enrolment cares. */
export interface NamedMentor {
  id: string;
  name: string;
  active: boolean;
}

/**
 * The mentors whose console accounts have these emails (lower case), by
 * email. Only accounts with the mentor role count: a coordinator's email
 * names nobody to mentor.
 */
export async function mentorsByEmail(db: Kysely<Database>, emails: readonly string[]): Promise<Map<string, NamedMentor>> {
  if (emails.length === 0) return new Map();
  const rows = await db
    .selectFrom('staff')
    .innerJoin('mentors', 'mentors.id', 'staff.mentor_id')
    .select(['staff.email', 'mentors.id', 'mentors.name', 'mentors.active'])
    .where('staff.role', '=', 'mentor')
    .where('staff.email', 'in', [...new Set(emails)])
    .execute();
  return new Map(rows.flatMap(({ email, ...mentor }) => (email === null ? [] : [[email, mentor] as const])));
}

/** The mentor records with these ids, by id. */
export async function mentorsById(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, NamedMentor>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('mentors').select(['id', 'name', 'active']).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((mentor) => [mentor.id, mentor]));
}
