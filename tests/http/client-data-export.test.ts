import { createHash, randomUUID } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/domain/people/clients.js';
import { buildApp } from '../../src/http/app.js';
import { createLogger } from '../../src/logger.js';
import { readZip, type ZipEntry } from '../support/read-zip.js';
import { auth, createTestApp, type TestApp } from '../support/test-app.js';
import { exportedAt, platformIds, seedLongHistory } from './client-data-export-history.js';

let t: TestApp;
let seeded: Awaited<ReturnType<typeof seedLongHistory>>;
let response: LightMyRequestResponse;
let zip: Map<string, ZipEntry>;

const exportOf = (clientId: string, headers: Record<string, string> = auth) => t.app.inject({ method: 'GET', url: `/api/clients/${clientId}/export`, headers });
const text = (name: string) => zip.get(name)?.bytes.toString('utf8') ?? '';
const json = (name: string): unknown => JSON.parse(text(name));
const exportAudit = () =>
  t.database.db.selectFrom('audit_log').select(['actor', 'action', 'entity_type', 'entity_id', 'details']).where('action', '=', 'client.exported').orderBy('id').execute();

beforeAll(async () => {
  t = await createTestApp({ clock: () => exportedAt });
  seeded = await seedLongHistory(t.database.db, t.deps.mediaStore);
  response = await exportOf(seeded.clientId);
  zip = await readZip(response.rawPayload);
}, 60_000);
afterAll(async () => {
  await t?.close();
});

