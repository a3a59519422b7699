import { sql, type Kysely } from 'kysely';

// Frozen once landed: a change to the schema is a new migration.

export async function up(db: Kysely<any>): Promise<void> {
  // People who are nobody's account get one polite answer, not one per message.
  await db.schema
    .createTable('stranger_replies')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('replied_at', sql`timestamptz(3)`, (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('stranger_replies_pk', ['channel', 'external_id'])
    .execute();

  // The seq of the last delivery whose choices this account answered, so a
  // typed "1" answers only choices that are still open.
  await db.schema.alterTable('channel_accounts').addColumn('choices_answered_seq', 'bigint').execute();

  // Delivery receipts name the platform's message id.
  await db.schema
    .createIndex('deliveries_channel_external_idx')
    .on('deliveries')
    .columns(['channel', 'external_id'])
    .where(sql.ref('external_id'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('deliveries_channel_external_idx').execute();
  await db.schema.alterTable('channel_accounts').dropColumn('choices_answered_seq').execute();
  await db.schema.dropTable('stranger_replies').execute();
}
