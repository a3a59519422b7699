import { sql, type Kysely } from 'kysely';

// Frozen once landed: a change to the schema is a new migration.

const timestamp = sql`timestamptz`;

export async function up(db: Kysely<any>): Promise<void> {
  // An interpreter is a staff member with the languages they translate, bound on Telegram like a mentor.
  await db.schema.alterTable('staff').addColumn('languages', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`)).execute();
  await db.schema.alterTable('channel_accounts').addColumn('interpreter_id', 'uuid', (c) => c.references('staff.id').onDelete('cascade')).execute();
  await sql`alter table channel_accounts drop constraint channel_accounts_one_owner`.execute(db);
  await sql`alter table channel_accounts add constraint channel_accounts_one_owner check (num_nonnulls(client_id, mentor_id, interpreter_id) = 1)`.execute(db);
  await db.schema.createIndex('channel_accounts_interpreter_idx').on('channel_accounts').column('interpreter_id').where(sql.ref('interpreter_id'), 'is not', null).execute();
  await db.schema.alterTable('invites').addColumn('interpreter_id', 'uuid', (c) => c.references('staff.id').onDelete('cascade')).execute();
  await sql`alter table invites drop constraint invites_one_target`.execute(db);
  await sql`alter table invites add constraint invites_one_target check (num_nonnulls(client_id, mentor_id, interpreter_id) = 1)`.execute(db);

  // Who interpreted for a client, from when to when, as assignments keep it for mentors.
  await db.schema
    .createTable('interpreter_assignments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('interpreter_id', 'uuid', (c) => c.notNull().references('staff.id').onDelete('cascade'))
    .addColumn('started_at', timestamp, (c) => c.notNull())
    .addColumn('ended_at', timestamp)
    .execute();
  await db.schema.createIndex('interpreter_assignments_current_uq').on('interpreter_assignments').column('client_id').unique().where(sql.ref('ended_at'), 'is', null).execute();
  await db.schema.createIndex('interpreter_assignments_interpreter_idx').on('interpreter_assignments').column('interpreter_id').where(sql.ref('ended_at'), 'is', null).execute();

  // A translation of one thread message: into which language, by whom, when.
  await db.schema
    .createTable('translations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('message_id', 'uuid', (c) => c.notNull().references('messages.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('author_staff_id', 'uuid', (c) => c.notNull().references('staff.id'))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('translations_message_idx').on('translations').columns(['message_id', 'created_at']).execute();
  await db.schema.createIndex('translations_author_idx').on('translations').columns(['author_staff_id', 'created_at']).execute();

  // A mentor's message waiting for its translation before it goes to the client.
  await db.schema
    .createTable('interpretation_requests')
    .addColumn('message_id', 'uuid', (c) => c.primaryKey().references('messages.id').onDelete('cascade'))
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('interpreter_id', 'uuid', (c) => c.notNull().references('staff.id').onDelete('cascade'))
    .addColumn('requested_at', timestamp, (c) => c.notNull())
    .addColumn('flagged_at', timestamp)
    .addColumn('settled_at', timestamp)
    .addColumn('outcome', 'text', (c) => c.check(sql`outcome in ('translated', 'original')`))
    .addCheckConstraint('interpretation_requests_settled', sql`(settled_at is null) = (outcome is null)`)
    .execute();
  await db.schema.createIndex('interpretation_requests_waiting_idx').on('interpretation_requests').column('requested_at').where(sql.ref('settled_at'), 'is', null).execute();

  // A mentor's /via mode: their messages to a client with an interpreter go through the interpreter first.
  await db.schema.alterTable('mentors').addColumn('via_interpreter', 'boolean', (c) => c.notNull().defaultTo(false)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('mentors').dropColumn('via_interpreter').execute();
  await db.schema.dropTable('interpretation_requests').execute();
  await db.schema.dropTable('translations').execute();
  await db.schema.dropTable('interpreter_assignments').execute();
  await sql`delete from invites where interpreter_id is not null`.execute(db);
  await sql`alter table invites drop constraint invites_one_target`.execute(db);
  await sql`alter table invites add constraint invites_one_target check (num_nonnulls(client_id, mentor_id) = 1)`.execute(db);
  await db.schema.alterTable('invites').dropColumn('interpreter_id').execute();
  await sql`delete from channel_accounts where interpreter_id is not null`.execute(db);
  await sql`alter table channel_accounts drop constraint channel_accounts_one_owner`.execute(db);
  await sql`alter table channel_accounts add constraint channel_accounts_one_owner check (num_nonnulls(client_id, mentor_id) = 1)`.execute(db);
  await db.schema.alterTable('channel_accounts').dropColumn('interpreter_id').execute();
  await db.schema.alterTable('staff').dropColumn('languages').execute();
}
