import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, constants, mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { sql, type Kysely } from 'kysely';
import { inTransaction } from '../core/transaction.js';
import { NotFoundError } from '../core/errors.js';
import { sha256Hex } from '../core/sha256.js';
import type { Database } from '../db/database.js';
import type { MediaSanitizer } from './media-sanitizer.js';
import type { UnsafeReason } from './sanitize-media.js';

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
  /** The largest file the store keeps, in bytes, after cleaning. */
  readonly maxBytes: number;
  /**
   * Cleans the bytes of location and camera metadata (see media/README.md)
   * and stores them once per content (sha256). Bytes that may still carry
   * such metadata are refused, never stored. Throws when the file system
   * refuses the write, with its error code.
   */
  put(db: Kysely<Database>, bytes: Buffer, declaredContentType: string): Promise<PutResult>;
  /** Metadata and a stream of the bytes of a stored media item. */
  open(db: Kysely<Database>, id: string): Promise<StoredMedia & { stream: Readable }>;
  /** The bytes of stored content, by its digest, for a caller that has its record already. */
  read(sha256: string): Readable;
  /** Whether a file can be written now: false when the disk or its permissions refuse. */
  writable(): Promise<boolean>;
  /**
   * Deletes the file of content whose media row is gone (an erasure took the last message that
   * referred to it). Content stored again meanwhile keeps its file: see put().
   */
  removeUnreferenced(db: Kysely<Database>, sha256: string): Promise<boolean>;
}

/** One lock per content, so storing it again and removing its file never interleave. */
const contentLock = (sha256: string) => sql`select pg_advisory_xact_lock(hashtextextended(${sha256}, 0))`;

/** Files live at `<dir>/<first two hex digits>/<sha256>`; the database holds only metadata. */
export function createMediaStore(deps: { dir: string; sanitizer: MediaSanitizer; maxBytes?: number }): MediaStore {
  const maxBytes = deps.maxBytes ?? defaultMaxMediaBytes;
  const pathFor = (sha256: string) => path.join(deps.dir, sha256.slice(0, 2), sha256);

  async function writeOnce(sha256: string, bytes: Buffer): Promise<void> {
    const target = pathFor(sha256);
    const existing = await stat(target).catch(() => undefined);
    if (existing?.size === bytes.length) return;
    await mkdir(path.dirname(target), { recursive: true });
    // Write then rename, so a crash never leaves a half-written file under the final name.
    const temporary = `${target}.${randomUUID()}.tmp`;
    await writeFile(temporary, bytes, { mode: 0o600 });
    await rename(temporary, target);
  }

  return {
    maxBytes,

    async put(db, original, declaredContentType) {
      if (original.length === 0) return { refused: 'empty' };
      if (original.length > maxBytes) return { refused: 'too_large' };
      // Clients are vulnerable people: a photo of their kitchen must not give away where they live.
      const clean = await deps.sanitizer.sanitize(original, declaredContentType);
      if (clean.outcome === 'unsafe') return { refused: 'unsafe', reason: clean.reason };
      if (clean.bytes.length > maxBytes) return { refused: 'too_large' };
      const sha256 = sha256Hex(clean.bytes);
      await writeOnce(sha256, clean.bytes);
      const row = await inTransaction(db, async (trx) => {
        await contentLock(sha256).execute(trx);
        const stored = await trx
          .insertInto('media')
          .values({ sha256, content_type: clean.contentType, size_bytes: clean.bytes.length })
          .onConflict((oc) => oc.column('sha256').doUpdateSet({ sha256 }))
          .returning(['id', 'sha256', 'content_type', 'size_bytes'])
          .executeTakeFirstOrThrow();
        // An erasure may have removed the same content's file since it was written above.
        await writeOnce(sha256, clean.bytes);
        return stored;
      });
      return { stored: { id: row.id, sha256: row.sha256, contentType: row.content_type, sizeBytes: row.size_bytes } };
    },

    async open(db, id) {
      const row = await db.selectFrom('media').select(['id', 'sha256', 'content_type', 'size_bytes']).where('id', '=', id).executeTakeFirst();
      if (!row) throw new NotFoundError('MEDIA_NOT_FOUND', `no media with id ${id}`);
      return {
        id: row.id,
        sha256: row.sha256,
        contentType: row.content_type,
        sizeBytes: row.size_bytes,
        stream: createReadStream(pathFor(row.sha256)),
      };
    },

    read: (sha256) => createReadStream(pathFor(sha256)),

    removeUnreferenced: (db, sha256) =>
      inTransaction(db, async (trx) => {
        await contentLock(sha256).execute(trx);
        const kept = await trx.selectFrom('media').select('id').where('sha256', '=', sha256).executeTakeFirst();
        if (kept) return false;
        await unlink(pathFor(sha256)).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
        });
        return true;
      }),

    async writable() {
      try {
        await mkdir(deps.dir, { recursive: true });
        await access(deps.dir, constants.W_OK);
        const probe = path.join(deps.dir, `.probe-${randomUUID()}`);
        await writeFile(probe, '');
        await unlink(probe);
        return true;
      } catch {
        return false;
      }
    },
  };
}
