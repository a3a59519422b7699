import { sql, type Kysely } from 'kysely';

// Frozen once landed: a change to the schema is a new migration.

export async function up(db: Kysely<any>): Promise<void> {
  // The outbox claims the oldest pending deliveries first; this lets it stop after a batch
  // rather than sort every pending delivery, which matters with 100,000 prompts waiting.
  await db.schema
    .createIndex('deliveries_pending_seq_idx')
    .on('deliveries')
    .column('seq')
    .where(sql.ref('status'), '=', 'pending')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('deliveries_pending_seq_idx').execute();
}
