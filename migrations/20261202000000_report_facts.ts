import { sql, type Kysely } from 'kysely';

// Frozen once landed: a change to the schema is a new migration.

const timestamp = sql`timestamptz`;

export async function up(db: Kysely<any>): Promise<void> {
  // When a client was last set to ended, so a report can count the month they left.
  await db.schema.alterTable('clients').addColumn('ended_at', timestamp).execute();
  await sql`update clients set ended_at = updated_at where status = 'ended'`.execute(db);

  // The de-identified facts of clients who have been erased, so past reports do not change.
  // A subject is a random id that stands for one erased client and leads back to nobody.
  await db.schema
    .createTable('report_subjects')
    .addColumn('subject', 'uuid', (c) => c.primaryKey())
    .addColumn('country', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('programme', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('archived_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // One row per subject, agency-calendar day and mentor: the same figures the report reads from
  // the live tables. reply_minutes holds the first-reply waits that began that day.
  await db.schema
    .createTable('report_days')
    .addColumn('subject', 'uuid', (c) => c.notNull().references('report_subjects.subject').onDelete('cascade'))
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('mentor_id', 'uuid')
    .addColumn('new_clients', 'integer', (c) => c.notNull())
    .addColumn('ended_clients', 'integer', (c) => c.notNull())
    .addColumn('messages_from_client', 'integer', (c) => c.notNull())
    .addColumn('messages_to_client', 'integer', (c) => c.notNull())
    .addColumn('checkins_asked', 'integer', (c) => c.notNull())
    .addColumn('checkins_answered', 'integer', (c) => c.notNull())
    .addColumn('mood_sum', 'integer', (c) => c.notNull())
    .addColumn('mood_count', 'integer', (c) => c.notNull())
    .addColumn('tasks_agreed', 'integer', (c) => c.notNull())
    .addColumn('tasks_approved', 'integer', (c) => c.notNull())
    .addColumn('reply_minutes', sql`double precision[]`, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('report_days_day').on('report_days').column('day').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('report_days').execute();
  await db.schema.dropTable('report_subjects').execute();
  await db.schema.alterTable('clients').dropColumn('ended_at').execute();
}
