import { sql, type Kysely } from 'kysely';

// Frozen once landed: a change to the schema is a new migration.

/**
 * WhatsApp message ids and ids of people carry phone numbers. The event log
 * and the list of strangers answered only ever compare them, so they keep
 * SHA-256 digests instead: nothing there names anyone who never became a client.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`update inbound_events set event_id = encode(sha256(convert_to(event_id, 'UTF8')), 'hex') where channel = 'whatsapp'`.execute(db);
  await db.schema.alterTable('stranger_replies').renameColumn('external_id', 'sender_digest').execute();
  await sql`update stranger_replies set sender_digest = encode(sha256(convert_to(sender_digest, 'UTF8')), 'hex')`.execute(db);
}

/** The digests cannot be turned back into ids; only the column's name is restored. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('stranger_replies').renameColumn('sender_digest', 'external_id').execute();
}
