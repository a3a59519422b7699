import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
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

/** A database's name, address and connections, before the database itself is made. */
function plannedTestDatabase(options: { empty?: boolean }): TestDatabase & { create(): Promise<void> } {
  const template = inject('templateDatabase');
  const pid = template.split('_').pop();
  const name = `mentorline_t_${pid}_${randomBytes(6).toString('hex')}`;
  const url = new URL(inject('adminDatabaseUrl'));
  url.pathname = `/${name}`;
  // The pool connects on first use, so it can exist before the database does.
  const db = createDatabase(url.toString(), { maxConnections: 5 });
  return {
    db,
    url: url.toString(),
    async create() {
      await withAdmin((admin) =>
        admin.query(options.empty ? `create database ${name}` : `create database ${name} template ${template}`),
      );
    },
    async drop() {
      await db.destroy();
      await withAdmin((admin) => admin.query(`drop database if exists ${name} with (force)`));
    },
  };
}

/**
 * A database of its own, copied from the migrated template (or empty, for
 * migration tests). Names carry the setup's pid so the global teardown can
 * find leftovers.
 */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const database = plannedTestDatabase(options);
  await database.create();
  return database;
}

/**
 * The test file's own database, made before its tests and dropped after them.
 * Its `db` can be taken at once; it connects when the first test runs.
 */
export function useTestDatabase(options: { empty?: boolean } = {}): TestDatabase {
  const database = plannedTestDatabase(options);
  beforeAll(() => database.create());
  afterAll(() => database.drop());
  return database;
}
