import { afterEach, describe, expect, it } from 'vitest';
import { eventually } from '../fakes/fake-whatsapp-client.js';
import { messageOf, startTelegramHarness, textOf } from '../support/telegram-harness.js';
import { startWhatsAppHarness, whatsAppText, type WhatsAppHarness } from './whatsapp-harness.js';
import { cleanJpeg } from '../support/test-media.js';
import { quietCheckinTime } from '../support/quiet-schedule.js';

let h: WhatsAppHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const mentor = { id: 3101, first_name: 'Inese', language_code: 'en' };
const chat = '37120000001@c.us';
const photo = await cleanJpeg('my certificate');

describe('a WhatsApp client and a Telegram mentor', () => {
  it('carries text and a photo to the mentor, and the reply back out on WhatsApp with its receipts', async () => {
    h = await startWhatsAppHarness();
    const mentorId = await h.bindMentor(mentor, { languages: ['en'] });
    const client = await h.api('POST', '/api/clients', {
      name: 'Amir', mentorId, language: 'en', timezone: 'Europe/Riga', checkinTime: quietCheckinTime('Europe/Riga'), phone: '+37120000001', consentGiven: true,
    });
    expect(client.status).toBe(201);

    h.wa.current().receive({ from: chat, body: 'Hello from WhatsApp' });
    expect(whatsAppText(await h.nextToWhatsApp(chat))).toMatch(/Amir/);
    expect(textOf(await h.nextTo(mentor.id))).toBe('Amir (WhatsApp):\nHello from WhatsApp');

    h.wa.current().receive({ from: chat, body: 'my certificate', media: { bytes: photo, mimetype: 'image/jpeg' } });
    const photoAtMentor = await h.nextTo(mentor.id);
    expect(photoAtMentor.method).toBe('sendPhoto');
    expect(textOf(photoAtMentor)).toBe('Amir (WhatsApp):\nmy certificate');
    expect(Buffer.compare(Object.values(photoAtMentor.files)[0]?.bytes ?? Buffer.alloc(0), photo)).toBe(0);

    const thread = await h.api('GET', `/api/clients/${client.body.id}/messages`);
    const stored = thread.body.items.find((m: { kind: string }) => m.kind === 'photo');
    expect(stored).toMatchObject({ channel: 'whatsapp', text: 'my certificate' });
    const media = await fetch(`${h.service.url}/api/media/${stored.mediaId}`, { headers: { authorization: 'Bearer telegram-harness-token-0123456789' } });
    expect(media.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.compare(Buffer.from(await media.arrayBuffer()), photo)).toBe(0);

    h.fake.textFromUser(mentor, 'Well done, Amir!', { reply_to_message: messageOf(photoAtMentor) as never });
    const reply = await h.nextToWhatsApp(chat);
    expect(whatsAppText(reply)).toMatch(/Inese[\s\S]*\nWell done, Amir!$/);

    const statusOfReply = async () => {
      const items = (await h!.api('GET', `/api/clients/${client.body.id}/messages`)).body.items as Array<{ author: string; deliveryStatus: string | null }>;
      return items.find((m) => m.author === 'mentor')?.deliveryStatus;
    };
    expect(await eventually(async () => (await statusOfReply()) === 'sent' && 'sent')).toBe('sent');
    h.wa.current().ack(reply.id, 2);
    await eventually(async () => (await statusOfReply()) === 'delivered');
    h.wa.current().ack(reply.id, 3);
    await eventually(async () => (await statusOfReply()) === 'read');
    // A late, weaker receipt does not move the status back.
    h.wa.current().ack(reply.id, 2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await statusOfReply()).toBe('read');

    // The mentor sees the receipts in the thread's history.
    h.fake.textFromUser(mentor, '/history', { reply_to_message: messageOf(photoAtMentor) as never });
    expect(textOf(await h.nextTo(mentor.id))).toMatch(/Well done, Amir! ✓✓👁$/m);
  });
});

