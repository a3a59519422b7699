import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { stripImageMetadata } from './strip-image-metadata.js';
import { sha256Hex } from '../core/sha256.js';
import { NotFoundError, ValidationError } from '../core/errors.js';

/** Telegram lets a bot download up to 20 MB; nothing larger can reach us from a chat anyway. */
export const defaultMaxMediaBytes = 20 * 1024 * 1024;

export interface StoredMedia {
  id: string;
  sha256: string;
  contentType: string;
  sizeBytes: number;
}

export interface MediaStore {
  /**
   * Stores the bytes once per content (sha256) and returns the media record.
   * JPEG, PNG, WebP and HEIF images lose their location and camera metadata first,
   * without being re-encoded.
   */
  put(db: Kysely<Database>, bytes: Buffer, contentType: string): Promise<StoredMedia>;
  /** Metadata and a stream of the bytes of a stored media item. */
  open(db: Kysely<Database>, id: string): Promise<StoredMedia & { stream: Readable }>;
  /** The bytes of stored content, by its digest, for a caller that has its record already. */
  read(sha256: string): Readable;
}

/** Files live at `<dir>/<first two hex digits>/<sha256>`; the database holds only metadata. */
export function createMediaStore(deps: { dir: string; maxBytes?: number }): MediaStore {
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
    async put(db, original, contentType) {
      // Clients are vulnerable people: a photo of their kitchen must not give away where they live.
      const bytes = stripImageMetadata(original);
      if (bytes.length === 0) throw new ValidationError('MEDIA_EMPTY', 'media', 'the file is empty');
      if (bytes.length > maxBytes) {
        throw new ValidationError('MEDIA_TOO_LARGE', 'media', `the file is larger than ${maxBytes} bytes`);
      }
      const sha256 = sha256Hex(bytes);
      await writeOnce(sha256, bytes);
      const row = await db
        .insertInto('media')
        .values({ sha256, content_type: contentType, size_bytes: bytes.length })
        .onConflict((oc) => oc.column('sha256').doUpdateSet({ sha256 }))
        .returning(['id', 'sha256', 'content_type', 'size_bytes'])
        .executeTakeFirstOrThrow();
      return { id: row.id, sha256: row.sha256, contentType: row.content_type, sizeBytes: row.size_bytes };
    },

    async open(db, id) {
      const row = await db
        .selectFrom('media')
        .select(['id', 'sha256', 'content_type', 'size_bytes'])
        .where('id', '=', id)
        .executeTakeFirst();
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
  };
}
