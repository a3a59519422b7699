import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';

export interface CaseloadEntry {
  clientId: string;
  name: string;
  unread: number;
  lastMood: number | null;
  openTasks: number;
}

/** A mentor's current clients with what they need at a glance, by name. */
export async function mentorCaseload(db: Kysely<Database>, mentorId: string): Promise<CaseloadEntry[]> {
  const rows = await db
    .selectFrom('assignments')
    .innerJoin('clients', 'clients.id', 'assignments.client_id')
    .innerJoin('threads', 'threads.client_id', 'clients.id')
    .select((eb) => [
      'clients.id',
      'clients.name',
      eb
        .selectFrom('messages')
        .select((m) => m.fn.countAll<number>().as('n'))
        .whereRef('messages.thread_id', '=', 'threads.id')
        .where('messages.direction', '=', 'inbound')
        .whereRef('messages.seq', '>', 'threads.mentor_seen_seq')
        .as('unread'),
      eb
        .selectFrom('checkins')
        .select('checkins.mood')
        .whereRef('checkins.client_id', '=', 'clients.id')
        .where('checkins.mood', 'is not', null)
        .orderBy('checkins.local_date', 'desc')
        .limit(1)
        .as('last_mood'),
      eb
        .selectFrom('tasks')
        .select((t) => t.fn.countAll<number>().as('n'))
        .whereRef('tasks.client_id', '=', 'clients.id')
        .where('tasks.status', 'in', ['assigned', 'submitted'])
        .as('open_tasks'),
    ])
    .where('assignments.mentor_id', '=', mentorId)
    .where('assignments.ended_at', 'is', null)
    .where('clients.status', '!=', 'ended')
    .orderBy(sql`lower(clients.name)`)
    .execute();
  return rows.map((r) => ({
    clientId: r.id,
    name: r.name,
    unread: Number(r.unread ?? 0),
    lastMood: r.last_mood ?? null,
    openTasks: Number(r.open_tasks ?? 0),
  }));
}
