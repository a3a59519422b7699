import type { Kysely } from 'kysely';

/**
 * Runs `work` in a transaction: the caller's, when `db` is one already (an
 * import of many records, a seeding), so the work lands or vanishes with
 * the rest; otherwise one of its own.
 */
export function inTransaction<DB, T>(db: Kysely<DB>, work: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
