import { sql, type Kysely } from 'kysely';
import type { Database } from './database.js';

/** Whether the database answers a trivial query: tells an outage apart from a failure of the work itself. */
export function databaseAnswers(db: Kysely<Database>): Promise<boolean> {
  return sql`select 1`.execute(db).then(
    () => true,
    () => false,
  );
}
