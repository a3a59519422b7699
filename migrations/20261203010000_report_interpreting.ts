import type { Kysely } from 'kysely';

// Frozen once landed: a change to the schema is a new migration.

export async function up(db: Kysely<any>): Promise<void> {
  // An erased client's translated messages, so a past report's interpreting figures do not change.
  // `message` is a random stand-in for one message, the same for all its translations, so a
  // message translated twice still counts once; `day` is the agency-calendar day of the translation.
  await db.schema
    .createTable('report_translations')
    .addColumn('subject', 'uuid', (c) => c.notNull().references('report_subjects.subject').onDelete('cascade'))
    .addColumn('message', 'uuid', (c) => c.notNull())
    .addColumn('interpreter_id', 'uuid', (c) => c.notNull())
    .addColumn('day', 'date', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('report_translations_day').on('report_translations').column('day').execute();

  // The agency-calendar days an erased client had an interpreter, both inclusive; one still
  // interpreting for them when they were erased ends on the day of the erasure.
  await db.schema
    .createTable('report_interpreter_spans')
    .addColumn('subject', 'uuid', (c) => c.notNull().references('report_subjects.subject').onDelete('cascade'))
    .addColumn('first_day', 'date', (c) => c.notNull())
    .addColumn('last_day', 'date', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('report_interpreter_spans').execute();
  await db.schema.dropTable('report_translations').execute();
}
