import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RecordedCall } from '../fakes/bot-api/types.js';
import { eventually } from '../fakes/fake-whatsapp-client.js';
import {
  inboundAudio,
  inboundButtonReply,
  inboundContacts,
  inboundDocument,
  inboundImage,
  inboundLocation,
  inboundReaction,
  inboundSticker,
  inboundTemplateButton,
  inboundText,
  inboundUnsupported,
  inboundVideo,
  postWebhook,
  status,
  webhookBody,
  type WebhookMessage,
} from '../fakes/graph-webhooks.js';
import { quietScheduleEnv } from '../support/quiet-schedule.js';
import { startTcpProxy, throughProxy, type TcpProxy } from '../support/tcp-proxy.js';
import { textOf } from '../support/telegram-harness.js';
import { cleanJpeg } from '../support/test-media.js';
import { pinnedClock } from '../telegram/pinned-clock.js';
import { startCloudHarness, type CloudHarness } from './cloud-harness.js';
import { clientWhoWrote, deliveryOfMentorText, mentorReplies, threadOf, type CloudClient, type ThreadItem } from './cloud-people.js';

const start = new Date('2026-06-03T10:00:00Z');
const clock = pinnedClock(start);
const mentor = { id: 8821, first_name: 'Ilze', language_code: 'en' };
const gpsPhoto = await readFile(new URL('../fixtures/photo-gps-upright.jpg', import.meta.url));
const maxBytes = 1024 * 1024;

let c: CloudHarness;
let mentorId: string;
let client: CloudClient;
/** Between the service and its database, so a test can take the database away. */
let proxy: TcpProxy;

beforeAll(async () => {
  const server = new URL(inject('adminDatabaseUrl'));
  proxy = await startTcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
  c = await startCloudHarness({ env: { MEDIA_MAX_BYTES: String(maxBytes), ...quietScheduleEnv(start) }, overrides: { clock: clock.now }, databaseUrl: (url) => throughProxy(url, proxy) });
  mentorId = await c.h.bindMentor(mentor, { languages: ['en'] });
  client = await clientWhoWrote(c, mentor, mentorId, { name: 'Jana', n: 21, at: clock.now() });
});
afterAll(async () => {
  proxy?.restore();
  await c?.close();
  await proxy?.close();
});

/** Posts one message from the client and waits for what the mentor gets of it in Telegram. */
async function fromClient(message: WebhookMessage): Promise<RecordedCall> {
  const before = c.h.fake.sentTo(mentor.id).length;
  expect((await c.deliver({ messages: [message] })).status).toBe(200);
  return eventually(() => c.h.fake.sentTo(mentor.id)[before], 10_000);
}

/** What is recorded of why a client's message carries no file, by its text. */
async function mediaProblemOf(messageId: string): Promise<string | null> {
  const row = await c.h.database.db.selectFrom('messages').select('media_problem').where('id', '=', messageId).executeTakeFirstOrThrow();
  return row.media_problem;
}

/** The client's message in the thread that `match` picks, once it is stored. */
function stored(match: (m: ThreadItem) => boolean): Promise<ThreadItem> {
  return eventually(async () => (await threadOf(c, client.clientId)).find((m) => m.author === 'client' && match(m)), 10_000);
}

