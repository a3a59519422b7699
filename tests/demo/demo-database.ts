import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/database.js';
import { seedDemo, type SeedOutcome } from '../../src/demo/seed-demo.js';
import type { MediaStore } from '../../src/media/media-store.js';
import { createTranslator } from '../../src/i18n/translator.js';

/** 14:30 in Riga on a Wednesday: most clients have been asked today, some not yet. */
export const seededAt = new Date('2026-03-18T12:30:00Z');
export const seededToday = '2026-03-18';

const catalog = createTranslator();

export function seed(db: Kysely<Database>, mediaStore: MediaStore, now = seededAt): Promise<SeedOutcome> {
  return seedDemo(db, { now, mediaStore, catalog, publicUrl: 'http://127.0.0.1:3000' });
}

/** How many rows each of the project's tables holds (the migrator's own tables aside). */
export async function rowCounts(db: Kysely<Database>): Promise<Record<string, number>> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'kysely_%'
    order by table_name`.execute(db);
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const result = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(name)}`.execute(db);
    counts[name] = result.rows[0]?.n ?? 0;
  }
  return counts;
}

/** The latest instant in every timestamp column of the project's tables. */
export async function latestTimestamps(db: Kysely<Database>): Promise<Array<{ column: string; latest: Date | null }>> {
  const columns = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = 'public' and data_type like 'timestamp%' and table_name not like 'kysely_%'
    order by table_name, column_name`.execute(db);
  const latest: Array<{ column: string; latest: Date | null }> = [];
  for (const { table_name, column_name } of columns.rows) {
    const result = await sql<{ latest: Date | null }>`select max(${sql.ref(column_name)}) as latest from ${sql.table(table_name)}`.execute(db);
    latest.push({ column: `${table_name}.${column_name}`, latest: result.rows[0]?.latest ?? null });
  }
  return latest;
}
