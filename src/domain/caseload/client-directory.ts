import { sql, type Kysely } from 'kysely';
import { decodeCursor, encodeCursor, type Page } from '../../core/pagination.js';
import type { Channel, ClientStatus, Database } from '../../db/database.js';
import { checkinStateSql, inScope, waitingSinceSql, type CaseloadScope, type CheckinState } from './today.js';

/** What staff may narrow the list of clients by; every field is optional. */
export interface ClientDirectoryFilter {
  search?: string | undefined;
  mentorId?: string | undefined;
  status?: ClientStatus | undefined;
  programme?: string | undefined;
  language?: string | undefined;
  channel?: Channel | undefined;
  /** Today's check-in in this state (each client's own today). */
  checkin?: CheckinState | undefined;
  /** Answered today with this mood. */
  mood?: number | undefined;
  /** Their last word is unanswered. */
  waiting?: boolean | undefined;
  /** They have a task past its due date. */
  overdue?: boolean | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

/** One page of the list, with how many clients match in all. */
export type ClientDirectoryPage = Page<ClientRow> & { total: number };

export interface ClientRow {
  id: string;
  name: string;
  status: ClientStatus;
  mentorName: string | null;
  channels: Channel[];
  lastContactAt: Date | null;
  lastMood: number | null;
  /** The answered mood of each of the last 14 local days, oldest first; null for a day without one. */
  moods14: Array<number | null>;
  openTasks: number;
  /** Since when their last word waits for an answer, or null. */
  waitingSince: Date | null;
  /** Since when they have stopped the daily question themselves (/stop), or null. */
  checkinsStoppedAt: Date | null;
  /** Alerts about them that nobody has acknowledged or resolved yet. */
  openAlerts: number;
}

const historyDays = 14;

/** Clients a staff member may see, by name, with what a list of them should show at a glance. */
export async function listClientRows(
  db: Kysely<Database>,
  scope: CaseloadScope,
  filter: ClientDirectoryFilter,
  now: Date,
): Promise<ClientDirectoryPage> {
  return clientRows(db, scope, filter, now);
}

/** One client's row, whatever their status, as the list would show it: for the head of their own page. */
export async function clientRow(db: Kysely<Database>, clientId: string, now: Date): Promise<ClientRow | undefined> {
  const page = await clientRows(db, null, { clientId }, now);
  return page.items[0];
}

async function clientRows(
  db: Kysely<Database>,
  scope: CaseloadScope,
  filter: ClientDirectoryFilter & { clientId?: string },
  now: Date,
): Promise<ClientDirectoryPage> {
  const limit = Math.min(filter.limit ?? 25, 100);
  const after = decodeCursor(filter.cursor, 'sequence');
  const at = now.toISOString();
  const search = filter.search?.trim();
  const conditions = [
    inScope(scope),
    filter.clientId ? sql`c.id = ${filter.clientId}` : sql`true`,
    search ? sql`c.name ilike ${`%${search.replace(/[\\%_]/g, '\\$&')}%`}` : sql`true`,
    filter.mentorId ? sql`a.mentor_id = ${filter.mentorId}` : sql`true`,
    // Ended clients are left out of the list unless asked for; one client asked for by id is shown as they are.
    filter.status ? sql`c.status = ${filter.status}` : filter.clientId ? sql`true` : sql`c.status <> 'ended'`,
    filter.programme ? sql`c.programme = ${filter.programme}` : sql`true`,
    filter.language ? sql`c.language = ${filter.language}` : sql`true`,
    filter.channel ? sql`exists (select 1 from channel_accounts ca where ca.client_id = c.id and ca.channel = ${filter.channel} and ca.status <> 'revoked')` : sql`true`,
    filter.checkin === 'asked' ? sql`k.prompted_at is not null` : filter.checkin ? sql`${checkinStateSql} = ${filter.checkin}` : sql`true`,
    filter.mood ? sql`k.answered_at is not null and k.mood = ${filter.mood}` : sql`true`,
    filter.waiting ? sql`w.since is not null` : sql`true`,
    filter.overdue
      ? sql`exists (select 1 from tasks t where t.client_id = c.id and t.status = 'assigned' and t.due_date < (${at}::timestamptz at time zone c.timezone)::date)`
      : sql`true`,
  ];
  // Ordered by name, then id. The page is found with the cheap columns alone; what a row shows is
  // read for that page only, so a long caseload costs a page's work, not the whole list's.
  const rows = await sql<{
    id: string;
    name: string;
    status: ClientStatus;
    mentor_name: string | null;
    channels: Channel[] | null;
    last_contact_at: Date | null;
    moods: Array<number | null>;
    last_mood: number | null;
    open_tasks: number;
    waiting_since: Date | null;
    checkins_stopped_at: Date | null;
    open_alerts: number;
    position: number;
    total: number;
  }>`
    with listed as (
      select c.id, row_number() over (order by lower(c.name), c.id)::int as position, count(*) over ()::int as total
      from clients c
      left join assignments a on a.client_id = c.id and a.ended_at is null
      left join checkins k on k.client_id = c.id and k.local_date = (${at}::timestamptz at time zone c.timezone)::date
      left join lateral (
        select ${waitingSinceSql} as since
        where (select mm.author from messages mm join threads th on th.id = mm.thread_id
               where th.client_id = c.id and mm.author <> 'system' order by mm.seq desc limit 1) = 'client'
      ) w on ${filter.waiting ? sql`true` : sql`false`}
      where ${sql.join(conditions, sql` and `)}
    ),
    page as (select * from listed where position > ${after ? Number(after.after) : 0} order by position limit ${limit + 1})
    select c.id, c.name, c.status, m.name as mentor_name, page.position, page.total, c.checkins_stopped_at,
           (select array_agg(distinct ca.channel) from channel_accounts ca where ca.client_id = c.id and ca.status <> 'revoked') as channels,
           (select max(mm.created_at) from messages mm join threads th on th.id = mm.thread_id where th.client_id = c.id and mm.author <> 'system') as last_contact_at,
           (select array_agg(h.mood order by d.day)
              from generate_series(1, ${historyDays}::int) as d(day)
              left join checkins h on h.client_id = c.id and h.answered_at is not null
                and h.local_date = (${at}::timestamptz at time zone c.timezone)::date - (${historyDays}::int - d.day)) as moods,
           (select h.mood from checkins h where h.client_id = c.id and h.mood is not null order by h.local_date desc limit 1) as last_mood,
           (select count(*)::int from tasks t where t.client_id = c.id and t.status in ('assigned', 'submitted')) as open_tasks,
           (select count(*)::int from alerts al where al.client_id = c.id and al.acknowledged_at is null and al.resolved_at is null) as open_alerts,
           case when (select mm.author from messages mm join threads th on th.id = mm.thread_id
                      where th.client_id = c.id and mm.author <> 'system' order by mm.seq desc limit 1) = 'client'
                then ${waitingSinceSql} end as waiting_since
    from page
    join clients c on c.id = page.id
    left join assignments a on a.client_id = c.id and a.ended_at is null
    left join mentors m on m.id = a.mentor_id
    order by page.position`.execute(db);
  const page = rows.rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => ({
      id: row.id,
      name: row.name,
      status: row.status,
      mentorName: row.mentor_name,
      channels: row.channels ?? [],
      lastContactAt: row.last_contact_at,
      lastMood: row.last_mood,
      moods14: row.moods,
      openTasks: row.open_tasks,
      waitingSince: row.waiting_since,
      checkinsStoppedAt: row.checkins_stopped_at,
      openAlerts: row.open_alerts,
    })),
    nextCursor: rows.rows.length > limit && last ? encodeCursor({ after: last.position, id: last.id }) : null,
    // A page past the end has no row to carry the count: there is nothing there to count.
    total: rows.rows[0]?.total ?? 0,
  };
}

/** The values the list of clients can be narrowed to: programmes and languages in use, and the mentors of current clients. */
export async function directoryChoices(
  db: Kysely<Database>,
  scope: CaseloadScope,
): Promise<{ programmes: string[]; languages: string[]; mentors: Array<{ id: string; name: string }> }> {
  const rows = await sql<{ programmes: string[] | null; languages: string[] | null }>`
    select array_agg(distinct c.programme order by c.programme) filter (where c.programme is not null) as programmes,
           array_agg(distinct c.language order by c.language) as languages
    from clients c where ${inScope(scope)}`.execute(db);
  const mentors = await sql<{ id: string; name: string }>`
    select distinct m.id, m.name
    from clients c
    join assignments ma on ma.client_id = c.id and ma.ended_at is null
    join mentors m on m.id = ma.mentor_id
    where ${inScope(scope)}
    order by m.name, m.id`.execute(db);
  return { programmes: rows.rows[0]?.programmes ?? [], languages: rows.rows[0]?.languages ?? [], mentors: mentors.rows };
}
