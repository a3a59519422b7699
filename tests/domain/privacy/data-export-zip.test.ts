import { createHash, randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createClient } from '../../../src/domain/people/clients.js';
import { exportClientData } from '../../../src/domain/privacy/data-export.js';
import { dataExportZip } from '../../../src/domain/privacy/data-export-zip.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import type { MediaStore } from '../../../src/media/media-store.js';
import { readZip } from '../../support/read-zip.js';
import { useTestDatabase } from '../../support/test-database.js';
import { createTestMediaStore, stored } from '../../support/test-media.js';

const database = useTestDatabase();
const now = new Date('2026-11-20T10:00:00.000Z');
const translator = createTranslator();
let media: Awaited<ReturnType<typeof createTestMediaStore>>;
let clientId: string;
const files: Array<{ sha256: string; bytes: Buffer }> = [];

/** The store as the archive uses it, noting every file it opens and how many are open at once. */
function watchedStore(store: MediaStore) {
  const opened: Readable[] = [];
  let open = 0;
  let mostAtOnce = 0;
  const watched: MediaStore = {
    ...store,
    read(sha256) {
      const stream = store.read(sha256);
      opened.push(stream);
      open += 1;
      mostAtOnce = Math.max(mostAtOnce, open);
      stream.once('close', () => (open -= 1));
      return stream;
    },
  };
  return { store: watched, opened, mostAtOnce: () => mostAtOnce };
}

beforeAll(async () => {
  const { db } = database;
  media = await createTestMediaStore();
  clientId = (await createClient(db, { name: 'Oleh', mentorId: null, language: 'en', timezone: 'Europe/Riga', checkinTime: '09:00' }, 'admin', now)).id;
  const thread = await db.selectFrom('threads').select('id').where('client_id', '=', clientId).executeTakeFirstOrThrow();
  // Three documents of 2 MB each: far more than a stream buffers, so reading one takes many turns.
  for (let i = 0; i < 3; i++) {
    const bytes = randomBytes(2 * 1024 * 1024);
    const file = stored(await media.store.put(db, bytes, 'application/octet-stream'));
    files.push({ sha256: file.sha256, bytes });
    await db.insertInto('messages').values({ thread_id: thread.id, direction: 'inbound', author: 'client', kind: 'document', text: null, media_id: file.id, created_at: now }).execute();
  }
});
afterAll(async () => {
  await media?.close();
});

const exportOf = () => exportClientData(database.db, { clientId, actor: 'admin', now });

describe('the archive of a client’s data', () => {
  it('reads the stored files from disk one at a time, and holds each byte for byte', async () => {
    const watched = watchedStore(media.store);
    const archive = dataExportZip({ mediaStore: watched.store, translator, onMissing: () => undefined }, await exportOf());
    const entries = await readZip(await buffer(archive));
    expect(watched.opened).toHaveLength(3);
    expect(watched.mostAtOnce()).toBe(1);
    for (const file of files) {
      const entry = entries.get(`media/${file.sha256}.bin`);
      expect(entry?.bytes.equals(file.bytes)).toBe(true);
      expect(createHash('sha256').update(entry?.bytes ?? Buffer.alloc(0)).digest('hex')).toBe(file.sha256);
    }
  });

  it('stops when its reader goes away: the file being read is closed and no other is opened', async () => {
    const watched = watchedStore(media.store);
    const archive = dataExportZip({ mediaStore: watched.store, translator, onMissing: () => undefined }, await exportOf());
    // Leaving the loop after the first chunk destroys the stream, as a closed connection does.
    for await (const chunk of archive) {
      expect((chunk as Buffer).length).toBeGreaterThan(0);
      break;
    }
    await vi.waitFor(() => expect(watched.opened.every((stream) => stream.destroyed)).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(watched.opened).toHaveLength(1);
  });

  it('goes on without a file missing on disk, telling the caller which and why', async () => {
    const { db } = database;
    const sha256 = createHash('sha256').update('gone from the disk').digest('hex');
    const gone = await db.insertInto('media').values({ sha256, content_type: 'image/png', size_bytes: 10 }).returning('id').executeTakeFirstOrThrow();
    const thread = await db.selectFrom('threads').select('id').where('client_id', '=', clientId).executeTakeFirstOrThrow();
    await db.insertInto('messages').values({ thread_id: thread.id, direction: 'inbound', author: 'client', kind: 'photo', text: null, media_id: gone.id, created_at: now }).execute();
    const missing: Array<{ name: string; problem: string }> = [];
    const archive = dataExportZip({ mediaStore: media.store, translator, onMissing: (file, problem) => missing.push({ name: file.name, problem }) }, await exportOf());
    const entries = await readZip(await buffer(archive));
    expect(missing).toEqual([{ name: `media/${sha256}.png`, problem: 'ENOENT' }]);
    expect([...entries.keys()].filter((name) => name.startsWith('media/'))).toHaveLength(3);
    expect(JSON.parse(entries.get('client.json')?.bytes.toString('utf8') ?? '{}').export.missing).toEqual([`media/${sha256}.png`]);
    expect(entries.get('README.txt')?.bytes.toString('utf8')).toContain(`\n  media/${sha256}.png\n`);
  });
});
