import type { Readable } from 'node:stream';
import { sql, type Kysely } from 'kysely';
import { inTransaction } from '../core/transaction.js';
import { NotFoundError } from '../core/errors.js';
import { sha256Hex } from '../core/sha256.js';
import type { MediaStoreConfig } from '../config.js';
import type { Database } from '../db/database.js';
import type { BlobStore } from './blob-store.js';
import { createFileBlobStore } from './file-blob-store.js';
import type { MediaSanitizer } from './media-sanitizer.js';
import type { UnsafeReason } from './sanitize-media.js';
import { lazyBlobStore } from './lazy-blob-store.js';

/** Telegram lets a bot download up to 20 MB; the default limit for every channel. */
export const defaultMaxMediaBytes = 20 * 1024 * 1024;

export interface StoredMedia {
  id: string;
  sha256: string;
  contentType: string;
  sizeBytes: number;
}

/** What became of bytes handed to the store: kept, or refused and why (nothing of them is kept then). */
export type PutResult =
  | { stored: StoredMedia }
  | { refused: 'empty' | 'too_large' }
  | { refused: 'unsafe'; reason: UnsafeReason };

export interface MediaStore {
  /** Where the bytes live: `file` (DATA_DIR/media, one machine) or `s3` (a bucket every replica reads). */
  readonly kind: MediaStoreConfig['kind'];
  /** The largest file the store keeps, in bytes, after cleaning. */
  readonly maxBytes: number;
  /**
   * Cleans the bytes of location and camera metadata (see media/README.md)
   * and stores them once per content (sha256), before the row that names
   * them commits. Bytes that may still carry such metadata are refused, never
   * stored. Throws when the disk or bucket refuses the write, with a
   * file-system error code (EACCES, ENOENT, ENOSPC, ...).
   */
  put(db: Kysely<Database>, bytes: Buffer, declaredContentType: string): Promise<PutResult>;
  /** Metadata and a stream of the bytes of a stored media item. */
  open(db: Kysely<Database>, id: string): Promise<StoredMedia & { stream: Readable }>;
  /**
   * The bytes of stored content, by its digest, for a caller that has its record already: a stream
   * that says 'ready' once they can be read, or fails with code ENOENT when they are gone.
   */
  read(sha256: string): Readable;
  /** Whether a file can be written now: false when the disk, its permissions or the bucket refuse. */
  writable(): Promise<boolean>;
  /**
   * Deletes the bytes of content whose media row is gone (an erasure took the last message that
   * referred to it). Content stored again meanwhile keeps its bytes: see put().
   */
  removeUnreferenced(db: Kysely<Database>, sha256: string): Promise<boolean>;
}

/** One lock per content, so storing it again and removing its bytes never interleave. */
const contentLock = (sha256: string) => sql`select pg_advisory_xact_lock(hashtextextended(${sha256}, 0))`;

function blobStoreFor(store: MediaStoreConfig, dir: string): BlobStore {
  if (store.kind === 'file') return createFileBlobStore(dir);
  return lazyBlobStore(async () => (await import('./s3-blob-store.js')).createS3BlobStore(store));
}

/**
 * Media by content: the bytes in a blob store (files under `dir`, or the
 * bucket `store` names) under their sha256, the metadata in the database.
 */
export function createMediaStore(deps: {
  /** The media directory, DATA_DIR/media: where the bytes live unless `store` names a bucket. */
  dir: string;
  store?: MediaStoreConfig;
  sanitizer: MediaSanitizer;
  maxBytes?: number;
}): MediaStore {
  const maxBytes = deps.maxBytes ?? defaultMaxMediaBytes;
  const store = deps.store ?? { kind: 'file' };
  const blobs = blobStoreFor(store, deps.dir);

  return {
    kind: store.kind,
    maxBytes,

    async put(db, original, declaredContentType) {
      if (original.length === 0) return { refused: 'empty' };
      if (original.length > maxBytes) return { refused: 'too_large' };
      // Clients are vulnerable people: a photo of their kitchen must not give away where they live.
      const clean = await deps.sanitizer.sanitize(original, declaredContentType);
      if (clean.outcome === 'unsafe') return { refused: 'unsafe', reason: clean.reason };
      if (clean.bytes.length > maxBytes) return { refused: 'too_large' };
      const sha256 = sha256Hex(clean.bytes);
      // Written before the row commits, so no replica ever finds a row without its bytes.
      await blobs.write(sha256, clean.bytes, clean.contentType);
      const row = await inTransaction(db, async (trx) => {
        await contentLock(sha256).execute(trx);
        const stored = await trx
          .insertInto('media')
          .values({ sha256, content_type: clean.contentType, size_bytes: clean.bytes.length })
          .onConflict((oc) => oc.column('sha256').doUpdateSet({ sha256 }))
          .returning(['id', 'sha256', 'content_type', 'size_bytes'])
          .executeTakeFirstOrThrow();
        // An erasure may have removed the same content's bytes since they were written above.
        await blobs.write(sha256, clean.bytes, clean.contentType);
        return stored;
      });
      return { stored: { id: row.id, sha256: row.sha256, contentType: row.content_type, sizeBytes: row.size_bytes } };
    },

    async open(db, id) {
      const row = await db.selectFrom('media').select(['id', 'sha256', 'content_type', 'size_bytes']).where('id', '=', id).executeTakeFirst();
      if (!row) throw new NotFoundError('MEDIA_NOT_FOUND', `no media with id ${id}`);
      return { id: row.id, sha256: row.sha256, contentType: row.content_type, sizeBytes: row.size_bytes, stream: blobs.read(row.sha256) };
    },

    read: (sha256) => blobs.read(sha256),

    removeUnreferenced: (db, sha256) =>
      inTransaction(db, async (trx) => {
        await contentLock(sha256).execute(trx);
        const kept = await trx.selectFrom('media').select('id').where('sha256', '=', sha256).executeTakeFirst();
        if (kept) return false;
        await blobs.delete(sha256);
        return true;
      }),

    writable: () => blobs.writable(),
  };
}
