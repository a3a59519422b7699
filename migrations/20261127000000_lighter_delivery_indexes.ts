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
  // Receipts find a sent delivery by channel and platform id, a mentor's reply by those and the
  // chat as well: one index in that column order serves both, where two were written on every send.
  await db.schema.dropIndex('deliveries_sent_message_idx').execute();
  await db.schema.dropIndex('deliveries_channel_external_idx').execute();
  await db.schema
    .createIndex('deliveries_channel_external_idx')
    .on('deliveries')
    .columns(['channel', 'external_id', 'recipient_chat_id'])
    .where(sql.ref('external_id'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('deliveries_channel_external_idx').execute();
  await db.schema
    .createIndex('deliveries_channel_external_idx')
    .on('deliveries')
    .columns(['channel', 'external_id'])
    .where(sql.ref('external_id'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('deliveries_sent_message_idx')
    .on('deliveries')
    .columns(['channel', 'recipient_chat_id', 'external_id'])
    .where(sql.ref('external_id'), 'is not', null)
    .execute();
  await db.schema.dropIndex('deliveries_message_idx').execute();
  await db.schema.createIndex('deliveries_message_idx').on('deliveries').column('message_id').execute();
  await db.schema
    .createIndex('deliveries_due_idx')
    .on('deliveries')
    .columns(['next_attempt_at', 'seq'])
    .where(sql.ref('status'), '=', 'pending')
    .execute();
}
