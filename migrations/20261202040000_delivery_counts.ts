import { type Kysely } from 'kysely';

// Frozen once landed: a change to the schema is a new migration.

export async function up(db: Kysely<any>): Promise<void> {
  // /metrics counts deliveries per channel and status at every scrape: from this index, not the table.
  await db.schema.createIndex('deliveries_channel_status_idx').on('deliveries').columns(['channel', 'status']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('deliveries_channel_status_idx').execute();
}
