import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.js';

/**
 * Runs `work` in a transaction: the caller's, when it is already in one
 * (Kysely does not nest them), or a new one.
 */
export async function inTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db);
  return db.transaction().execute((trx: Transaction<Database>) => work(trx));
}
