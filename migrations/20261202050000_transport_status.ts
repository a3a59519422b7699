import { sql, type Kysely } from 'kysely';

// Frozen once landed: a change to the schema is a new migration.

const timestamp = sql`timestamptz`;

export async function up(db: Kysely<any>): Promise<void> {
  // What a channel's transport last said of itself, where every replica reads it: only the replica
  // holding the send lease sends (and meets a refused token), while webhooks reach any of them.
  await db.schema
    .createTable('transport_status')
    .addColumn('channel', 'text', (c) => c.primaryKey())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('since', timestamp, (c) => c.notNull())
    .addColumn('last_webhook_at', timestamp)
    .addColumn('last_send_at', timestamp)
    .addColumn('last_send_ok', 'boolean')
    .addColumn('last_send_error', 'text')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('transport_status').execute();
}
