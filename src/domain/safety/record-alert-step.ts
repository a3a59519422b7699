import type { Kysely } from 'kysely';
import { recordAudit } from '../../core/audit.js';
import type { AlertKind, Database } from '../../db/database.js';

/**
 * Records who acknowledged or resolved which kind of alert about whom, in the bot or the
 * console. A resolution's note is free text: it stays with the alert, out of the trail.
 */
export async function recordAlertStep(
  db: Kysely<Database>,
  action: 'alert.acknowledged' | 'alert.resolved',
  alert: { id: string; client_id: string; kind: AlertKind },
  options: { actor: string; now: Date },
): Promise<void> {
  await recordAudit(db, { actor: options.actor, action, entityType: 'alert', entityId: alert.id, clientId: alert.client_id, details: { kind: alert.kind }, at: options.now });
}
