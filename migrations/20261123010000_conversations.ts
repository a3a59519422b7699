import { sql, type Kysely } from 'kysely';

// Frozen once landed: a change to the schema is a new migration.

const timestamp = sql`timestamptz(3)`;

export async function up(db: Kysely<any>): Promise<void> {
  // A delivery is addressed to a chat; strangers have a chat but no account.
  await db.schema
    .alterTable('deliveries')
    .addColumn('recipient_chat_id', 'text', (c) => c.notNull())
    .addColumn('about_client_id', 'uuid', (c) => c.references('clients.id').onDelete('cascade'))
    .execute();
  await db.schema.alterTable('deliveries').alterColumn('account_id', (c) => c.dropNotNull()).execute();
  await db.schema.dropIndex('deliveries_account_seq_idx').execute();
  // Deliveries to one chat leave in enqueue order; this finds a chat's oldest unfinished one.
  await db.schema
    .createIndex('deliveries_recipient_open_idx')
    .on('deliveries')
    .columns(['channel', 'recipient_chat_id', 'seq'])
    .where(sql.ref('status'), 'in', sql`('pending', 'sending')`)
    .execute();
  // A mentor's reply names the platform message it answers; this finds the client it was about.
  await db.schema
    .createIndex('deliveries_sent_message_idx')
    .on('deliveries')
    .columns(['channel', 'recipient_chat_id', 'external_id'])
    .where(sql.ref('external_id'), 'is not', null)
    .execute();

  await db.schema
    .alterTable('channel_accounts')
    .addColumn('current_client_id', 'uuid', (c) => c.references('clients.id').onDelete('set null'))
    .addColumn('pending_action', 'jsonb')
    .execute();

  await db.schema
    .alterTable('clients')
    .addColumn('checkins_stopped_at', timestamp)
    .execute();

  await db.schema
    .alterTable('threads')
    .addColumn('mentor_seen_seq', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();

  // A client's own sub-thread in a mentor's chat, such as a Telegram forum topic.
  await db.schema
    .createTable('channel_threads')
    .addColumn('account_id', 'uuid', (c) => c.notNull().references('channel_accounts.id').onDelete('cascade'))
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('external_thread_id', 'text', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('channel_threads_pk', ['account_id', 'client_id'])
    .addUniqueConstraint('channel_threads_external_uq', ['account_id', 'external_thread_id'])
    .execute();

  // Platform events already handled, so a redelivered update has no second effect.
  await db.schema
    .createTable('inbound_events')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('received_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('inbound_events_pk', ['channel', 'event_id'])
    .execute();

  await db.schema
    .createTable('case_notes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('mentor_id', 'uuid', (c) => c.notNull().references('mentors.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('case_notes_client_idx').on('case_notes').columns(['client_id', 'created_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('case_notes').execute();
  await db.schema.dropTable('inbound_events').execute();
  await db.schema.dropTable('channel_threads').execute();
  await db.schema.alterTable('threads').dropColumn('mentor_seen_seq').execute();
  await db.schema.alterTable('clients').dropColumn('checkins_stopped_at').execute();
  await db.schema.alterTable('channel_accounts').dropColumn('current_client_id').dropColumn('pending_action').execute();
  await db.schema.dropIndex('deliveries_sent_message_idx').execute();
  await db.schema.dropIndex('deliveries_recipient_open_idx').execute();
  await db.schema.alterTable('deliveries').dropColumn('recipient_chat_id').dropColumn('about_client_id').execute();
  await db.schema.alterTable('deliveries').alterColumn('account_id', (c) => c.setNotNull()).execute();
  await db.schema.createIndex('deliveries_account_seq_idx').on('deliveries').columns(['account_id', 'seq']).execute();
}
