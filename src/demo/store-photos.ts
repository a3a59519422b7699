import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { MediaStore } from '../media/media-store.js';
import { renderPhoto, type PhotoSpec } from './photos.js';

/** Photos drawn at once: sharp draws on libuv's thread pool, four threads by default. */
const drawnAtOnce = 4;

/** Every photo of the history as JPEG bytes, by its key; drawn before the seeding's transaction, so it holds no locks meanwhile. */
export async function renderPhotos(specs: Map<string, PhotoSpec>): Promise<Map<string, Buffer>> {
  const entries = [...specs];
  const photos = new Map<string, Buffer>();
  for (let start = 0; start < entries.length; start += drawnAtOnce) {
    const batch = entries.slice(start, start + drawnAtOnce);
    const drawn = await Promise.all(batch.map(([, spec]) => renderPhoto(spec)));
    batch.forEach(([key], index) => photos.set(key, drawn[index] as Buffer));
  }
  return photos;
}

/**
 * Stores the photos exactly as a client's upload is stored: cleaned by the
 * sanitizer, kept once per content, recorded in `media`. Returns the media
 * id of each photo key.
 */
export async function storePhotos(db: Kysely<Database>, store: MediaStore, photos: Map<string, Buffer>): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [key, bytes] of photos) {
    const result = await store.put(db, bytes, 'image/jpeg');
    if (!('stored' in result)) throw new Error(`the media store refused a demo photo (${result.refused})`);
    ids.set(key, result.stored.id);
  }
  return ids;
}