async function mediaBytes(mediaId: string): Promise<Buffer> {
  const response = await fetch(`${c.h.service.url}/api/media/${mediaId}`, { headers: { authorization: 'Bearer telegram-harness-token-0123456789' } });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

describe('what a client sends through the Cloud API', () => {
  it('a photo is fetched with the token, checked against its digest, stripped of its location and relayed', async () => {
    const mediaId = c.graph.addMedia(gpsPhoto, 'image/jpeg');
    const atMentor = await fromClient(inboundImage(client.waId, mediaId, { caption: 'Where I work now', timestamp: clock.now() }));
    expect(atMentor.method).toBe('sendPhoto');
    expect(textOf(atMentor)).toContain('Where I work now');
    const photo = await stored((m) => m.kind === 'photo');
    expect(photo.text).toBe('Where I work now');
    expect(await mediaProblemOf(photo.id)).toBeNull();
    const kept = await mediaBytes(photo.mediaId ?? '');
    expect((await sharp(gpsPhoto).metadata()).exif).toBeDefined();
    expect(kept.equals(gpsPhoto)).toBe(false);
    expect((await sharp(kept).metadata()).exif).toBeUndefined();
    const relayedBytes = Object.values(atMentor.files)[0]?.bytes;
    expect(relayedBytes?.equals(kept)).toBe(true);
    const fetches = c.graph.requests.filter((r) => r.path.endsWith(`/${mediaId}`) || r.endpoint === 'download');
    expect(fetches.map((r) => r.endpoint)).toEqual(['media-info', 'download']);
  });

  it('a voice note, a video and a document arrive as such, byte for byte', async () => {
    const voice = Buffer.from('OggS a voice note');
    const voiceAtMentor = await fromClient(inboundAudio(client.waId, c.graph.addMedia(voice, 'audio/ogg'), { voice: true, timestamp: clock.now() }));
    expect(voiceAtMentor.method).toBe('sendVoice');
    expect((await mediaBytes((await stored((m) => m.kind === 'voice')).mediaId ?? '')).equals(voice)).toBe(true);

    const video = Buffer.from('....ftypmp42 a clip');
    const videoAtMentor = await fromClient(inboundVideo(client.waId, c.graph.addMedia(video, 'video/mp4'), { caption: 'My clip', timestamp: clock.now() }));
    expect(videoAtMentor.method).toBe('sendVideo');
    expect(textOf(videoAtMentor)).toContain('My clip');
    expect(await stored((m) => m.kind === 'video')).toMatchObject({ text: 'My clip' });

    const pdf = Buffer.from('%PDF-1.4 my CV');
    const documentAtMentor = await fromClient(
      inboundDocument(client.waId, c.graph.addMedia(pdf, 'application/pdf'), { filename: 'cv.pdf', caption: 'My CV', timestamp: clock.now() }),
    );
    expect(documentAtMentor.method).toBe('sendDocument');
    expect(Object.values(documentAtMentor.files)[0]?.bytes.equals(pdf)).toBe(true);
    expect((await mediaBytes((await stored((m) => m.kind === 'document')).mediaId ?? '')).equals(pdf)).toBe(true);
  });

  it('a file whose digest does not match is a failed download: the mentor is told, and no file is kept', async () => {
    const mediaId = c.graph.addMedia(await cleanJpeg('digest mismatch'), 'image/jpeg');
    const downloadsBefore = c.graph.requests.filter((r) => r.endpoint === 'download').length;
    // Every try gets a corrupted copy: each download arms the next.
    c.graph.corruptNextDownload();
    let rearm = true;
    const rearming = (async () => {
      let seen = downloadsBefore;
      while (rearm) {
        const now = c.graph.requests.filter((r) => r.endpoint === 'download').length;
        if (now > seen) {
          seen = now;
          c.graph.corruptNextDownload();
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    try {
      const atMentor = await fromClient(inboundImage(client.waId, mediaId, { caption: 'A broken photo', timestamp: clock.now() }));
      expect(textOf(atMentor)).toContain('A broken photo');
      expect(textOf(atMentor)).toContain('could not be fetched from WhatsApp');
    } finally {
      rearm = false;
      await rearming;
    }
    const broken = await stored((m) => m.text === 'A broken photo');
    expect(broken).toMatchObject({ kind: 'photo', mediaId: null });
    expect(await mediaProblemOf(broken.id)).toBe('download_failed');
    expect(c.graph.requests.filter((r) => r.endpoint === 'download').length - downloadsBefore).toBe(3);
  });

  it('a file over the size limit is not kept: refused by its declared size before downloading, or while downloading', async () => {
    const downloads = () => c.graph.requests.filter((r) => r.endpoint === 'download').length;
    const declared = c.graph.addMedia(Buffer.alloc(maxBytes + 1, 1), 'application/pdf');
    const before = downloads();
    const declaredAtMentor = await fromClient(inboundDocument(client.waId, declared, { filename: 'big.pdf', caption: 'A big file', timestamp: clock.now() }));
    expect(textOf(declaredAtMentor)).toContain('larger than 1 MB');
    expect(downloads()).toBe(before);

    // Meta's word on the size is not taken for the truth: the download itself stops at the limit.
    const understated = c.graph.addMedia(Buffer.alloc(maxBytes + 1, 2), 'application/pdf');
    c.graph.lieAboutSize(understated, 1000);
    const understatedAtMentor = await fromClient(inboundDocument(client.waId, understated, { filename: 'bigger.pdf', caption: 'A file that says it is small', timestamp: clock.now() }));
    expect(textOf(understatedAtMentor)).toContain('larger than 1 MB');
    for (const text of ['A big file', 'A file that says it is small']) {
      const kept = await stored((m) => m.text === text);
      expect(kept).toMatchObject({ kind: 'document', mediaId: null });
      expect(await mediaProblemOf(kept.id)).toBe('too_large');
    }
  });

  it('a sticker, a location and shared contacts', async () => {
    // As on the web transport, a sticker is kept without its file: the mentor sees who sent one.
    const stickerAtMentor = await fromClient(inboundSticker(client.waId, c.graph.addMedia(Buffer.from('RIFF sticker'), 'image/webp'), { timestamp: clock.now() }));
    expect(textOf(stickerAtMentor)).toBe('Jana (WhatsApp):');
    await stored((m) => m.kind === 'sticker');

    const label = await fromClient(inboundLocation(client.waId, 56.9496, 24.1052, { placeName: 'Riga', timestamp: clock.now() }));
    expect(textOf(label)).toBe('Jana (WhatsApp):');
    const pin = await eventually(() => c.h.fake.sentTo(mentor.id).find((call) => call.method === 'sendLocation'));
    expect([Number(pin.params.latitude), Number(pin.params.longitude)]).toEqual([56.9496, 24.1052]);
    expect((await stored((m) => m.kind === 'location')).location).toEqual({ latitude: 56.9496, longitude: 24.1052 });

    const contactsAtMentor = await fromClient(inboundContacts(client.waId, [{ name: 'Marta Ozola', phones: [{ phone: '+371 2999 9999' }] }], { timestamp: clock.now() }));
    expect(textOf(contactsAtMentor)).toContain('Marta Ozola +371 2999 9999');
    await stored((m) => m.text === 'Marta Ozola +371 2999 9999');
  });

  it('a template’s quick-reply button is taken as its words, and a reaction as its emoji', async () => {
    const buttonAtMentor = await fromClient(inboundTemplateButton(client.waId, 'checkin-later', 'Later, please', { timestamp: clock.now() }));
    expect(textOf(buttonAtMentor)).toContain('Later, please');
    await stored((m) => m.text === 'Later, please');

    mentorReplies(c, mentor, client, 'Good luck today, Jana');
    const sent = await eventually(async () => (await deliveryOfMentorText(c, 'Good luck today, Jana'))?.external_id ?? undefined);
    const reactionAtMentor = await fromClient(inboundReaction(client.waId, sent, '🙏', { timestamp: clock.now() }));
    expect(textOf(reactionAtMentor)).toContain('🙏');
    await stored((m) => m.text === '🙏');
  });

  it('a reply button answers the question it was offered with', async () => {
    // Five moods go as a list; a reply button carries the same choice ids, and the transport takes both alike.
    mentorReplies(c, mentor, client, '/checkin');
    const question = await eventually(async () => c.graph.messagesTo(client.waId).find((m) => m.type === 'interactive'), 5000);
    const rows = (question.body.interactive as { action: { sections: Array<{ rows: Array<{ id: string; title: string }> }> } }).action.sections.flatMap((s) => s.rows);
    const two = rows[1];
    expect(two).toBeDefined();
    expect((await c.deliver({ messages: [inboundButtonReply(client.waId, two?.id ?? '', two?.title ?? '', { timestamp: clock.now() })] })).status).toBe(200);
    await eventually(async () => {
      const items = (await c.h.api('GET', `/api/clients/${client.clientId}/checkins`)).body.items as Array<{ mood: number | null }>;
      return items.some((item) => item.mood === 2);
    }, 5000);
    // A low mood is news for the mentor.
    await eventually(() => c.h.fake.sentTo(mentor.id).find((call) => textOf(call).includes('Jana feels bad today: 2/5')));
  });

  it('a message WhatsApp cannot show us is stored as such, and the mentor told', async () => {
    const atMentor = await fromClient(inboundUnsupported(client.waId, { timestamp: clock.now() }));
    expect(textOf(atMentor)).toContain('could not be processed');
    const unsupported = await stored((m) => m.kind === 'text' && m.text === null);
    expect(await mediaProblemOf(unsupported.id)).toBe('unprocessable');
  });

  it('takes a body as Meta writes it, non-ASCII as \\u escapes, by the signature of those very bytes', async () => {
    const body = webhookBody({ phoneNumberId: c.graph.phoneNumberId, messages: [inboundText(client.waId, 'Paldies, skolotāj 🌷', { timestamp: clock.now() })] });
    expect((await postWebhook(c.webhookUrl, c.graph.appSecret, body, { escapeNonAscii: true })).status).toBe(200);
    await stored((m) => m.text === 'Paldies, skolotāj 🌷');
  });

  it('takes a webhook of several messages and statuses whole, in order', async () => {
    mentorReplies(c, mentor, client, 'Two things for you, Jana');
    const reply = await eventually(async () => (await deliveryOfMentorText(c, 'Two things for you, Jana'))?.external_id ?? undefined);
    const messages = ['First of three', 'Second of three', 'Third of three'].map((text) => inboundText(client.waId, text, { timestamp: clock.now() }));
    const answer = await c.deliver({
      messages,
      statuses: [status(reply, 'delivered', client.waId, { timestamp: clock.now() }), status(reply, 'read', client.waId, { timestamp: clock.now() })],
    });
    expect(answer.status).toBe(200);
    const texts = await eventually(async () => {
      const thread = (await threadOf(c, client.clientId)).filter((m) => m.text?.endsWith('of three'));
      return thread.length === 3 ? thread.map((m) => m.text) : undefined;
    });
    expect(texts).toEqual(['First of three', 'Second of three', 'Third of three']);
    expect(await deliveryOfMentorText(c, 'Two things for you, Jana')).toMatchObject({ status: 'read' });
    const relayed = await eventually(() => {
      const found = c.h.fake.sentTo(mentor.id).map(textOf).filter((t) => t.includes('of three'));
      return found.length === 3 ? found : undefined;
    }, 15_000);
    expect(relayed.map((t) => t.split('\n').at(-1))).toEqual(['First of three', 'Second of three', 'Third of three']);
  });

  it('answers 503 while the database is away, and takes the batch offered again once, without storing twice what it had', async () => {
    const before = inboundText(client.waId, 'Stored before the outage', { timestamp: clock.now() });
    expect((await c.deliver({ messages: [before] })).status).toBe(200);
    await stored((m) => m.text === 'Stored before the outage');
    const during = inboundText(client.waId, 'Written during the outage', { timestamp: clock.now() });

    proxy.cut();
    try {
      expect((await c.deliver({ messages: [before, during] })).status).toBe(503);
    } finally {
      proxy.restore();
    }
    // Meta offers the batch again until it is taken.
    const again = await eventually(async () => {
      const answer = await c.deliver({ messages: [before, during] });
      return answer.status === 200 ? answer : undefined;
    }, 15_000);
    expect(again.status).toBe(200);
    await stored((m) => m.text === 'Written during the outage');
    const thread = await threadOf(c, client.clientId);
    expect(thread.filter((m) => m.text === 'Stored before the outage')).toHaveLength(1);
    expect(thread.filter((m) => m.text === 'Written during the outage')).toHaveLength(1);
    // After an outage the pool reconnects and the outbox wakes on its own time: generous on a loaded machine.
    await eventually(() => c.h.fake.sentTo(mentor.id).find((call) => textOf(call).includes('Written during the outage')), 15_000);
    expect(c.h.fake.sentTo(mentor.id).filter((call) => textOf(call).includes('Stored before the outage'))).toHaveLength(1);
  });
});
