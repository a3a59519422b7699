import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FakeUser, MessageUpdate } from '../fakes/fake-bot-api.js';
import { freePort, startTelegramHarness, textOf, type TelegramHarness } from '../support/telegram-harness.js';
import { cleanJpeg } from '../support/test-media.js';

const mentor = { id: 5201, first_name: 'Laura', language_code: 'en' };
const client = { id: 6201, first_name: 'Olena', language_code: 'en' };

const toldFailed = 'Your file could not be passed on. Please try sending it again.';
const fetchFailedMark = '⚠️ The file could not be fetched from Telegram.';

/** The client's message with this text, as the thread keeps it. */
async function stored(h: TelegramHarness, text: string) {
  return h.database.db
    .selectFrom('messages')
    .select(['kind', 'media_id', 'media_problem'])
    .where('text', '=', text)
    .executeTakeFirstOrThrow();
}

/** The file_id of the file a user's message carries (the largest size of a photo). */
function fileIdOf(update: MessageUpdate): string {
  const { document, photo } = update.message;
  const id = document?.file_id ?? photo?.at(-1)?.file_id;
  if (id === undefined) throw new Error('the message carries no file');
  return id;
}

describe('a file over MEDIA_MAX_BYTES', () => {
  let h: TelegramHarness;
  beforeAll(async () => {
    h = await startTelegramHarness({ env: { MEDIA_MAX_BYTES: '100000' } });
    const mentorId = await h.bindMentor(mentor);
    await h.bindClient(client, { mentorId });
  });
  afterAll(async () => {
    await h.close();
  });

  it('is not downloaded when Telegram says it is too large, and its message is kept and both are told', async () => {
    const update = h.fake.documentFromUser(client, Buffer.alloc(150_000, 7), { fileName: 'contract.pdf', caption: 'my signed contract' });

    // 100,000 bytes is 0.095 MB, not "0 MB".
    expect(textOf(await h.nextTo(mentor.id))).toBe('Olena (Telegram):\nmy signed contract\n⚠️ The file could not be passed on: it is larger than 0.095 MB.');
    expect(textOf(await h.nextTo(client.id))).toBe('Your file is too large to pass on (the limit is 0.095 MB). Please send a smaller one.');
    expect(await stored(h, 'my signed contract')).toEqual({ kind: 'document', media_id: null, media_problem: 'too_large' });
    const fileId = fileIdOf(update);
    expect(h.fake.callsOf('getFile').filter((c) => c.params.file_id === fileId)).toEqual([]);
    expect(h.fake.downloads.filter((d) => d.fileId === fileId)).toEqual([]);
  });

  it('is cut off while downloading when Telegram says it is small but its download does not end', async () => {
    const update = h.fake.documentFromUser(client, Buffer.alloc(1000, 9), {
      fileName: 'notes.txt',
      caption: 'my notes from the course',
      declaredSize: 1000,
      download: 'endless',
    });

    expect(textOf(await h.nextTo(mentor.id))).toBe('Olena (Telegram):\nmy notes from the course\n⚠️ The file could not be passed on: it is larger than 0.095 MB.');
    expect(textOf(await h.nextTo(client.id))).toBe('Your file is too large to pass on (the limit is 0.095 MB). Please send a smaller one.');
    expect(await stored(h, 'my notes from the course')).toEqual({ kind: 'document', media_id: null, media_problem: 'too_large' });
    // Downloaded once, and given up as soon as it was over the limit: a larger file is never tried again.
    expect(h.fake.downloads.filter((d) => d.fileId === fileIdOf(update))).toHaveLength(1);
  });
});

