import { sql, type Kysely } from 'kysely';

// Frozen once landed: a change to the schema is a new migration.

const timestamp = sql`timestamptz(3)`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('alerts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('mentor_id', 'uuid', (c) => c.references('mentors.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('low_mood', 'missed_checkins', 'crisis_words')`))
    .addColumn('checkin_id', 'uuid', (c) => c.references('checkins.id').onDelete('set null'))
    .addColumn('created_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('acknowledged_at', timestamp)
    .addColumn('escalated_at', timestamp)
    .execute();
  await db.schema.createIndex('alerts_open_idx').on('alerts').columns(['mentor_id', 'created_at']).where(sql.ref('acknowledged_at'), 'is', null).execute();
  // Reminders look for prompted, unanswered check-ins.
  await db.schema
    .createIndex('checkins_unanswered_idx')
    .on('checkins')
    .column('prompted_at')
    .where(() => sql<boolean>`answered_at is null and reminded_at is null and prompted_at is not null`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('checkins_unanswered_idx').execute();
  await db.schema.dropTable('alerts').execute();
}
