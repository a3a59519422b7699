import { sql, type Kysely } from 'kysely';
import { NotFoundError } from '../../core/errors.js';
import type { AlertKind, Database } from '../../db/database.js';

export interface AlertRecord {
  id: string;
  clientId: string;
  clientName: string;
  mentorName: string | null;
  kind: AlertKind;
  createdAt: Date;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
  escalatedAt: Date | null;
  resolvedAt: Date | null;
  resolvedBy: string | null;
  resolutionNote: string | null;
}

/** Whose alerts: one mentor's clients', or (null) everyone's. */
export type AlertScope = { mentorId: string } | null;

/** Who did something, as people read it: a staff member's or mentor's name for `staff:<id>` and `mentor:<id>`. */
const actorName = (column: 'acknowledged_by' | 'resolved_by') => sql<string | null>`(
  case when al.${sql.ref(column)} like 'staff:%' then (select s.name from staff s where s.id::text = substring(al.${sql.ref(column)} from 7))
       when al.${sql.ref(column)} like 'mentor:%' then (select m.name from mentors m where m.id::text = substring(al.${sql.ref(column)} from 8))
       else al.${sql.ref(column)} end)`;

/** Open alerts, oldest first, then those resolved or acknowledged in the last `recentDays`, newest first. */
export async function listAlerts(db: Kysely<Database>, scope: AlertScope, options: { now: Date; recentDays: number }): Promise<AlertRecord[]> {
  const since = new Date(options.now.getTime() - options.recentDays * 86_400_000);
  const rows = await sql<{
    id: string; client_id: string; client_name: string; mentor_name: string | null; kind: AlertKind; created_at: Date;
    acknowledged_at: Date | null; acknowledged_by: string | null; escalated_at: Date | null; resolved_at: Date | null; resolved_by: string | null; resolution_note: string | null;
  }>`
    select al.id, al.client_id, c.name as client_name, m.name as mentor_name, al.kind, al.created_at,
           al.acknowledged_at, ${actorName('acknowledged_by')} as acknowledged_by, al.escalated_at,
           al.resolved_at, ${actorName('resolved_by')} as resolved_by, al.resolution_note
    from alerts al
    join clients c on c.id = al.client_id
    left join assignments a on a.client_id = c.id and a.ended_at is null
    left join mentors m on m.id = a.mentor_id
    where ${scope ? sql`a.mentor_id = ${scope.mentorId}` : sql`true`}
      and (al.resolved_at is null or al.resolved_at > ${since})
    order by al.resolved_at is null desc, case when al.resolved_at is null then al.created_at end, al.resolved_at desc
    limit 200`.execute(db);
  return rows.rows.map((r) => ({
    id: r.id,
    clientId: r.client_id,
    clientName: r.client_name,
    mentorName: r.mentor_name,
    kind: r.kind,
    createdAt: r.created_at,
    acknowledgedAt: r.acknowledged_at,
    acknowledgedBy: r.acknowledged_by,
    escalatedAt: r.escalated_at,
    resolvedAt: r.resolved_at,
    resolvedBy: r.resolved_by,
    resolutionNote: r.resolution_note,
  }));
}

/** The alert when it is one of the scope's; the same answer as for no such alert otherwise. */
async function alertInScope(db: Kysely<Database>, scope: AlertScope, alertId: string) {
  const row = await db
    .selectFrom('alerts')
    .leftJoin('assignments', (join) => join.onRef('assignments.client_id', '=', 'alerts.client_id').on('assignments.ended_at', 'is', null))
    .select(['alerts.id', 'alerts.client_id', 'assignments.mentor_id'])
    .where('alerts.id', '=', alertId)
    .forUpdate('alerts')
    .executeTakeFirst();
  if (!row || (scope && row.mentor_id !== scope.mentorId)) throw new NotFoundError('ALERT_NOT_FOUND', `no alert with id ${alertId}`);
  return row;
}

/** Acknowledges an alert from the console ("seen, I will follow up"); acknowledging twice keeps the first. */
export async function acknowledgeAlertBy(db: Kysely<Database>, scope: AlertScope, alertId: string, options: { actor: string; now: Date }): Promise<void> {
  await alertInScope(db, scope, alertId);
  await db
    .updateTable('alerts')
    .set({ acknowledged_at: options.now, acknowledged_by: options.actor })
    .where('id', '=', alertId)
    .where('acknowledged_at', 'is', null)
    .execute();
}

/** Closes an alert with what was done; an unacknowledged one counts as acknowledged by whoever resolves it. */
export async function resolveAlert(db: Kysely<Database>, scope: AlertScope, alertId: string, options: { actor: string; now: Date; note: string }): Promise<void> {
  await alertInScope(db, scope, alertId);
  await db
    .updateTable('alerts')
    .set((eb) => ({
      resolved_at: options.now,
      resolved_by: options.actor,
      resolution_note: options.note,
      acknowledged_at: eb.fn.coalesce('acknowledged_at', eb.val(options.now)),
      acknowledged_by: eb.fn.coalesce('acknowledged_by', eb.val(options.actor)),
    }))
    .where('id', '=', alertId)
    .where('resolved_at', 'is', null)
    .execute();
}