describe('a client’s data export', () => {
  it('answers a zip archive named for the client and the day, never cached', () => {
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="client-${seeded.clientId}-2026-11-20.zip"`);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('holds the six record files, README.txt and each stored file of her case once, and nothing else', () => {
    const media = Object.values(seeded.files).map((file) => file.name);
    expect([...zip.keys()].sort()).toEqual(['README.txt', 'alerts.json', 'checkins.json', 'client.json', 'notes.json', 'tasks.json', 'thread.json', ...media].sort());
    expect(zip.has(seeded.martasPhoto.name)).toBe(false);
  });

  it('holds every photo and file byte for byte as the store keeps it, named by its digest, stored without recompressing', async () => {
    for (const file of Object.values(seeded.files)) {
      const entry = zip.get(file.name);
      expect(entry, file.name).toBeDefined();
      const bytes = entry?.bytes ?? Buffer.alloc(0);
      expect(bytes.equals(await buffer(t.deps.mediaStore.read(file.media.sha256))), file.name).toBe(true);
      expect(bytes.equals(file.bytes), file.name).toBe(true);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.media.sha256);
      expect(entry?.method).toBe('stored');
    }
    expect(zip.get('thread.json')?.method).toBe('deflated');
  });

  it('dates every entry at the moment of the export', () => {
    for (const [name, entry] of zip) expect(entry.modifiedAt.toISOString(), name).toBe(exportedAt.toISOString());
  });

  it('writes client.json: the profile, consent, check-in settings, mentors by name and messengers without their ids', () => {
    expect(json('client.json')).toEqual(seeded.expected.client);
    // Pretty-printed, two spaces.
    expect(text('client.json')).toBe(`${JSON.stringify(seeded.expected.client, null, 2)}\n`);
  });

  it('writes thread.json: every message oldest first, with author, edits, delivery status, file and what became of a file not taken', () => {
    const thread = json('thread.json') as unknown[];
    expect(thread).toHaveLength(410);
    expect(thread).toEqual(seeded.expected.thread);
  });

  it('writes checkins.json, tasks.json with their worksheets and evidence, notes.json and alerts.json', () => {
    expect(json('checkins.json')).toEqual(seeded.expected.checkins);
    expect(json('tasks.json')).toEqual(seeded.expected.tasks);
    expect(json('notes.json')).toEqual(seeded.expected.notes);
    expect(json('alerts.json')).toEqual(seeded.expected.alerts);
  });

  it('says in README.txt, in her own language, what each file holds, and names the file missing on disk', () => {
    const readme = text('README.txt');
    const lines = readme.split('\n');
    expect(lines[0]).toBe('Ваші дані, які зберігає Mentorline: Олена Петренко');
    // The day in her own zone.
    expect(readme).toContain('Цей архів створено 2026-11-20.');
    for (const file of ['client.json', 'thread.json', 'checkins.json', 'tasks.json', 'notes.json', 'alerts.json', 'media/']) expect(lines).toContain(file);
    expect(lines[lines.indexOf('thread.json') + 1]).toMatch(/^ {2}Усі повідомлення між Вами та Вашими наставниками/);
    expect(lines[lines.indexOf('media/') + 1]).toBe('  5 фото і файлів з Ваших повідомлень і завдань; ім\'я кожного — його відбиток SHA-256, тому файл, надісланий двічі, тут один раз.');
    expect(readme.endsWith(`Цей файл не вдалося прочитати зі сховища, тому його немає в архіві, хоча записи на нього посилаються:\n  ${seeded.lostName}\n`)).toBe(true);
  });

  it('keeps out every platform id, chat, invite and another client’s records', () => {
    const everything = [...zip].filter(([name]) => !name.startsWith('media/')).map(([, entry]) => entry.bytes.toString('utf8')).join('\n');
    for (const id of platformIds) expect(everything).not.toContain(id);
    expect(everything).not.toContain(seeded.otherClientId);
    expect(everything).not.toContain('Marta');
  });

  it('is recorded in the audit log as the admin’s, with counts only', async () => {
    expect(await exportAudit()).toEqual([
      {
        actor: 'admin',
        action: 'client.exported',
        entity_type: 'client',
        entity_id: seeded.clientId,
        details: { messages: 410, checkins: 60, tasks: 4, notes: 2, alerts: 3, mediaFiles: 6 },
      },
    ]);
  });

  it('goes without a file missing on disk and logs which, never the client’s words', async () => {
    const lines: string[] = [];
    const app = await buildApp({ ...t.deps, logger: createLogger('info', { write: (line: string) => void lines.push(line) }) });
    try {
      const again = await app.inject({ method: 'GET', url: `/api/clients/${seeded.clientId}/export`, headers: auth });
      expect(again.statusCode).toBe(200);
      expect([...(await readZip(again.rawPayload)).keys()]).not.toContain(seeded.lostName);
    } finally {
      await app.close();
    }
    const warnings = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.level === 40);
    expect(warnings).toEqual([
      expect.objectContaining({ clientId: seeded.clientId, sha256: seeded.lostName.slice('media/'.length, -'.jpg'.length), problem: 'ENOENT', msg: expect.stringContaining('could not be read') }),
    ]);
    expect(lines.join('\n')).not.toContain('Квитанція');
  });
});

describe('the export of a client with little history', () => {
  it('has no media folder, and a README in English for a language without a catalog', async () => {
    const hans = await createClient(t.database.db, { name: 'Hans', mentorId: null, language: 'de', timezone: 'Europe/Berlin', checkinTime: '08:00' }, 'admin', exportedAt);
    const answer = await exportOf(hans.id);
    expect(answer.statusCode).toBe(200);
    const entries = await readZip(answer.rawPayload);
    expect([...entries.keys()].sort()).toEqual(['README.txt', 'alerts.json', 'checkins.json', 'client.json', 'notes.json', 'tasks.json', 'thread.json']);
    const readme = entries.get('README.txt')?.bytes.toString('utf8') ?? '';
    expect(readme.split('\n')[0]).toBe('Your data kept by Mentorline: Hans');
    expect(readme).toContain('media/\n  There are no photos or files, so this folder is not in the archive.\n');
    expect(readme).not.toContain('could not be read');
    for (const name of ['thread.json', 'checkins.json', 'tasks.json', 'notes.json', 'alerts.json']) expect(entries.get(name)?.bytes.toString('utf8'), name).toBe('[]\n');
    const client = JSON.parse(entries.get('client.json')?.bytes.toString('utf8') ?? '') as { export: unknown; assignments: unknown; channelAccounts: unknown };
    expect(client.export).toEqual({ exportedAt: exportedAt.toISOString(), mediaFiles: 0, missing: [] });
    expect(client.assignments).toEqual([]);
    expect(client.channelAccounts).toEqual([]);
  });
});

describe('asking for an export that cannot be had', () => {
  it('answers 404 for an unknown client and records nothing', async () => {
    const before = (await exportAudit()).length;
    const answer = await exportOf(randomUUID());
    expect(answer.statusCode).toBe(404);
    expect(answer.json().error.code).toBe('CLIENT_NOT_FOUND');
    expect(await exportAudit()).toHaveLength(before);
  });

  it('takes no HEAD, which would read every file to drop it', async () => {
    const before = (await exportAudit()).length;
    expect((await t.app.inject({ method: 'HEAD', url: `/api/clients/${seeded.clientId}/export`, headers: auth })).statusCode).toBe(404);
    expect(await exportAudit()).toHaveLength(before);
  });

  it('answers 400 naming the id when it is not one', async () => {
    const answer = await exportOf('not-an-id');
    expect(answer.statusCode).toBe(400);
    expect(answer.json().error.details.field).toBe('id');
  });

  it('answers 401 without the admin token, and records nothing', async () => {
    const before = (await exportAudit()).length;
    expect((await exportOf(seeded.clientId, {})).statusCode).toBe(401);
    expect((await exportOf(seeded.clientId, { authorization: 'Bearer wrong-token-0123456789' })).statusCode).toBe(401);
    expect(await exportAudit()).toHaveLength(before);
  });

  it('is documented as a zip download, with a 404 for an unknown client', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/docs/json' })).json();
    const operation = document.paths['/api/clients/{id}/export'].get;
    expect(Object.keys(operation.responses['200'].content)).toEqual(['application/zip']);
    expect(operation.responses).toHaveProperty('404');
  });
});