describe('while WhatsApp is not linked', () => {
  it('keeps a reply in the outbox, unclaimed, and sends it once the agency phone scans the QR code', async () => {
    h = await startWhatsAppHarness();
    const mentorId = await h.bindMentor(mentor, { languages: ['en'] });
    await h.api('POST', '/api/clients', {
      name: 'Amir', mentorId, language: 'en', timezone: 'Europe/Riga', checkinTime: quietCheckinTime('Europe/Riga'), phone: '+37120000001', consentGiven: true,
    });
    h.wa.current().receive({ from: chat, body: 'Are you there?' });
    const atMentor = await h.nextTo(mentor.id);
    await h.nextToWhatsApp(chat);

    h.wa.behaviour = 'qr';
    h.wa.current().disconnect('LOGOUT');
    await eventually(async () => (await h!.api('GET', '/api/whatsapp/status')).body.state === 'qr');
    h.fake.textFromUser(mentor, 'Yes, here.', { reply_to_message: messageOf(atMentor) as never });
    const pending = () =>
      h!.database.db.selectFrom('deliveries').select(['status', 'attempts']).where('channel', '=', 'whatsapp').where('status', '=', 'pending').execute();
    await eventually(async () => (await pending()).length === 1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await pending()).toEqual([{ status: 'pending', attempts: 0 }]);

    h.wa.current().link();
    expect(whatsAppText(await h.nextToWhatsApp(chat))).toMatch(/Yes, here\.$/);
  });

  it('takes in, once each and in order, the recent messages that came meanwhile', async () => {
    h = await startWhatsAppHarness();
    const mentorId = await h.bindMentor(mentor, { languages: ['en'] });
    await h.api('POST', '/api/clients', {
      name: 'Amir', mentorId, language: 'en', timezone: 'Europe/Riga', checkinTime: quietCheckinTime('Europe/Riga'), phone: '+37120000001', consentGiven: true,
    });
    h.wa.current().receive({ from: chat, body: 'Before the session closed' });
    expect(textOf(await h.nextTo(mentor.id))).toBe('Amir (WhatsApp):\nBefore the session closed');

    h.wa.behaviour = 'qr';
    h.wa.current().disconnect('NAVIGATION');
    await eventually(async () => (await h!.api('GET', '/api/whatsapp/status')).body.state === 'qr');
    const eightDaysAgo = Math.floor(Date.now() / 1000) - 8 * 24 * 3600;
    h.wa.receiveWhileAway({ from: chat, body: 'Last week, long answered by phone', timestamp: eightDaysAgo });
    h.wa.receiveWhileAway({ from: chat, body: 'Are you there?' });
    h.wa.receiveWhileAway({ from: chat, body: 'I passed the exam!' });
    h.wa.receiveWhileAway({ from: '120363000000000000@g.us', body: 'A group the number was added to' });

    h.wa.current().link();
    expect(textOf(await h.nextTo(mentor.id))).toBe('Amir (WhatsApp):\nAre you there?');
    expect(textOf(await h.nextTo(mentor.id))).toBe('Amir (WhatsApp):\nI passed the exam!');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const relayed = h.fake.calls
      .filter((call) => call.method === 'sendMessage' && String(call.params.chat_id) === String(mentor.id))
      .map((call) => textOf(call))
      .filter((text) => text.startsWith('Amir (WhatsApp):\n'));
    expect(relayed.map((text) => text.split('\n')[1])).toEqual(['Before the session closed', 'Are you there?', 'I passed the exam!']);
  });
});

describe('with WHATSAPP_ENABLED and no Chromium', () => {
  it('starts, reports why WhatsApp is down, and Telegram and the API keep working', async () => {
    const telegram = await startTelegramHarness({ env: { WHATSAPP_ENABLED: 'true', WHATSAPP_CHROMIUM_PATH: '/nonexistent/chromium' } });
    try {
      const status = await eventually(async () => {
        const body = (await telegram.api('GET', '/api/whatsapp/status')).body;
        return body.state === 'failed' && body;
      });
      expect(status.reason).toMatch(/Chromium was not found/);
      const ready = await telegram.api('GET', '/readyz');
      expect(ready.status).toBe(200);
      expect(ready.body.components.whatsapp).toMatchObject({ ready: false, state: 'failed' });
      const mentorId = await telegram.bindMentor(mentor);
      expect(mentorId).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await telegram.close();
    }
  });
});

describe('a WhatsApp client asking for their data to be erased', () => {
  it('types FORGET, answers the numbered question with a word, and is erased by a coordinator with one last message', async () => {
    h = await startWhatsAppHarness();
    const mentorId = await h.bindMentor(mentor, { languages: ['en'] });
    const client = await h.api('POST', '/api/clients', {
      name: 'Amir', mentorId, language: 'en', timezone: 'Europe/Riga', checkinTime: quietCheckinTime('Europe/Riga'), phone: '+37120000001', consentGiven: true,
    });
    h.wa.current().receive({ from: chat, body: 'Hello' });
    await h.nextToWhatsApp(chat);
    await h.nextTo(mentor.id);

    h.wa.current().receive({ from: chat, body: 'FORGET' });
    const question = whatsAppText(await h.nextToWhatsApp(chat));
    expect(question).toMatch(/^Do you want all your data in the programme erased/);
    expect(question).toMatch(/1\. Yes, erase my data/);
    h.wa.current().receive({ from: chat, body: 'yes' });
    expect(whatsAppText(await h.nextToWhatsApp(chat))).toMatch(/^Your request is received/);
    expect(textOf(await h.nextTo(mentor.id))).toBe('Amir asked for their data to be erased. A coordinator will carry it out; until then the chat goes on as before.');
    expect((await h.api('GET', '/api/erasure-requests')).body.items).toMatchObject([{ clientId: client.body.id, channel: 'whatsapp' }]);

    const events = () => h!.database.db.selectFrom('inbound_events').select('event_id').where('channel', '=', 'whatsapp').execute();
    expect(await events()).toHaveLength(3);
    const erased = await h.api('POST', `/api/clients/${client.body.id}/erase`, { reason: 'asked on WhatsApp' });
    expect(erased.status).toBe(200);
    expect(whatsAppText(await h.nextToWhatsApp(chat))).toMatch(/^Your data in the mentoring programme has been erased/);
    expect((await h.api('GET', `/api/clients/${client.body.id}`)).status).toBe(404);
    // The messages' entries in the dedupe log go with them; FORGET and the answer, stored as no
    // message, keep theirs (a keyed digest of a message id) until RETENTION_INBOUND_EVENTS.
    expect(await events()).toHaveLength(2);
  });
});
