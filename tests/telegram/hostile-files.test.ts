import { readFile } from 'node:fs/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Update } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../fakes/fake-bot-api.js';
import { exifrFindings, exiftoolFindings, textFindings } from '../media/identifying-metadata.js';
import { poisonHeic } from '../media/iso-box.js';
import { startTelegramHarness, textOf, type TelegramHarness } from '../support/telegram-harness.js';

const mentor = { id: 5101, first_name: 'Laura', language_code: 'en' };
const client = { id: 6101, first_name: 'Olena', language_code: 'en' };

const unsafeMark = '⚠️ The photo could not be made safe to pass on (it might show where it was taken), so it was not sent.';
const toldUnsafe = 'Your photo could not be passed on safely. Please send it again, or send a screenshot of it.';

let h: TelegramHarness;
let clientId: string;

beforeAll(async () => {
  h = await startTelegramHarness();
  const mentorId = await h.bindMentor(mentor);
  clientId = await h.bindClient(client, { mentorId });
});
afterAll(async () => {
  await h.close();
});

const fixture = (name: string) => readFile(new URL(`../fixtures/${name}`, import.meta.url));
/** A file as a phone that lost the last byte of an upload leaves it. */
const cutOff = (bytes: Buffer) => bytes.subarray(0, bytes.length - 1);

/** What an independent reader (exifr, and the fixtures' own words in the raw bytes) still finds of place or camera. */
async function findings(bytes: Buffer): Promise<string[]> {
  return [...(await exifrFindings(bytes)), ...textFindings(bytes)];
}

/** What exiftool finds of place or camera, which reads movies as well as images. */
async function exiftoolSees(bytes: Buffer, contentType: string): Promise<string[]> {
  return (await exiftoolFindings(new Map([['file', { bytes, contentType }]]))).get('file') ?? [];
}

/** The file a send call carried to Telegram. */
function uploaded(call: RecordedCall): Buffer {
  const file = Object.values(call.files)[0];
  if (!file) throw new Error(`${call.method} carried no file`);
  return file.bytes;
}

/** The client's message with this text, as the thread keeps it. */
async function stored(text: string) {
  return h.database.db
    .selectFrom('messages')
    .select(['kind', 'media_id', 'media_problem'])
    .where('text', '=', text)
    .executeTakeFirstOrThrow();
}

