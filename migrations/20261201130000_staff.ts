import { sql, type Kysely } from 'kysely';

// Frozen once landed: a change to the schema is a new migration.

const timestamp = sql`timestamptz`;

export async function up(db: Kysely<any>): Promise<void> {
  // People who sign in to the console: coordinators run the programme, mentors work their own
  // caseload (linked to their mentor record), interpreters come later. A mentor bound on Telegram
  // may have no email: they sign in through a link the bot gives them.
  await db.schema
    .createTable('staff')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('email', 'text', (c) => c.unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('coordinator', 'mentor', 'interpreter')`))
    .addColumn('mentor_id', 'uuid', (c) => c.references('mentors.id').unique())
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
    // The zone the console shows times in; a mentor's starts as their mentor record's.
    .addColumn('timezone', 'text', (c) => c.notNull().defaultTo('UTC'))
    .addColumn('password_hash', 'text')
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('staff_mentor_link', sql`(role = 'mentor') = (mentor_id is not null)`)
    .addCheckConstraint('staff_email_lower', sql`email = lower(email)`)
    .execute();

  // One-time links: to choose a password (72 h), to sign in from the bot (10 min), to create the
  // first coordinator. Only a digest of each link's token is kept.
  await db.schema
    .createTable('staff_links')
    .addColumn('token_digest', 'text', (c) => c.primaryKey())
    .addColumn('staff_id', 'uuid', (c) => c.references('staff.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose in ('setup', 'sign-in', 'first-coordinator')`))
    .addColumn('expires_at', timestamp, (c) => c.notNull())
    .addColumn('used_at', timestamp)
    .addColumn('created_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('staff_links_owner', sql`(purpose = 'first-coordinator') = (staff_id is null)`)
    .execute();

  // Sessions live here, so every replica knows them; only a digest of the cookie's token is kept.
  await db.schema
    .createTable('staff_sessions')
    .addColumn('token_digest', 'text', (c) => c.primaryKey())
    .addColumn('staff_id', 'uuid', (c) => c.notNull().references('staff.id').onDelete('cascade'))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('last_seen_at', timestamp, (c) => c.notNull())
    .addColumn('ended_at', timestamp)
    .execute();
  await db.schema.createIndex('staff_sessions_staff_idx').on('staff_sessions').column('staff_id').where(sql.ref('ended_at'), 'is', null).execute();

  // Alerts are followed up by people: who acknowledged one, and when it was resolved and how.
  await db.schema
    .alterTable('alerts')
    .addColumn('acknowledged_by', 'text')
    .addColumn('resolved_at', timestamp)
    .addColumn('resolved_by', 'text')
    .addColumn('resolution_note', 'text')
    .execute();

  // A coordinator may write to a client or keep a note from the console: the thread and the
  // notes name the staff member, where a mentor's are named by their mentor record.
  await sql`alter table messages drop constraint messages_author_check`.execute(db);
  await sql`alter table messages add constraint messages_author_check check (author in ('client', 'mentor', 'staff', 'system'))`.execute(db);
  await db.schema.alterTable('messages').addColumn('author_staff_id', 'uuid', (c) => c.references('staff.id')).execute();
  await db.schema.alterTable('case_notes').alterColumn('mentor_id', (c) => c.dropNotNull()).execute();
  await db.schema.alterTable('case_notes').addColumn('author_staff_id', 'uuid', (c) => c.references('staff.id')).execute();

  // The console reads threads and the audit log by client and by actor.
  await db.schema.createIndex('audit_log_actor_idx').on('audit_log').columns(['actor', 'created_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('audit_log_actor_idx').execute();
  await db.schema.alterTable('case_notes').dropColumn('author_staff_id').execute();
  await sql`delete from case_notes where mentor_id is null`.execute(db);
  await db.schema.alterTable('case_notes').alterColumn('mentor_id', (c) => c.setNotNull()).execute();
  await db.schema.alterTable('messages').dropColumn('author_staff_id').execute();
  await sql`update messages set author = 'system' where author = 'staff'`.execute(db);
  await sql`alter table messages drop constraint messages_author_check`.execute(db);
  await sql`alter table messages add constraint messages_author_check check (author in ('client', 'mentor', 'system'))`.execute(db);
  await db.schema.alterTable('alerts').dropColumn('acknowledged_by').dropColumn('resolved_at').dropColumn('resolved_by').dropColumn('resolution_note').execute();
  await db.schema.dropTable('staff_sessions').execute();
  await db.schema.dropTable('staff_links').execute();
  await db.schema.dropTable('staff').execute();
}
