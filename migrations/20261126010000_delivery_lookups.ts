import type { Kysely } from 'kysely';

// Frozen once landed: a change to the schema is a new migration.

export async function up(db: Kysely<any>): Promise<void> {
  // The last thing said to an account (typed answers, closing questions) and a message's deliveries
  // (receipts, delivery status in a thread) are looked up on every message.
  await db.schema.createIndex('deliveries_account_seq_idx').on('deliveries').columns(['account_id', 'seq']).execute();
  await db.schema.createIndex('deliveries_message_idx').on('deliveries').column('message_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('deliveries_message_idx').execute();
  await db.schema.dropIndex('deliveries_account_seq_idx').execute();
}
