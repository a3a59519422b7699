import { randomUUID } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleSession } from '../support/console-session.js';
import { readZip } from '../support/read-zip.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { cleanJpeg, stored } from '../support/test-media.js';
import { programme, signedIn, textOf } from './programme-fixture.js';

const now = new Date('2026-11-20T10:00:00.000Z');
let t: TestApp;
let p: Awaited<ReturnType<typeof programme>>;
let ilze: ConsoleSession;
let laura: ConsoleSession;
let photoSha = '';

const exportAudit = () =>
  t.database.db.selectFrom('audit_log').select(['actor', 'entity_id']).where('action', '=', 'client.exported').orderBy('id').execute();
const exportPath = (clientId: string) => `/console/clients/${clientId}/export.zip`;

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  const { db } = t.database;
  p = await programme(db);
  const photo = stored(await t.deps.mediaStore.put(db, await cleanJpeg('olena at the library'), 'image/jpeg'));
  photoSha = photo.sha256;
  const thread = await db.selectFrom('threads').select('id').where('client_id', '=', p.olena.id).executeTakeFirstOrThrow();
  await db
    .insertInto('messages')
    .values({ thread_id: thread.id, direction: 'inbound', author: 'client', kind: 'photo', text: 'At the library', media_id: photo.id, channel: 'telegram', created_at: new Date('2026-11-19T15:00:00.000Z') })
    .execute();
  ilze = await signedIn(t, 'ilze@example.org');
  laura = await signedIn(t, 'laura@example.org');
});
afterAll(async () => {
  await t?.close();
});

describe('a client’s data on their page', () => {
  it('offers a coordinator the whole of it as a zip, in a panel of its own', async () => {
    const page = await ilze.get(`/console/clients/${p.olena.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h2 id="privacy-heading">Their data</h2>');
    expect(page.body).toContain(`<a class="button" href="${exportPath(p.olena.id)}" download>Download all their data (zip)</a>`);
    expect(textOf(page.body)).toContain('Everything kept about Olena Petrenko in one zip file');
  });

  it('shows a mentor no such panel', async () => {
    const page = await laura.get(`/console/clients/${p.olena.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('privacy-heading');
    expect(page.body).not.toContain('export.zip');
  });
});

describe('the console’s download of a client’s data', () => {
  it('streams a coordinator the same archive as the API, recorded under their name', async () => {
    const before = (await exportAudit()).length;
    const response = await ilze.get(exportPath(p.olena.id));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="client-${p.olena.id}-2026-11-20.zip"`);
    expect(response.headers['cache-control']).toBe('no-store');
    const entries = await readZip(response.rawPayload);
    expect([...entries.keys()].sort()).toEqual(['README.txt', 'alerts.json', 'checkins.json', 'client.json', 'notes.json', 'tasks.json', 'thread.json', `media/${photoSha}.jpg`].sort());
    expect(entries.get(`media/${photoSha}.jpg`)?.bytes.equals(await buffer(t.deps.mediaStore.read(photoSha)))).toBe(true);
    const thread = JSON.parse(entries.get('thread.json')?.bytes.toString('utf8') ?? '[]') as Array<{ text: string; mediaFile: string }>;
    expect(thread.map((m) => [m.text, m.mediaFile])).toEqual([['At the library', `media/${photoSha}.jpg`]]);
    expect(entries.get('README.txt')?.bytes.toString('utf8').split('\n')[0]).toBe('Your data kept by Mentorline: Olena Petrenko');
    expect((await exportAudit()).slice(before)).toEqual([{ actor: `staff:${p.ilze.id}`, entity_id: p.olena.id }]);
  });

  it('tells a mentor it is for coordinators, and another mentor’s client is not found, taking nothing', async () => {
    const before = (await exportAudit()).length;
    const own = await laura.get(exportPath(p.olena.id));
    expect(own.statusCode).toBe(403);
    expect(own.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(textOf(own.body)).toContain('For coordinators');
    expect((await laura.get(exportPath(p.marta.id))).statusCode).toBe(404);
    expect(await exportAudit()).toHaveLength(before);
  });

  it('sends a visitor without a session to sign in, and back afterwards', async () => {
    const before = (await exportAudit()).length;
    const response = await t.app.inject({ method: 'GET', url: exportPath(p.olena.id) });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/console/login?next=${encodeURIComponent(exportPath(p.olena.id))}`);
    expect(await exportAudit()).toHaveLength(before);
  });

  it('answers a page saying not found for an unknown client or an id that is none', async () => {
    for (const id of [randomUUID(), 'not-an-id']) {
      const response = await ilze.get(exportPath(id));
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    }
  });

  it('speaks the coordinator’s language on the page', async () => {
    await t.database.db.updateTable('staff').set({ language: 'uk' }).where('id', '=', p.ilze.id).execute();
    try {
      const page = await ilze.get(`/console/clients/${p.olena.id}`);
      expect(page.body).toContain('<h2 id="privacy-heading">Дані клієнта</h2>');
      expect(page.body).toContain('Завантажити всі дані клієнта (zip)');
    } finally {
      await t.database.db.updateTable('staff').set({ language: 'en' }).where('id', '=', p.ilze.id).execute();
    }
  });
});
