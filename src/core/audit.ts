import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { inTransaction } from './transaction.js';

/** The fields a change changed, each with its value before and after, as the API shows them. */
export type AuditChanges = Record<string, { from: unknown; to: unknown }>;

export interface AuditEntry {
  /**
   * Who acted: `staff:<id>` in the console, `admin` for the admin API, `system` for the service
   * itself, `mentor:<id>` or `client:<id>` for a person in a bot.
   */
  actor: string;
  action: string;
  entityType: string;
  entityId: string | null;
  /** The client the entry is about, whenever it is about one, whatever its entity. */
  clientId?: string | null | undefined;
  /** Ids, field names, channels, counts and reasons from fixed sets: never a name, a phone or free text. */
  details?: Record<string, unknown>;
  /**
   * The old and new values of what changed. Kept apart from the entry, so the entry can be
   * append-only while erasing a client still removes the values about them. Free text (message
   * and note texts, task titles) never goes here: name the field in `details` instead.
   */
  changes?: AuditChanges | undefined;
  /** When it happened, by the caller's clock; the database's when left out. */
  at?: Date | undefined;
}

const insertEntry = (db: Kysely<Database>, entry: AuditEntry) =>
  db.insertInto('audit_log').values({
    actor: entry.actor,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    client_id: entry.clientId ?? null,
    details: JSON.stringify(entry.details ?? {}),
    created_at: entry.at,
  });

async function insertChanges(db: Kysely<Database>, auditId: string, changes: AuditChanges): Promise<void> {
  const rows = Object.entries(changes).map(([field, { from, to }]) => ({
    audit_id: auditId,
    field,
    // undefined is no JSON value: a field that had none had null.
    old_value: JSON.stringify(from ?? null),
    new_value: JSON.stringify(to ?? null),
  }));
  if (rows.length > 0) await db.insertInto('audit_changes').values(rows).execute();
}

/** Call inside the transaction of the change it records, so both land or neither. */
export async function recordAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  const changes = entry.changes ?? {};
  if (Object.keys(changes).length === 0) {
    await insertEntry(db, entry).execute();
    return;
  }
  await inTransaction(db, async (trx) => {
    const row = await insertEntry(trx, entry).returning('id').executeTakeFirstOrThrow();
    await insertChanges(trx, row.id, changes);
  });
}

/**
 * Records an entry unless the same actor did the same to the same client, with the same details,
 * less than `withinMs` before: how reads are kept to one entry per sitting rather than one per
 * request. Two requests at the same instant may both record; the trail says the same either way.
 * Needs `at` and `clientId`, which the check compares.
 */
export async function recordAuditUnlessRecent(db: Kysely<Database>, entry: AuditEntry & { at: Date; clientId: string }, withinMs: number): Promise<void> {
  const details = JSON.stringify(entry.details ?? {});
  await sql`
    insert into audit_log (actor, action, entity_type, entity_id, client_id, details, created_at)
    select ${entry.actor}, ${entry.action}, ${entry.entityType}, ${entry.entityId}, ${entry.clientId}, ${details}::jsonb, ${entry.at}
    where not exists (
      select 1 from audit_log
      where client_id = ${entry.clientId} and created_at > ${new Date(entry.at.getTime() - withinMs)} and created_at <= ${entry.at}
        and actor = ${entry.actor} and action = ${entry.action} and details = ${details}::jsonb
    )`.execute(db);
}

/**
 * The changes between a record before and after, for the fields named: only those whose value
 * differs (compared as JSON, so arrays and dates compare by value).
 */
export function changesBetween<T extends object>(before: T, after: T, fields: ReadonlyArray<keyof T & string>): AuditChanges {
  const changes: AuditChanges = {};
  for (const field of fields) {
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}
