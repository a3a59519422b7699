import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MediaStoreConfig } from '../../src/config.js';
import { sha256Hex } from '../../src/core/sha256.js';
import { createMediaSanitizer, type MediaSanitizer } from '../../src/media/media-sanitizer.js';
import { createMediaStore, type MediaStore } from '../../src/media/media-store.js';
import { s3Credentials, startS3Server, type TestS3Server } from '../support/s3-server.js';
import { useTestDatabase } from '../support/test-database.js';
import { cleanJpeg, stored } from '../support/test-media.js';

const database = useTestDatabase();
let sanitizer: MediaSanitizer;
let s3: TestS3Server;
let dir: string;

beforeAll(async () => {
  for (const [name, value] of Object.entries(s3Credentials)) vi.stubEnv(name, value);
  sanitizer = createMediaSanitizer();
  s3 = await startS3Server();
  dir = await mkdtemp(path.join(os.tmpdir(), 'mentorline-media-contract-'));
});
afterAll(async () => {
  await sanitizer.close();
  await s3.close();
  await rm(dir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

/** How each kind of store is made, broken, and looked into from outside the service. */
interface Backend {
  name: string;
  store(): MediaStore;
  /** A store whose writes are refused, and the code they are refused with. */
  refusing(): Promise<{ store: MediaStore; code: string }>;
  /** The bytes kept for a digest, read past the service, or undefined. */
  kept(sha256: string): Promise<Buffer | undefined>;
}

const backends: Backend[] = [
  {
    name: 'file',
    store: () => createMediaStore({ dir: path.join(dir, 'media'), sanitizer }),
    async refusing() {
      const blocked = path.join(dir, 'blocked');
      // A file where the directory should be: no mode stops root from writing into a directory, this does.
      await writeFile(blocked, '');
      return { store: createMediaStore({ dir: path.join(blocked, 'media'), sanitizer }), code: 'ENOTDIR' };
    },
    kept: (sha256) => readFile(path.join(dir, 'media', sha256.slice(0, 2), sha256)).catch(() => undefined),
  },
  {
    name: 's3',
    store: () => createMediaStore({ dir: path.join(dir, 'unused'), store: s3.config('media/'), sanitizer }),
    refusing: async () => {
      const missing: MediaStoreConfig = { ...s3.config(), bucket: 'no-such-bucket' };
      return { store: createMediaStore({ dir: path.join(dir, 'unused'), store: missing, sanitizer }), code: 'ENOENT' };
    },
    kept: (sha256) => s3.object(`media/${sha256.slice(0, 2)}/${sha256}`),
  },
];

/** The error a stream fails with, having checked it never said 'ready'. */
async function failureOf(stream: NodeJS.ReadableStream): Promise<NodeJS.ErrnoException> {
  let ready = false;
  stream.once('ready', () => (ready = true));
  const [error] = (await once(stream, 'error').catch((thrown: unknown) => [thrown])) as [NodeJS.ErrnoException];
  expect(ready).toBe(false);
  return error;
}

describe.each(backends)('the $name media store', (backend) => {
  it('keeps a photo once by its content, serves it byte for byte and says ready first', async () => {
    const store = backend.store();
    const photo = await cleanJpeg(`${backend.name}: a finished worksheet`);
    const first = stored(await store.put(database.db, photo, 'image/jpeg'));
    const again = stored(await store.put(database.db, photo, 'image/jpeg'));
    expect(again).toEqual(first);
    expect(first).toMatchObject({ contentType: 'image/jpeg', sizeBytes: photo.length });
    expect((await backend.kept(first.sha256))?.equals(photo)).toBe(true);

    const opened = await store.open(database.db, first.id);
    expect(opened).toMatchObject(first);
    expect((await buffer(opened.stream)).equals(photo)).toBe(true);
    const read = store.read(first.sha256);
    await once(read, 'ready');
    expect((await buffer(read)).equals(photo)).toBe(true);
  });

  it('fails the stream of content it does not have with ENOENT, as a missing file does', async () => {
    const error = await failureOf(backend.store().read('0'.repeat(64)));
    expect(error.code).toBe('ENOENT');
  });

  it('deletes the bytes of content no row refers to any more, and keeps those of content still stored', async () => {
    const store = backend.store();
    const kept = stored(await store.put(database.db, await cleanJpeg(`${backend.name}: kept`), 'image/jpeg'));
    const erased = stored(await store.put(database.db, await cleanJpeg(`${backend.name}: erased`), 'image/jpeg'));
    await database.db.deleteFrom('media').where('id', '=', erased.id).execute();

    expect(await store.removeUnreferenced(database.db, kept.sha256)).toBe(false);
    expect(await store.removeUnreferenced(database.db, erased.sha256)).toBe(true);
    expect(await backend.kept(erased.sha256)).toBeUndefined();
    expect(await backend.kept(kept.sha256)).toBeDefined();
    expect((await failureOf(store.read(erased.sha256))).code).toBe('ENOENT');
    // Removing what is gone already is no error: an erasure retried after a crash.
    expect(await store.removeUnreferenced(database.db, erased.sha256)).toBe(true);
  });

  it('writes the bytes again when content whose bytes an erasure removed is stored anew', async () => {
    const store = backend.store();
    const photo = await cleanJpeg(`${backend.name}: sent, erased, sent again`);
    const first = stored(await store.put(database.db, photo, 'image/jpeg'));
    await database.db.deleteFrom('media').where('id', '=', first.id).execute();
    await store.removeUnreferenced(database.db, first.sha256);
    const second = stored(await store.put(database.db, photo, 'image/jpeg'));
    expect((await backend.kept(second.sha256))?.equals(photo)).toBe(true);
  });

  it('is writable while it can write, and refuses with a file-system code and no row when it cannot', async () => {
    expect(await backend.store().writable()).toBe(true);
    const { store, code } = await backend.refusing();
    expect(await store.writable()).toBe(false);
    const photo = await cleanJpeg(`${backend.name}: never kept`);
    await expect(store.put(database.db, photo, 'image/jpeg')).rejects.toMatchObject({ code });
    // A clean photo is kept as it is, so its digest is the one a row would carry.
    const rows = await database.db.selectFrom('media').select('id').where('sha256', '=', sha256Hex(photo)).execute();
    expect(rows).toEqual([]);
  });
});

describe('the s3 media store', () => {
  it('lays objects out as the media directory does, under the prefix, with their type', async () => {
    const store = createMediaStore({ dir: path.join(dir, 'unused'), store: s3.config('layout/'), sanitizer });
    const media = stored(await store.put(database.db, Buffer.from('%PDF-1.4 a CV'), 'application/pdf'));
    expect((await s3.keys()).filter((key) => key.startsWith('layout/'))).toEqual([`layout/${media.sha256.slice(0, 2)}/${media.sha256}`]);
  });

  it('lets go of an object nobody reads any more', async () => {
    const store = createMediaStore({ dir: path.join(dir, 'unused'), store: s3.config('abandoned/'), sanitizer });
    const media = stored(await store.put(database.db, await cleanJpeg('read, then abandoned'), 'image/jpeg'));
    const stream = store.read(media.sha256);
    stream.destroy();
    await once(stream, 'close');
    // The same content still reads whole afterwards: nothing was left half-open.
    expect((await buffer(store.read(media.sha256))).length).toBe(media.sizeBytes);
  });
});