/** The bytes the admin API serves for a stored file. */
async function served(mediaId: string): Promise<Buffer> {
  const response = await fetch(`${h.service.url}/api/media/${mediaId}`, {
    headers: { authorization: 'Bearer telegram-harness-token-0123456789' },
  });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

function updatesFetchedBy(calls: readonly RecordedCall[]): Update[] {
  return calls.flatMap((call) => {
    const response = call.response;
    if (call.method !== 'getUpdates' || typeof response !== 'object' || !response.body.ok) return [];
    return response.body.result as Update[];
  });
}

describe('a hostile file', () => {
  it('is refused as not safe without taking the service down, and is not taken in again after a restart', async () => {
    const poison = poisonHeic();
    // The service runs in this process: while the file is handled, nothing in it may stop answering for long.
    const stalls = monitorEventLoopDelay({ resolution: 20 });
    stalls.enable();
    const update = h.fake.documentFromUser(client, poison, { fileName: 'IMG_0042.heic', mimeType: 'image/heic', caption: 'my new kitchen' });

    // Generous: the first file of a run also starts the cleaning worker.
    expect(textOf(await h.nextTo(mentor.id, 15_000))).toBe(`Olena (Telegram):\nmy new kitchen\n${unsafeMark}`);
    stalls.disable();
    // The walker this file was made against held the event loop for minutes; 5 s is an outage, not a slow file.
    expect(stalls.max / 1e9).toBeLessThan(5);
    expect(textOf(await h.nextTo(client.id))).toBe(toldUnsafe);
    expect(await stored('my new kitchen')).toEqual({ kind: 'document', media_id: null, media_problem: 'unsafe' });
    expect((await fetch(`${h.service.url}/healthz`)).status).toBe(200);

    const next = h.fake.textFromUser(client, 'Did the photo arrive?');
    expect(textOf(await h.nextTo(mentor.id))).toBe('Olena (Telegram):\nDid the photo arrive?');
    // Telegram forgets the updates a poll's offset has passed: after this one, the poison is gone from it.
    await h.fake.waitFor((c) => c.method === 'getUpdates' && Number(c.params.offset) > next.update_id);
    expect(h.fake.pendingUpdates().map((u) => u.update_id)).not.toContain(update.update_id);

    const callsBefore = h.fake.calls.length;
    await h.restart();
    h.fake.textFromUser(client, 'Back after the update');
    expect(textOf(await h.nextTo(mentor.id))).toBe('Olena (Telegram):\nBack after the update');
    expect(updatesFetchedBy(h.fake.calls.slice(callsBefore)).map((u) => u.update_id)).not.toContain(update.update_id);
    expect(h.fake.sentTo(mentor.id).filter((c) => textOf(c).includes(unsafeMark))).toHaveLength(1);
  });
});

describe('an image with its location, one byte cut off', () => {
  it('reaches the mentor and the store as a JPEG photo without GPS or camera', async () => {
    const bytes = cutOff(await fixture('photo-gps-rotated-mm.jpg'));
    expect(await findings(bytes)).toEqual(expect.arrayContaining(['gps.GPSLatitude', 'ifd0.Make']));
    h.fake.photoFromUser(client, bytes, 'my balcony');

    const atMentor = await h.nextTo(mentor.id, 15_000);
    expect(atMentor.method).toBe('sendPhoto');
    expect(textOf(atMentor)).toBe('Olena (Telegram):\nmy balcony');
    const passedOn = uploaded(atMentor);
    expect(await findings(passedOn)).toEqual([]);
    expect(await exiftoolSees(passedOn, 'image/jpeg')).toEqual([]);

    const message = await stored('my balcony');
    expect(message).toMatchObject({ kind: 'photo', media_problem: null });
    expect((await served(message.media_id ?? '')).equals(passedOn)).toBe(true);
  });

  it('reaches the mentor and the store as a PNG document without GPS or camera', async () => {
    const bytes = cutOff(await fixture('image-exif-after-idat.png'));
    expect(await findings(bytes)).toEqual(expect.arrayContaining(['gps.GPSLatitude', 'ifd0.Make']));
    h.fake.documentFromUser(client, bytes, { fileName: 'screenshot.png', mimeType: 'image/png', caption: 'my screenshot' });

    const atMentor = await h.nextTo(mentor.id, 15_000);
    expect(atMentor.method).toBe('sendDocument');
    expect(textOf(atMentor)).toBe('Olena (Telegram):\nmy screenshot');
    const passedOn = uploaded(atMentor);
    expect(await findings(passedOn)).toEqual([]);
    expect(await exiftoolSees(passedOn, 'image/png')).toEqual([]);
    expect((await served((await stored('my screenshot')).media_id ?? '')).equals(passedOn)).toBe(true);
  });

  it('reaches the mentor and the store as a HEIC document without GPS or camera', async () => {
    const bytes = cutOff(await fixture('photo-gps.heic'));
    expect(await findings(bytes)).toEqual(expect.arrayContaining(['gps.GPSLatitude', 'ifd0.Make']));
    h.fake.documentFromUser(client, bytes, { fileName: 'IMG_0043.heic', mimeType: 'image/heic', caption: 'my garden' });

    const atMentor = await h.nextTo(mentor.id, 15_000);
    expect(atMentor.method).toBe('sendDocument');
    expect(textOf(atMentor)).toBe('Olena (Telegram):\nmy garden');
    const passedOn = uploaded(atMentor);
    expect(await findings(passedOn)).toEqual([]);
    expect(await exiftoolSees(passedOn, 'image/heic')).toEqual([]);
    expect((await served((await stored('my garden')).media_id ?? '')).equals(passedOn)).toBe(true);
  });

  it('is not passed on at all when it is a HEIC whose item table is damaged, only its caption and why', async () => {
    const damaged = Buffer.from(await fixture('photo-gps.heic'));
    // The item locations claim more bytes than their `meta` box holds, so the Exif item cannot be found to blank it.
    damaged.writeUInt32BE(0xffff, damaged.indexOf('iloc') - 4);
    expect(textFindings(damaged)).toContain('FixtureCam');
    const sendsBefore = h.fake.sentTo(mentor.id).length;
    h.fake.documentFromUser(client, damaged, { fileName: 'IMG_0044.heic', mimeType: 'image/heic', caption: 'my street' });

    expect(textOf(await h.nextTo(mentor.id, 15_000))).toBe(`Olena (Telegram):\nmy street\n${unsafeMark}`);
    expect(textOf(await h.nextTo(client.id))).toBe(toldUnsafe);
    expect(h.fake.sentTo(mentor.id).slice(sendsBefore).map((c) => c.method)).toEqual(['sendMessage']);
    expect(await stored('my street')).toEqual({ kind: 'document', media_id: null, media_problem: 'unsafe' });
  });
});

describe('a video with its location', () => {
  it('reaches the mentor and the store without the place or the camera', async () => {
    const bytes = await fixture('video-gps.mp4');
    expect(await exiftoolSees(bytes, 'video/mp4')).not.toEqual([]);
    expect(textFindings(bytes)).toContain('FixtureCam');
    h.fake.videoFromUser(client, bytes, { caption: 'my first day at work' });

    const atMentor = await h.nextTo(mentor.id, 15_000);
    expect(atMentor.method).toBe('sendVideo');
    expect(textOf(atMentor)).toBe('Olena (Telegram):\nmy first day at work');
    const passedOn = uploaded(atMentor);
    expect(await exiftoolSees(passedOn, 'video/mp4')).toEqual([]);
    expect(textFindings(passedOn)).toEqual([]);

    const message = await stored('my first day at work');
    expect(message).toMatchObject({ kind: 'video', media_problem: null });
    expect((await served(message.media_id ?? '')).equals(passedOn)).toBe(true);
    const thread = await h.api('GET', `/api/clients/${clientId}/messages`);
    expect(thread.body.items.map((m: { text: string | null }) => m.text)).toContain('my first day at work');
  });
});
