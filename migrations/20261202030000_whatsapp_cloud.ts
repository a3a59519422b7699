import { sql, type Kysely } from 'kysely';

// Frozen once landed: a change to the schema is a new migration.

const timestamp = sql`timestamptz`;

export async function up(db: Kysely<any>): Promise<void> {
  // WhatsApp's customer-service window runs 24 hours from the person's last message to us.
  await db.schema.alterTable('channel_accounts').addColumn('last_inbound_at', timestamp).execute();
  // When the person was last sent the template saying a mentor's message waits: once per closed window.
  await db.schema.alterTable('channel_accounts').addColumn('waiting_notice_at', timestamp).execute();
  // A delivery held until the person writes again is pending for ever; it does not hold up its chat,
  // and writing releases it. The index finds an account's held ones.
  await db.schema
    .createIndex('deliveries_held_idx')
    .on('deliveries')
    .column('account_id')
    .where(sql<boolean>`status = 'pending' and next_attempt_at = 'infinity'`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('deliveries_held_idx').execute();
  await db.schema.alterTable('channel_accounts').dropColumn('waiting_notice_at').execute();
  await db.schema.alterTable('channel_accounts').dropColumn('last_inbound_at').execute();
}
