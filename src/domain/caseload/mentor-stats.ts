import { sql, type Kysely } from 'kysely';
import type { Database, MentorRole } from '../../db/database.js';
import { medianFirstReplyMinutes } from './first-replies.js';

export interface MentorSummary {
  id: string;
  name: string;
  role: MentorRole;
  active: boolean;
  caseload: number;
  waiting: number;
  /** Over the last 30 days; null without an answered opening. */
  medianFirstReplyMinutes: number | null;
  /** Answered check-ins over asked ones, last 30 days; null when none were asked. */
  checkinAnswerRate: number | null;
  /** Alerts about their current clients that nobody has acknowledged or resolved. */
  openAlerts: number;
  /** Whether they have joined in Telegram: an account from an invite, not revoked. */
  joined: boolean;
}

const windowMs = 30 * 86_400_000;

/**
 * Every mentor (or the ones given) with the figures that show who is
 * overloaded or slow to answer. Each figure counts what the list behind it
 * shows: clients and alerts by the current assignment, as a mentor sees them.
 */
export async function mentorSummaries(db: Kysely<Database>, options: { now: Date; mentorIds?: string[] }): Promise<MentorSummary[]> {
  const from = new Date(options.now.getTime() - windowMs);
  const rows = await sql<{
    id: string;
    name: string;
    role: MentorRole;
    active: boolean;
    caseload: number;
    waiting: number;
    asked: number;
    answered: number;
    open_alerts: number;
    joined: boolean;
  }>`
    select m.id, m.name, m.role, m.active,
           (select count(*)::int from assignments a join clients c on c.id = a.client_id
             where a.mentor_id = m.id and a.ended_at is null and c.status <> 'ended') as caseload,
           (select count(*)::int from assignments a join clients c on c.id = a.client_id
             where a.mentor_id = m.id and a.ended_at is null and c.status <> 'ended'
               and (select mm.author from messages mm join threads th on th.id = mm.thread_id
                    where th.client_id = c.id and mm.author <> 'system' order by mm.seq desc limit 1) = 'client') as waiting,
           (select count(*)::int from checkins k join assignments a on a.client_id = k.client_id and a.ended_at is null
             where a.mentor_id = m.id and k.prompted_at >= ${from}) as asked,
           (select count(*)::int from checkins k join assignments a on a.client_id = k.client_id and a.ended_at is null
             where a.mentor_id = m.id and k.prompted_at >= ${from} and k.answered_at is not null) as answered,
           (select count(*)::int from alerts al join assignments a on a.client_id = al.client_id and a.ended_at is null
             where a.mentor_id = m.id and al.acknowledged_at is null and al.resolved_at is null) as open_alerts,
           exists (select 1 from channel_accounts ca where ca.mentor_id = m.id and ca.status <> 'revoked') as joined
    from mentors m
    ${options.mentorIds ? sql`where m.id = any(${options.mentorIds}::uuid[])` : sql``}
    order by lower(m.name)`.execute(db);
  const medians = await medianFirstReplyMinutes(db, { from, to: options.now, ...(options.mentorIds ? { mentorIds: options.mentorIds } : {}) });
  return rows.rows.map((row) => ({
    id: row.id,
    name: row.name,
    role: row.role,
    active: row.active,
    caseload: row.caseload,
    waiting: row.waiting,
    medianFirstReplyMinutes: medians.get(row.id) ?? null,
    checkinAnswerRate: row.asked > 0 ? row.answered / row.asked : null,
    openAlerts: row.open_alerts,
    joined: row.joined,
  }));
}
