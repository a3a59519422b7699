import type { Readable } from 'node:stream';

/**
 * Where the bytes of stored media live, each under its SHA-256 digest. The
 * media store keeps what they mean (type, size, who sent them) in PostgreSQL;
 * a blob store only keeps bytes, and is written before the row that names them.
 */
export interface BlobStore {
  /**
   * Keeps the bytes under their digest, or leaves them be when as many bytes
   * are there already (the same digest, so the same content). A refusal that
   * will not pass by retrying carries a file-system code: `EACCES` (no
   * permission), `ENOENT` (no such directory or bucket), `ENOSPC`, ...
   */
  write(sha256: string, bytes: Buffer, contentType: string): Promise<'written' | 'already_there'>;
  /** The bytes, as a stream that says 'ready' once they can be read, or fails with code `ENOENT` when there are none. */
  read(sha256: string): Readable;
  /** Deletes the bytes; deleting what is not there is no error. */
  delete(sha256: string): Promise<void>;
  /** Whether a write would succeed now. */
  writable(): Promise<boolean>;
}

/** `<first two hex digits>/<sha256>`: the layout of the media directory, kept by the bucket too so copying one to the other is a straight copy. */
export const blobKey = (sha256: string): string => `${sha256.slice(0, 2)}/${sha256}`;

/** An error a caller treats as it treats a file-system refusal: by its code. */
export function storageError(code: string, message: string, cause: unknown): Error {
  return Object.assign(new Error(message, { cause }), { code });
}
