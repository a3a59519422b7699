import { sql, type Kysely } from 'kysely';
import type { AlertKind, Database } from '../../db/database.js';

/** Whose caseload: one mentor's, or (null) the whole programme's. */
export type CaseloadScope = { mentorId: string } | null;

/** What a check-in of a client's own today is: answered, still open, missed after its reminder, or not asked. */
export const checkinStates = ['asked', 'answered', 'not-yet', 'missed'] as const;
export type CheckinState = (typeof checkinStates)[number];

export interface TodayOverview {
  checkins: Record<CheckinState, number>;
  /** How many answered today with each mood, 1 (very bad) to 5 (very good). */
  moods: [number, number, number, number, number];
  openAlerts: Array<{ id: string; clientId: string; clientName: string; kind: AlertKind; createdAt: Date }>;
  waiting: Array<{ clientId: string; clientName: string; since: Date }>;
  overdueTasks: Array<{ taskId: string; clientId: string; clientName: string; title: string; dueDate: string }>;
  /** Deliveries given up (dead) or refused for good (failed); null when not for this viewer (mentors do not run the outbox). */
  deadDeliveries: number | null;
}

/** The clients of a scope, as a SQL condition on `c` (clients) joined to their current assignment. */
export function inScope(scope: CaseloadScope) {
  return scope
    ? sql`exists (select 1 from assignments a where a.client_id = c.id and a.ended_at is null and a.mentor_id = ${scope.mentorId})`
    : sql`true`;
}

/** A client's check-in of today, in their own zone, as a state; SQL over `k` (checkins, may be null). */
export const checkinStateSql = sql`case
  when k.answered_at is not null then 'answered'
  when k.prompted_at is not null and k.reminded_at is not null then 'missed'
  when k.prompted_at is not null then 'not-yet'
end`;

/** When a client's last word, not yet answered by anyone, was written; SQL over `c` (clients). */
export const waitingSinceSql = sql`(
  select m.created_at from messages m join threads t on t.id = m.thread_id
  where t.client_id = c.id and m.author <> 'system'
  order by m.seq desc limit 1)`;

const lastAuthorSql = sql`(
  select m.author from messages m join threads t on t.id = m.thread_id
  where t.client_id = c.id and m.author <> 'system'
  order by m.seq desc limit 1)`;

/** Who of a scope was asked today and how they answered; each client's "today" is their own local date. */
export async function checkinsToday(db: Kysely<Database>, scope: CaseloadScope, now: Date): Promise<Pick<TodayOverview, 'checkins' | 'moods'>> {
  const at = now.toISOString();
  const counts = await sql<{ state: CheckinState | null; mood: number | null; n: number }>`
    select ${checkinStateSql} as state, k.mood, count(*)::int as n
    from clients c
    join checkins k on k.client_id = c.id and k.local_date = (${at}::timestamptz at time zone c.timezone)::date
    where c.status <> 'ended' and ${inScope(scope)}
    group by 1, 2`.execute(db);
  const checkins: Record<CheckinState, number> = { asked: 0, answered: 0, 'not-yet': 0, missed: 0 };
  const moods: TodayOverview['moods'] = [0, 0, 0, 0, 0];
  for (const row of counts.rows) {
    if (row.state === null) continue;
    checkins[row.state] += row.n;
    checkins.asked += row.n;
    if (row.state === 'answered' && row.mood !== null && row.mood >= 1 && row.mood <= 5) moods[row.mood - 1] = (moods[row.mood - 1] ?? 0) + row.n;
  }
  return { checkins, moods };
}

/**
 * The day at a glance for a mentor's caseload or the whole programme: who
 * was asked and how they answered (see checkinsToday), alerts still open,
 * clients whose last word nobody has answered, and tasks past their due date.
 */
export async function todayOverview(db: Kysely<Database>, scope: CaseloadScope, now: Date): Promise<TodayOverview> {
  const at = now.toISOString();
  const { checkins, moods } = await checkinsToday(db, scope, now);
  const openAlerts = await sql<{ id: string; client_id: string; client_name: string; kind: AlertKind; created_at: Date }>`
    select al.id, c.id as client_id, c.name as client_name, al.kind, al.created_at
    from alerts al join clients c on c.id = al.client_id
    where al.acknowledged_at is null and al.resolved_at is null and ${inScope(scope)}
    order by al.created_at limit 50`.execute(db);
  const waiting = await sql<{ client_id: string; client_name: string; since: Date }>`
    select c.id as client_id, c.name as client_name, ${waitingSinceSql} as since
    from clients c
    where c.status <> 'ended' and ${inScope(scope)} and ${lastAuthorSql} = 'client'
    order by since limit 50`.execute(db);
  const overdue = await sql<{ task_id: string; client_id: string; client_name: string; title: string; due_date: string }>`
    select t.id as task_id, c.id as client_id, c.name as client_name, t.title, t.due_date::text
    from tasks t join clients c on c.id = t.client_id
    where t.status = 'assigned' and t.due_date < (${at}::timestamptz at time zone c.timezone)::date and c.status <> 'ended' and ${inScope(scope)}
    order by t.due_date limit 50`.execute(db);
  const dead = scope === null ? await sql<{ n: number }>`select count(*)::int as n from deliveries where status in ('dead', 'failed')`.execute(db) : undefined;
  return {
    checkins,
    moods,
    openAlerts: openAlerts.rows.map((r) => ({ id: r.id, clientId: r.client_id, clientName: r.client_name, kind: r.kind, createdAt: r.created_at })),
    waiting: waiting.rows.map((r) => ({ clientId: r.client_id, clientName: r.client_name, since: r.since })),
    overdueTasks: overdue.rows.map((r) => ({ taskId: r.task_id, clientId: r.client_id, clientName: r.client_name, title: r.title, dueDate: r.due_date })),
    deadDeliveries: dead ? (dead.rows[0]?.n ?? 0) : null,
  };
}
