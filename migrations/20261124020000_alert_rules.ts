import { sql, type Kysely } from 'kysely';

// Frozen once landed: a change to the schema is a new migration.

export async function up(db: Kysely<any>): Promise<void> {
  // One alert of a kind per check-in, however many schedulers or button presses raise it.
  await db.schema.createIndex('alerts_kind_checkin_uq').on('alerts').columns(['kind', 'checkin_id']).unique().execute();
  // A crisis alert points at the message that raised it.
  await db.schema
    .alterTable('alerts')
    .addColumn('message_id', 'uuid', (c) => c.references('messages.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('alerts_unescalated_idx').on('alerts').column('created_at').where(sql.ref('escalated_at'), 'is', null).execute();
  // Missed check-ins are looked for among recent unanswered prompts.
  await db.schema
    .createIndex('checkins_missed_idx')
    .on('checkins')
    .column('local_date')
    .where(() => sql<boolean>`answered_at is null and prompted_at is not null`)
    .execute();
  // One digest per mentor and local date, however many schedulers tick.
  await db.schema
    .createTable('mentor_digests')
    .addColumn('mentor_id', 'uuid', (c) => c.notNull().references('mentors.id').onDelete('cascade'))
    .addColumn('local_date', 'date', (c) => c.notNull())
    .addColumn('sent_at', sql`timestamptz(3)`, (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('mentor_digests_pk', ['mentor_id', 'local_date'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('mentor_digests').execute();
  await db.schema.dropIndex('checkins_missed_idx').execute();
  await db.schema.dropIndex('alerts_unescalated_idx').execute();
  await db.schema.alterTable('alerts').dropColumn('message_id').execute();
  await db.schema.dropIndex('alerts_kind_checkin_uq').execute();
}
