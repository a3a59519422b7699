import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { createMediaSanitizer } from '../../src/media/media-sanitizer.js';
import { createMediaStore, type MediaStore, type PutResult, type StoredMedia } from '../../src/media/media-store.js';

/** A media store in a temporary directory, cleaning files as the service does (in a worker). */
export async function createTestMediaStore(options: { maxBytes?: number } = {}): Promise<{ store: MediaStore; dir: string; close(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mentorline-media-'));
  const sanitizer = createMediaSanitizer();
  return {
    store: createMediaStore({ dir, sanitizer, ...options }),
    dir,
    async close() {
      await sanitizer.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** What a put stored; a test that expects its file kept fails here, saying why it was refused. */
export function stored(result: PutResult): StoredMedia {
  if ('stored' in result) return result.stored;
  throw new Error(`the store refused the file: ${JSON.stringify(result)}`);
}

/** A real photo without metadata, which the store keeps byte for byte. */
export const plainPhoto = (): Promise<Buffer> => readFile(new URL('../fixtures/photo-plain.jpg', import.meta.url));

/**
 * A small, real JPEG with no metadata, different for every label, so tests
 * can tell photos apart by their bytes: the store keeps such a file as it is.
 */
export async function cleanJpeg(label: string): Promise<Buffer> {
  const digest = createHash('sha256').update(label).digest();
  return sharp({ create: { width: 24, height: 16, channels: 3, background: { r: digest[0] ?? 0, g: digest[1] ?? 0, b: digest[2] ?? 0 } } })
    .jpeg({ quality: 80 })
    .toBuffer();
}
