import { sql, type Kysely } from 'kysely';

// Frozen once landed: a change to the schema is a new migration.

const timestamp = sql`timestamptz`;

export async function up(db: Kysely<any>): Promise<void> {
  // A client asked, in the bot, for their data to be erased; coordinators carry it out.
  await db.schema
    .createTable('erasure_requests')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('client_id', 'uuid', (c) => c.references('clients.id').onDelete('set null'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('requested_at', timestamp, (c) => c.notNull())
    .addColumn('erased_at', timestamp)
    .execute();
  await db.schema.createIndex('erasure_requests_open').on('erasure_requests').column('requested_at').where(sql.ref('erased_at'), 'is', null).execute();

  // What stays of an erased client: that they were, when, by whom and why. No personal data:
  // the id leads to nothing any more, and the reason is stored with their name and phone taken out.
  await db.schema
    .createTable('erasures')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('client_id', 'uuid', (c) => c.notNull().unique())
    .addColumn('erased_at', timestamp, (c) => c.notNull())
    .addColumn('erased_by', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('request_id', 'uuid', (c) => c.references('erasure_requests.id').onDelete('set null'))
    // The messages telling them: they name a chat, so they go once the outbox is done with them.
    .addColumn('farewell_delivery_ids', sql`uuid[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .execute();

  // Finished deliveries keep their status, times and platform ids; their texts go after a while.
  await db.schema.alterTable('deliveries').addColumn('payload_cleared_at', timestamp).execute();
  await db.schema
    .createIndex('deliveries_text_kept')
    .on('deliveries')
    .column('updated_at')
    .where(sql<boolean>`payload_cleared_at is null and status in ('sent', 'delivered', 'read', 'failed', 'dead', 'cancelled')`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('deliveries_text_kept').execute();
  await db.schema.alterTable('deliveries').dropColumn('payload_cleared_at').execute();
  await db.schema.dropTable('erasures').execute();
  await db.schema.dropTable('erasure_requests').execute();
}
