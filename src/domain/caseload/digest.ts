import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Translator } from '../../i18n/translator.js';
import { loadMentorContext } from '../people/contexts.js';
import { textToMentor } from '../threads/relay.js';
import { inScope, type Scope } from '../turn/scope.js';

export interface DigestOptions {
  translator: Translator;
  now: Date;
  /** Local 'HH:MM' in each mentor's own zone. */
  digestTime: string;
  /** A digest is not sent later than this after its time, so an outage does not send the evening's digest at night. */
  catchupMs: number;
}

interface DigestRow {
  name: string;
  mood: number | null;
  answered: boolean;
  prompted: boolean;
  open_alerts: number;
  overdue_tasks: number;
}

/**
 * Sends each mentor whose digest time has come today in their own zone the
 * day's summary of their caseload, once: the (mentor, local date) key makes
 * repeated ticks and several schedulers harmless.
 */
export async function sendDueDigests(db: Kysely<Database>, options: DigestOptions): Promise<number> {
  const now = options.now.toISOString();
  return inScope(db, { translator: options.translator, clock: () => options.now }, async (scope) => {
    const trx = scope.db;
    const due = await sql<{ mentor_id: string; local_date: string }>`
      insert into mentor_digests (mentor_id, local_date, sent_at)
      select m.id, d.local_date, ${now}::timestamptz
      from mentors m
      cross join lateral (select (${now}::timestamptz at time zone m.timezone)::date as local_date) d
      where m.active
        and (d.local_date + ${options.digestTime}::time) at time zone m.timezone <= ${now}::timestamptz
        and ${now}::timestamptz < (d.local_date + ${options.digestTime}::time) at time zone m.timezone
                                  + ${options.catchupMs} * interval '1 millisecond'
        and exists (select 1 from assignments a where a.mentor_id = m.id and a.ended_at is null)
        and exists (select 1 from channel_accounts ca where ca.mentor_id = m.id and ca.status <> 'revoked')
      on conflict (mentor_id, local_date) do nothing
      returning mentor_id, local_date::text`.execute(trx);
    for (const digest of due.rows) await sendDigest(scope, options, digest.mentor_id, digest.local_date);
    return due.rows.length;
  });
}

async function sendDigest(scope: Scope, options: DigestOptions, mentorId: string, localDate: string) {
  const { db } = scope;
  const mentor = await loadMentorContext(db, mentorId);
  if (!mentor) return;
  const t = (id: string, args?: Record<string, string | number>) => options.translator.t(mentor.language, id, args);
  const now = options.now.toISOString();
  // Each client's "today" is their own local date.
  const rows = await sql<DigestRow>`
    select c.name, k.mood, k.answered_at is not null as answered, k.prompted_at is not null as prompted,
           (select count(*) from alerts al where al.client_id = c.id and al.acknowledged_at is null)::int as open_alerts,
           (select count(*) from tasks tk where tk.client_id = c.id and tk.status = 'assigned'
              and tk.due_date < (${now}::timestamptz at time zone c.timezone)::date)::int as overdue_tasks
    from assignments a
    join clients c on c.id = a.client_id
    left join checkins k on k.client_id = c.id and k.local_date = (${now}::timestamptz at time zone c.timezone)::date
    where a.mentor_id = ${mentorId} and a.ended_at is null and c.status = 'active'
    order by lower(c.name)`.execute(db);

  const answered = rows.rows.filter((r) => r.answered).map((r) => `${r.name} ${r.mood}/5`);
  const unanswered = rows.rows.filter((r) => r.prompted && !r.answered).map((r) => r.name);
  const alerts = rows.rows.filter((r) => r.open_alerts > 0).map((r) => `${r.name} (${r.open_alerts})`);
  const overdue = rows.rows.filter((r) => r.overdue_tasks > 0).map((r) => `${r.name} (${r.overdue_tasks})`);
  const lines = [
    t('digest-header', { date: localDate }),
    t('digest-answered', { count: answered.length, names: answered.join(', ') || '–' }),
    t('digest-unanswered', { count: unanswered.length, names: unanswered.join(', ') || '–' }),
    ...(alerts.length > 0 ? [t('digest-alerts', { names: alerts.join(', ') })] : []),
    ...(overdue.length > 0 ? [t('digest-overdue', { names: overdue.join(', ') })] : []),
  ];
  await textToMentor(scope, mentorId, lines.join('\n'), { priority: 'bulk' });
}
