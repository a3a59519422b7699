import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';

export interface CaseloadEntry {
  clientId: string;
  name: string;
  unread: number;
  lastMood: number | null;
  /** Check-ins asked and left unanswered since the last answer, counting only days that have ended. */
  missedDays: number;
  openTasks: number;
  /** Open tasks whose due date has passed in the client's zone. */
  overdueTasks: number;
}

/** A mentor's current clients with what they need at a glance, by name. */
export async function mentorCaseload(db: Kysely<Database>, mentorId: string, now: Date): Promise<CaseloadEntry[]> {
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
      sql<number>`(
        select count(*)::int from checkins k
        where k.client_id = clients.id and k.prompted_at is not null and k.answered_at is null
          and k.local_date < (${now.toISOString()}::timestamptz at time zone clients.timezone)::date
          and k.local_date > coalesce(
            (select max(a.local_date) from checkins a where a.client_id = clients.id and a.answered_at is not null),
            '-infinity'::date))`.as('missed_days'),
      eb
        .selectFrom('tasks')
        .select((t) => t.fn.countAll<number>().as('n'))
        .whereRef('tasks.client_id', '=', 'clients.id')
        .where('tasks.status', 'in', ['assigned', 'submitted'])
        .as('open_tasks'),
      sql<number>`(
        select count(*)::int from tasks t
        where t.client_id = clients.id and t.status = 'assigned'
          and t.due_date < (${now.toISOString()}::timestamptz at time zone clients.timezone)::date)`.as('overdue_tasks'),
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
    missedDays: r.missed_days,
    openTasks: Number(r.open_tasks ?? 0),
    overdueTasks: r.overdue_tasks,
  }));
}
