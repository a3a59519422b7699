import { sql, type Kysely, type RawBuilder } from 'kysely';
import { NotFoundError, ValidationError } from '../../core/errors.js';
import type { AlertKind, Database } from '../../db/database.js';
import { recordAlertStep } from './record-alert-step.js';

export interface AlertRecord {
  id: string;
  clientId: string;
  clientName: string;
  /** The client's current mentor, whose alert it is now. */
  mentorId: string | null;
  mentorName: string | null;
  kind: AlertKind;
  createdAt: Date;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
  escalatedAt: Date | null;
  resolvedAt: Date | null;
  resolvedBy: string | null;
  resolutionNote: string | null;
  /** The check-in that raised it, when one did: its local date and the mood answered, if any. */
  checkin: { date: string; mood: number | null } | null;
}

/** Whose alerts: one mentor's clients', or (null) everyone's. */
export type AlertScope = { mentorId: string } | null;

/** The longest resolution note kept: a few paragraphs of what was done. */
export const maxResolutionNoteLength = 2000;

/** Who did something, as people read it: a staff member's or mentor's name for `staff:<id>` and `mentor:<id>`. */
const actorName = (column: 'acknowledged_by' | 'resolved_by') => sql<string | null>`(
  case when al.${sql.ref(column)} like 'staff:%' then (select s.name from staff s where s.id::text = substring(al.${sql.ref(column)} from 7))
       when al.${sql.ref(column)} like 'mentor:%' then (select m.name from mentors m where m.id::text = substring(al.${sql.ref(column)} from 8))
       else al.${sql.ref(column)} end)`;

interface AlertRow {
  id: string; client_id: string; client_name: string; mentor_id: string | null; mentor_name: string | null; kind: AlertKind; created_at: Date;
  acknowledged_at: Date | null; acknowledged_by: string | null; escalated_at: Date | null; resolved_at: Date | null; resolved_by: string | null;
  resolution_note: string | null; checkin_date: string | null; checkin_mood: number | null;
}

/** Alerts of a scope (by the client's current mentor) that meet `where`, in the order given. */
async function selectAlerts(db: Kysely<Database>, scope: AlertScope, where: RawBuilder<unknown>, orderAndLimit: RawBuilder<unknown>): Promise<AlertRecord[]> {
  const rows = await sql<AlertRow>`
    select al.id, al.client_id, c.name as client_name, a.mentor_id, m.name as mentor_name, al.kind, al.created_at,
           al.acknowledged_at, ${actorName('acknowledged_by')} as acknowledged_by, al.escalated_at,
           al.resolved_at, ${actorName('resolved_by')} as resolved_by, al.resolution_note,
           k.local_date as checkin_date, k.mood as checkin_mood
    from alerts al
    join clients c on c.id = al.client_id
    left join assignments a on a.client_id = c.id and a.ended_at is null
    left join mentors m on m.id = a.mentor_id
    left join checkins k on k.id = al.checkin_id
    where ${scope ? sql`a.mentor_id = ${scope.mentorId}` : sql`true`} and ${where}
    ${orderAndLimit}`.execute(db);
  return rows.rows.map((r) => ({
    id: r.id,
    clientId: r.client_id,
    clientName: r.client_name,
    mentorId: r.mentor_id,
    mentorName: r.mentor_name,
    kind: r.kind,
    createdAt: r.created_at,
    acknowledgedAt: r.acknowledged_at,
    acknowledgedBy: r.acknowledged_by,
    escalatedAt: r.escalated_at,
    resolvedAt: r.resolved_at,
    resolvedBy: r.resolved_by,
    resolutionNote: r.resolution_note,
    checkin: r.checkin_date === null ? null : { date: r.checkin_date, mood: r.checkin_mood },
  }));
}

