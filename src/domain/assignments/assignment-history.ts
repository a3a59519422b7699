import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { getClient } from '../people/clients.js';

export interface Assignment {
  mentorId: string;
  startedAt: Date;
  endedAt: Date | null;
}

/** Who mentored a client, from when to when, newest first. */
export async function listAssignments(db: Kysely<Database>, clientId: string): Promise<Assignment[]> {
  await getClient(db, clientId);
  const rows = await db
    .selectFrom('assignments')
    .select(['mentor_id', 'started_at', 'ended_at'])
    .where('client_id', '=', clientId)
    .orderBy('started_at', 'desc')
    .execute();
  return rows.map((r) => ({ mentorId: r.mentor_id, startedAt: r.started_at, endedAt: r.ended_at }));
}