describe('a file whose download fails, with Telegram polled', () => {
  let h: TelegramHarness;
  beforeAll(async () => {
    h = await startTelegramHarness();
    const mentorId = await h.bindMentor(mentor);
    await h.bindClient(client, { mentorId });
  });
  afterAll(async () => {
    await h.close();
  });

  it('is tried again and then kept as not downloaded when the file server keeps answering 500', async () => {
    h.fake.failNextDownloads(3);
    const update = h.fake.photoFromUser(client, await cleanJpeg('payslip'), 'my payslip');

    expect(textOf(await h.nextTo(mentor.id, 10_000))).toBe(`Olena (Telegram):\nmy payslip\n${fetchFailedMark}`);
    expect(textOf(await h.nextTo(client.id))).toBe(toldFailed);
    expect(await stored(h, 'my payslip')).toEqual({ kind: 'photo', media_id: null, media_problem: 'download_failed' });
    expect(h.fake.downloads.filter((d) => d.fileId === fileIdOf(update)).map((d) => d.status)).toEqual([500, 500, 500]);
  });

  it('is tried again and then kept as not downloaded when getFile keeps failing', async () => {
    h.fake.failNext('getFile', 3, { status: 500 });
    const update = h.fake.photoFromUser(client, await cleanJpeg('bank letter'), 'the letter from the bank');

    expect(textOf(await h.nextTo(mentor.id, 10_000))).toBe(`Olena (Telegram):\nthe letter from the bank\n${fetchFailedMark}`);
    expect(textOf(await h.nextTo(client.id))).toBe(toldFailed);
    expect(await stored(h, 'the letter from the bank')).toEqual({ kind: 'photo', media_id: null, media_problem: 'download_failed' });
    expect(h.fake.callsOf('getFile').filter((c) => c.params.file_id === fileIdOf(update))).toHaveLength(3);
  });

  it('arrives when a later try succeeds', async () => {
    h.fake.failNextDownloads(2);
    const bytes = await cleanJpeg('receipt');
    const update = h.fake.photoFromUser(client, bytes, 'the receipt');

    const atMentor = await h.nextTo(mentor.id, 10_000);
    expect(atMentor.method).toBe('sendPhoto');
    expect(textOf(atMentor)).toBe('Olena (Telegram):\nthe receipt');
    expect(Object.values(atMentor.files)[0]?.bytes.equals(bytes)).toBe(true);
    expect(h.fake.downloads.filter((d) => d.fileId === fileIdOf(update)).map((d) => d.status)).toEqual([500, 500, 200]);
  });
});

describe('a file whose download fails, with Telegram posting to the webhook', () => {
  let h: TelegramHarness;

  /** Binds a user by delivering their /start to the webhook, as Telegram would. */
  async function bind(user: FakeUser, route: string, fields: object): Promise<string> {
    const person = await h.api('POST', route, { name: user.first_name, ...fields });
    const invite = await h.api('POST', `${route}/${person.body.id}/invites`);
    expect(await h.fake.deliverToWebhook(h.fake.textFromUser(user, `/start ${invite.body.code}`))).toBe(200);
    await h.nextTo(user.id);
    return person.body.id as string;
  }

  beforeAll(async () => {
    const port = await freePort();
    h = await startTelegramHarness({
      env: {
        PORT: String(port),
        TELEGRAM_MODE: 'webhook',
        TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/webhook`,
        TELEGRAM_WEBHOOK_SECRET: 'media-failures-secret-of-32-characters',
      },
    });
    const mentorId = await bind(mentor, '/api/mentors', {});
    await bind(client, '/api/clients', { mentorId, language: 'en', timezone: 'Europe/Riga', checkinTime: '09:00', consentGiven: true });
  });
  afterAll(async () => {
    await h.close();
  });

  it('is answered 200 once kept as not downloaded, so Telegram does not offer it for ever', async () => {
    h.fake.failNextDownloads(3);
    const update = h.fake.photoFromUser(client, await cleanJpeg('tenancy'), 'my tenancy agreement');

    expect(await h.fake.deliverToWebhook(update)).toBe(200);
    expect(textOf(await h.nextTo(mentor.id))).toBe(`Olena (Telegram):\nmy tenancy agreement\n${fetchFailedMark}`);
    expect(textOf(await h.nextTo(client.id))).toBe(toldFailed);
    expect(await stored(h, 'my tenancy agreement')).toEqual({ kind: 'photo', media_id: null, media_problem: 'download_failed' });
    expect(h.fake.pendingUpdates().map((u) => u.update_id)).not.toContain(update.update_id);
  });
});

describe('a file when DATA_DIR/media cannot be written', () => {
  let h: TelegramHarness | undefined;
  let dataDir: string;
  afterEach(async () => {
    await h?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('is kept as not stored, both are told, and /readyz says why', async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'mentorline-unwritable-'));
    // A file where the directory should be: no mode stops root from writing into a directory, this does.
    await writeFile(path.join(dataDir, 'media'), '');
    h = await startTelegramHarness({ env: { DATA_DIR: dataDir } });
    const mentorId = await h.bindMentor(mentor);
    await h.bindClient(client, { mentorId });

    h.fake.photoFromUser(client, await cleanJpeg('cv'), 'photo of my finished CV, please check');
    expect(textOf(await h.nextTo(mentor.id, 10_000))).toBe('Olena (Telegram):\nphoto of my finished CV, please check\n⚠️ The file could not be stored.');
    expect(textOf(await h.nextTo(client.id))).toBe(toldFailed);
    expect(await stored(h, 'photo of my finished CV, please check')).toEqual({ kind: 'photo', media_id: null, media_problem: 'not_stored' });

    const ready = await h.api('GET', '/readyz');
    expect(ready.status).toBe(503);
    expect(ready.body.components.media).toMatchObject({ ready: false, state: 'not_writable' });
  });
});
