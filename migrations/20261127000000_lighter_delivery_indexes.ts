import { sql, type Kysely } from 'kysely';

// Frozen once landed: a change to the schema is a new migration.

export async function up(db: Kysely<any>): Promise<void> {
  // Every index is written for every one of the 100,000 prompts a tick can enqueue. The outbox
  // claims through deliveries_pending_seq_idx, which left deliveries_due_idx unread; and a
  // message's deliveries are never looked up by a null message id, which most deliveries carry.
  await db.schema.dropIndex('deliveries_due_idx').execute();
  await db.schema.dropIndex('deliveries_message_idx').execute();
  await db.schema
    .createIndex('deliveries_message_idx')
    .on('deliveries')
    .column('message_id')
    .where(sql.ref('message_id'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('deliveries_message_idx').execute();
  await db.schema.createIndex('deliveries_message_idx').on('deliveries').column('message_id').execute();
  await db.schema
    .createIndex('deliveries_due_idx')
    .on('deliveries')
    .columns(['next_attempt_at', 'seq'])
    .where(sql.ref('status'), '=', 'pending')
    .execute();
}
