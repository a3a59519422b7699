import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface PeopleNames {
  staff: Map<string, string>;
  mentors: Map<string, string>;
  clients: Map<string, string>;
}

async function namesIn(db: Kysely<Database>, table: 'staff' | 'mentors' | 'clients', ids: readonly unknown[]): Promise<Map<string, string>> {
  // Values of changed fields are whatever was recorded: only ids can name anyone.
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string' && uuid.test(id)))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom(table).select(['id', 'name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** The names of the staff, mentors and clients among these ids that still exist; an erased client has none. */
export async function namesFor(db: Kysely<Database>, ids: { staff: readonly unknown[]; mentors: readonly unknown[]; clients: readonly unknown[] }): Promise<PeopleNames> {
  const [staff, mentors, clients] = await Promise.all([namesIn(db, 'staff', ids.staff), namesIn(db, 'mentors', ids.mentors), namesIn(db, 'clients', ids.clients)]);
  return { staff, mentors, clients };
}
