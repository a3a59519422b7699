import { sql, type Kysely } from 'kysely';

// Frozen once landed: a change to the schema is a new migration.

export async function up(db: Kysely<any>): Promise<void> {
  // Work that one replica at a time must do (a WhatsApp Web session, a channel's send budget).
  await db.schema
    .createTable('leases')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('acquired_at', sql`timestamptz(3)`, (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', sql`timestamptz(3)`, (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('leases').execute();
}
