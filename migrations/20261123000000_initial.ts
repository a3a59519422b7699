import { sql, type Kysely } from 'kysely';

// Frozen once landed: a change to the schema is a new migration.

// Millisecond precision, like a JavaScript Date, so a timestamp read back compares equal to the stored one.
const timestamp = sql`timestamptz(3)`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('mentors')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) =>
      c
        .notNull()
        .defaultTo('other')
        .check(sql`role in ('social_worker', 'psychologist', 'teacher', 'career_specialist', 'other')`),
    )
    .addColumn('languages', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{en}'`))
    .addColumn('timezone', 'text', (c) => c.notNull().defaultTo('UTC'))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('mentors_created_idx').on('mentors').columns(['created_at', 'id']).execute();

  await db.schema
    .createTable('clients')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('timezone', 'text', (c) => c.notNull())
    .addColumn('checkin_time', 'time', (c) => c.notNull())
    // ISO weekdays, Monday = 1 … Sunday = 7.
    .addColumn('checkin_days', sql`smallint[]`, (c) => c.notNull().defaultTo(sql`'{1,2,3,4,5,6,7}'`))
    .addColumn('checkins_paused_until', 'date')
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('active').check(sql`status in ('active', 'paused', 'ended')`),
    )
    .addColumn('phone', 'text', (c) => c.unique())
    .addColumn('country', 'text')
    .addColumn('programme', 'text')
    .addColumn('consent_given', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('consent_at', timestamp)
    .addColumn('consent_method', 'text', (c) => c.check(sql`consent_method in ('in_person', 'bot')`))
    .addColumn('created_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('clients_created_idx').on('clients').columns(['created_at', 'id']).execute();

  await db.schema
    .createTable('assignments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('mentor_id', 'uuid', (c) => c.notNull().references('mentors.id'))
    .addColumn('started_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('ended_at', timestamp)
    .execute();
  // At most one current mentor per client; ended assignments are the history.
  await db.schema
    .createIndex('assignments_current_client_uq')
    .on('assignments')
    .column('client_id')
    .unique()
    .where(sql.ref('ended_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('assignments_current_mentor_idx')
    .on('assignments')
    .column('mentor_id')
    .where(sql.ref('ended_at'), 'is', null)
    .execute();

  await db.schema
    .createTable('channel_accounts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('telegram', 'whatsapp')`))
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('chat_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'uuid', (c) => c.references('clients.id').onDelete('cascade'))
    .addColumn('mentor_id', 'uuid', (c) => c.references('mentors.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('active').check(sql`status in ('active', 'unreachable')`),
    )
    .addColumn('unreachable_reason', 'text')
    .addColumn('created_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('channel_accounts_identity_uq', ['channel', 'external_id'])
    .addCheckConstraint('channel_accounts_one_owner', sql`num_nonnulls(client_id, mentor_id) = 1`)
    .execute();
  await db.schema.createIndex('channel_accounts_client_idx').on('channel_accounts').column('client_id').execute();
  await db.schema.createIndex('channel_accounts_mentor_idx').on('channel_accounts').column('mentor_id').execute();

  await db.schema
    .createTable('invites')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('code_hash', 'text', (c) => c.notNull().unique())
    .addColumn('client_id', 'uuid', (c) => c.references('clients.id').onDelete('cascade'))
    .addColumn('mentor_id', 'uuid', (c) => c.references('mentors.id').onDelete('cascade'))
    .addColumn('expires_at', timestamp, (c) => c.notNull())
    .addColumn('used_at', timestamp)
    .addColumn('used_by_account_id', 'uuid', (c) => c.references('channel_accounts.id').onDelete('set null'))
    .addColumn('created_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('invites_one_target', sql`num_nonnulls(client_id, mentor_id) = 1`)
    .execute();

  await db.schema
    .createTable('threads')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('client_id', 'uuid', (c) => c.notNull().unique().references('clients.id').onDelete('cascade'))
    .addColumn('created_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('media')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('sha256', 'text', (c) => c.notNull().unique())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('messages')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // Insertion order within a thread, for stable pagination and ordered delivery.
    .addColumn('seq', 'bigint', (c) => c.notNull().generatedAlwaysAsIdentity())
    .addColumn('thread_id', 'uuid', (c) => c.notNull().references('threads.id').onDelete('cascade'))
    .addColumn('direction', 'text', (c) => c.notNull().check(sql`direction in ('inbound', 'outbound')`))
    .addColumn('author', 'text', (c) => c.notNull().check(sql`author in ('client', 'mentor', 'system')`))
    .addColumn('author_mentor_id', 'uuid', (c) => c.references('mentors.id'))
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`kind in ('text', 'photo', 'document', 'voice', 'video', 'location', 'sticker', 'system')`,
        ),
    )
    .addColumn('text', 'text')
    .addColumn('media_id', 'uuid', (c) => c.references('media.id'))
    .addColumn('location', 'jsonb')
    .addColumn('reply_to_message_id', 'uuid', (c) => c.references('messages.id').onDelete('set null'))
    .addColumn('channel', 'text')
    .addColumn('external_id', 'text')
    .addColumn('edited_at', timestamp)
    .addColumn('created_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('messages_channel_external_uq', ['channel', 'external_id'])
    .execute();
  await db.schema.createIndex('messages_thread_seq_idx').on('messages').columns(['thread_id', 'seq']).execute();

  // Earlier versions of an edited message; the message row holds the current text.
  await db.schema
    .createTable('message_edits')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('message_id', 'uuid', (c) => c.notNull().references('messages.id').onDelete('cascade'))
    .addColumn('previous_text', 'text')
    .addColumn('edited_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('message_edits_message_idx').on('message_edits').column('message_id').execute();

  await db.schema
    .createTable('checkins')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('local_date', 'date', (c) => c.notNull())
    .addColumn('prompted_at', timestamp)
    .addColumn('reminded_at', timestamp)
    .addColumn('answered_at', timestamp)
    .addColumn('mood', 'smallint', (c) => c.check(sql`mood between 1 and 5`))
    .addColumn('source', 'text')
    .addColumn('created_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('checkins_client_date_uq', ['client_id', 'local_date'])
    .execute();

  await db.schema
    .createTable('tasks')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('mentor_id', 'uuid', (c) => c.references('mentors.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('details', 'text')
    .addColumn('due_date', 'date')
    .addColumn('worksheet_media_id', 'uuid', (c) => c.references('media.id'))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('assigned')
        .check(sql`status in ('assigned', 'submitted', 'approved', 'cancelled')`),
    )
    .addColumn('mentor_comment', 'text')
    .addColumn('created_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('tasks_client_status_idx').on('tasks').columns(['client_id', 'status']).execute();

  await db.schema
    .createTable('task_evidence')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('task_id', 'uuid', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('media_id', 'uuid', (c) => c.references('media.id'))
    .addColumn('message_id', 'uuid', (c) => c.references('messages.id').onDelete('set null'))
    .addColumn('caption', 'text')
    .addColumn('created_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('task_evidence_task_idx').on('task_evidence').column('task_id').execute();

  await db.schema
    .createTable('deliveries')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // Enqueue order: deliveries to one account are sent in this order.
    .addColumn('seq', 'bigint', (c) => c.notNull().generatedAlwaysAsIdentity())
    .addColumn('account_id', 'uuid', (c) => c.notNull().references('channel_accounts.id').onDelete('cascade'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('message_id', 'uuid', (c) => c.references('messages.id').onDelete('set null'))
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('pending')
        .check(sql`status in ('pending', 'sending', 'sent', 'delivered', 'read', 'failed', 'dead')`),
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_error', 'text')
    .addColumn('external_id', 'text')
    .addColumn('created_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('sent_at', timestamp)
    .addColumn('updated_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('deliveries_due_idx')
    .on('deliveries')
    .columns(['next_attempt_at', 'seq'])
    .where(sql.ref('status'), '=', 'pending')
    .execute();
  await db.schema.createIndex('deliveries_account_seq_idx').on('deliveries').columns(['account_id', 'seq']).execute();
  await db.schema.createIndex('deliveries_status_idx').on('deliveries').columns(['status', 'created_at']).execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'uuid')
    .addColumn('details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('created_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('audit_log_entity_idx').on('audit_log').columns(['entity_type', 'entity_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'audit_log',
    'deliveries',
    'task_evidence',
    'tasks',
    'checkins',
    'message_edits',
    'messages',
    'media',
    'threads',
    'invites',
    'channel_accounts',
    'assignments',
    'clients',
    'mentors',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