/** Open alerts, oldest first, then those resolved in the last `recentDays`, newest first. */
export async function listAlerts(db: Kysely<Database>, scope: AlertScope, options: { now: Date; recentDays: number }): Promise<AlertRecord[]> {
  const since = new Date(options.now.getTime() - options.recentDays * 86_400_000);
  return selectAlerts(
    db,
    scope,
    sql`(al.resolved_at is null or al.resolved_at > ${since})`,
    sql`order by al.resolved_at is null desc, case when al.resolved_at is null then al.created_at end, al.resolved_at desc limit 200`,
  );
}

/** One alert of the scope; the same NotFoundError for another mentor's client's alert as for none at all. */
export async function getAlert(db: Kysely<Database>, scope: AlertScope, alertId: string): Promise<AlertRecord> {
  const [alert] = await selectAlerts(db, scope, sql`al.id = ${alertId}`, sql``);
  if (!alert) throw new NotFoundError('ALERT_NOT_FOUND', `no alert with id ${alertId}`);
  return alert;
}

/** The alert when it is one of the scope's; the same answer as for no such alert otherwise. */
async function alertInScope(db: Kysely<Database>, scope: AlertScope, alertId: string) {
  const row = await db
    .selectFrom('alerts')
    .leftJoin('assignments', (join) => join.onRef('assignments.client_id', '=', 'alerts.client_id').on('assignments.ended_at', 'is', null))
    .select(['alerts.id', 'alerts.client_id', 'alerts.kind', 'assignments.mentor_id'])
    .where('alerts.id', '=', alertId)
    .forUpdate('alerts')
    .executeTakeFirst();
  if (!row || (scope && row.mentor_id !== scope.mentorId)) throw new NotFoundError('ALERT_NOT_FOUND', `no alert with id ${alertId}`);
  return row;
}

/**
 * Acknowledges an alert from the console ("seen, I will follow up").
 * Acknowledging twice keeps the first: false when someone had already.
 */
export async function acknowledgeAlertBy(db: Kysely<Database>, scope: AlertScope, alertId: string, options: { actor: string; now: Date }): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const alert = await alertInScope(trx, scope, alertId);
    const acknowledged = await trx
      .updateTable('alerts')
      .set({ acknowledged_at: options.now, acknowledged_by: options.actor })
      .where('id', '=', alertId)
      .where('acknowledged_at', 'is', null)
      .executeTakeFirst();
    if (acknowledged.numUpdatedRows === 0n) return false;
    await recordAlertStep(trx, 'alert.acknowledged', alert, options);
    return true;
  });
}

/**
 * Closes an alert with a note of what was done, which it needs: the record
 * of a crisis must say how it ended. An unacknowledged alert counts as
 * acknowledged by whoever resolves it. False when it was resolved already,
 * whose note stays.
 */
export async function resolveAlert(db: Kysely<Database>, scope: AlertScope, alertId: string, options: { actor: string; now: Date; note: string }): Promise<boolean> {
  const note = options.note.trim();
  if (note === '') throw new ValidationError('NOTE_REQUIRED', 'note', 'must say what was done');
  if ([...note].length > maxResolutionNoteLength) throw new ValidationError('NOTE_TOO_LONG', 'note', `must be at most ${maxResolutionNoteLength} characters`);
  return db.transaction().execute(async (trx) => {
    const alert = await alertInScope(trx, scope, alertId);
    const resolved = await trx
      .updateTable('alerts')
      .set((eb) => ({
        resolved_at: options.now,
        resolved_by: options.actor,
        resolution_note: note,
        acknowledged_at: eb.fn.coalesce('acknowledged_at', eb.val(options.now)),
        acknowledged_by: eb.fn.coalesce('acknowledged_by', eb.val(options.actor)),
      }))
      .where('id', '=', alertId)
      .where('resolved_at', 'is', null)
      .executeTakeFirst();
    if (resolved.numUpdatedRows === 0n) return false;
    await recordAlertStep(trx, 'alert.resolved', alert, options);
    return true;
  });
}
