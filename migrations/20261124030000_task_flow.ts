import { sql, type Kysely } from 'kysely';

// Frozen once landed: a change to the schema is a new migration.

const timestamp = sql`timestamptz(3)`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('tasks')
    .addColumn('submitted_at', timestamp)
    .addColumn('approved_at', timestamp)
    // Set when the due-date morning reminder went out, so it goes out once.
    .addColumn('due_reminded_at', timestamp)
    .execute();
  await db.schema
    .createIndex('tasks_due_idx')
    .on('tasks')
    .column('due_date')
    .where(() => sql<boolean>`status = 'assigned' and due_reminded_at is null`)
    .execute();
  // ISO weekday of the client's weekly summary, Sunday by default.
  await db.schema
    .alterTable('clients')
    .addColumn('weekly_summary_day', 'smallint', (c) => c.notNull().defaultTo(7).check(sql`weekly_summary_day between 1 and 7`))
    .execute();
  await db.schema
    .createTable('weekly_summaries')
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('local_date', 'date', (c) => c.notNull())
    .addColumn('sent_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('weekly_summaries_pk', ['client_id', 'local_date'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('weekly_summaries').execute();
  await db.schema.alterTable('clients').dropColumn('weekly_summary_day').execute();
  await db.schema.dropIndex('tasks_due_idx').execute();
  await db.schema.alterTable('tasks').dropColumn('submitted_at').dropColumn('approved_at').dropColumn('due_reminded_at').execute();
}
