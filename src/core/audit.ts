import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';

export interface AuditEntry {
  /** Who acted: 'admin' for the admin API, 'mentor:<id>' for a mentor in a bot. */
  actor: string;
  action: string;
  entityType: string;
  entityId: string | null;
  details?: Record<string, unknown>;
}

/** Call inside the transaction of the change it records, so both land or neither. */
export async function recordAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor: entry.actor,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}
