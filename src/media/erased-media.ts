import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { MediaStore } from './media-store.js';

/**
 * Deletes the files (or bucket objects) an erasure left without a record, once it has committed.
 * One that cannot be deleted now is logged by digest (which names nobody) and is left for the
 * operator: the records that led to it are gone, so nothing in the service shows it again.
 */
export async function removeErasedMedia(db: Kysely<Database>, store: MediaStore, digests: string[], log: { warn(details: object, message: string): void }): Promise<void> {
  for (const sha256 of digests) {
    await store.removeUnreferenced(db, sha256).catch((error: unknown) => log.warn({ err: error, sha256 }, 'could not delete an erased client’s file'));
  }
}
