import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { inject } from 'vitest';
import { createDatabase } from '../../src/db/create-database.js';
import type { Database } from '../../src/db/database.js';

export interface TestDatabase {
  db: Kysely<Database>;
  url: string;
  /** Closes the connections and drops the database. */
  drop(): Promise<void>;
}

async function withAdmin<T>(run: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
  await admin.connect();
  try {
    return await run(admin);
  } finally {
    await admin.end();
  }
}

/**
 * A database of its own for one test file, copied from the migrated template
 * (or empty, for migration tests). Names carry the setup's pid so the global
 * teardown can find leftovers.
 */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const template = inject('templateDatabase');
  const pid = template.split('_').pop();
  const name = `mentorline_t_${pid}_${randomBytes(6).toString('hex')}`;
  await withAdmin((admin) =>
    admin.query(options.empty ? `create database ${name}` : `create database ${name} template ${template}`),
  );
  const url = new URL(inject('adminDatabaseUrl'));
  url.pathname = `/${name}`;
  const db = createDatabase(url.toString(), { maxConnections: 5 });
  return {
    db,
    url: url.toString(),
    async drop() {
      await db.destroy();
      await withAdmin((admin) => admin.query(`drop database if exists ${name} with (force)`));
    },
  };
}
