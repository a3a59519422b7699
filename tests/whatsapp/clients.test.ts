import { afterEach, describe, expect, it } from 'vitest';
import { eventually } from '../fakes/fake-whatsapp-client.js';
import { textOf } from '../support/telegram-harness.js';
import { startWhatsAppHarness, whatsAppText, type WhatsAppHarness } from './whatsapp-harness.js';
import { quietCheckinTime } from '../support/quiet-schedule.js';

let h: WhatsAppHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const mentor = { id: 3201, first_name: 'Anna', language_code: 'en' };

async function createClient(harness: WhatsAppHarness, fields: Record<string, unknown>) {
  const mentorId = await harness.bindMentor(mentor, { languages: ['en'] });
  const client = await harness.api('POST', '/api/clients', {
    name: 'Olena', mentorId, language: 'en', timezone: 'Europe/Riga', checkinTime: quietCheckinTime('Europe/Riga'), ...fields,
  });
  expect(client.status).toBe(201);
  return client.body.id as string;
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('clients on WhatsApp', () => {
  it('binds by invite code from a …@lid chat, mapped to the phone number, and takes consent as a numbered reply', async () => {
    h = await startWhatsAppHarness();
    const clientId = await createClient(h, {});
    const invite = await h.api('POST', `/api/clients/${clientId}/invites`);
    expect(invite.body.whatsappText).toBe(`START ${invite.body.code}`);
    const chat = '190000000000001@lid';
    h.wa.lids.set(chat, '37120000002@c.us');

    h.wa.current().receive({ from: chat, body: invite.body.whatsappText });
    expect(whatsAppText(await h.nextToWhatsApp(chat))).toMatch(/Welcome, Olena/);
    const question = whatsAppText(await h.nextToWhatsApp(chat));
    expect(question).toMatch(/Do you agree\?\n\n1\. Yes, I agree\n2\. No$/);
    const account = await h.database.db.selectFrom('channel_accounts').selectAll().where('client_id', '=', clientId).executeTakeFirstOrThrow();
    expect(account).toMatchObject({ channel: 'whatsapp', external_id: '+37120000002', chat_id: chat });

    h.wa.current().receive({ from: chat, body: 'Hello?' });
    expect(whatsAppText(await h.nextToWhatsApp(chat))).toMatch(/not passed on/);
    expect(h.fake.sentTo(mentor.id).map(textOf).join('\n')).not.toContain('Hello?');

    h.wa.current().receive({ from: chat, body: '1' });
    expect(whatsAppText(await h.nextToWhatsApp(chat))).toMatch(/Thank you/);
    expect((await h.api('GET', `/api/clients/${clientId}`)).body).toMatchObject({ consentGiven: true, consentMethod: 'bot' });

    // The question is answered: a later "1" is a message for the mentor.
    h.wa.current().receive({ from: chat, body: '1' });
    expect(textOf(await h.nextTo(mentor.id))).toBe('Olena (WhatsApp):\n1');
  });

  it('understands the words a client would write instead of a number', async () => {
    h = await startWhatsAppHarness();
    const clientId = await createClient(h, { phone: '+37120000003', language: 'ru' });
    const chat = '37120000003@c.us';
    h.wa.current().receive({ from: chat, body: 'Здравствуйте' });
    await h.nextToWhatsApp(chat);
    expect(whatsAppText(await h.nextToWhatsApp(chat))).toMatch(/\n1\. .+\n2\. .+$/);
    h.wa.current().receive({ from: chat, body: 'Да!' });
    await h.nextToWhatsApp(chat);
    expect((await h.api('GET', `/api/clients/${clientId}`)).body).toMatchObject({ consentGiven: true });
  });

  it('recognises a client by the phone number staff recorded, and stores every kind of message once', async () => {
    h = await startWhatsAppHarness();
    const clientId = await createClient(h, { phone: '+37120000004', consentGiven: true });
    const chat = '37120000004@c.us';
    const first = h.wa.current().receive({ from: chat, body: 'First message' });
    expect(textOf(await h.nextTo(mentor.id))).toBe('Olena (WhatsApp):\nFirst message');
    // WhatsApp Web can hand the same message over twice.
    h.wa.current().emit('message', first);

    const voice = Buffer.from('OggS voice bytes');
    const pdf = Buffer.from('%PDF-1.4 a worksheet');
    h.wa.current().receive({ from: chat, type: 'ptt', media: { bytes: voice, mimetype: 'audio/ogg; codecs=opus' } });
    h.wa.current().receive({ from: chat, type: 'document', body: 'filled in', media: { bytes: pdf, mimetype: 'application/pdf', filename: 'sheet.pdf' } });
    h.wa.current().receive({ from: chat, location: { latitude: 56.95, longitude: 24.1 } });
    h.wa.current().receive({ from: '120363000000000000@g.us', body: 'a group message' });
    h.wa.current().receive({ from: 'status@broadcast', body: 'a status update' });

    const items = await eventually(async () => {
      const page = (await h!.api('GET', `/api/clients/${clientId}/messages`)).body.items as Array<Record<string, unknown>>;
      return page.length >= 4 && page;
    });
    await settled();
    const all = (await h.api('GET', `/api/clients/${clientId}/messages`)).body.items as Array<Record<string, unknown>>;
    expect(all.map((m) => m.kind)).toEqual(['text', 'voice', 'document', 'location']);
    expect(items[3]).toMatchObject({ location: { latitude: 56.95, longitude: 24.1 } });
    const download = async (id: unknown) =>
      Buffer.from(await (await fetch(`${h!.service.url}/api/media/${String(id)}`, { headers: { authorization: 'Bearer telegram-harness-token-0123456789' } })).arrayBuffer());
    expect((await download(all[1]?.mediaId)).equals(voice)).toBe(true);
    expect((await download(all[2]?.mediaId)).equals(pdf)).toBe(true);

    const atMentor = [await h.nextTo(mentor.id), await h.nextTo(mentor.id), await h.nextTo(mentor.id), await h.nextTo(mentor.id)];
    expect(atMentor.map((c) => c.method)).toEqual(['sendVoice', 'sendDocument', 'sendMessage', 'sendLocation']);
    await settled();
    expect(h.fake.sentTo(mentor.id).filter((c) => textOf(c).includes('First message'))).toHaveLength(1);
  });

  it('asks the mood question with numbered answers and records a typed one; words of crisis reach the mentor as on Telegram', async () => {
    h = await startWhatsAppHarness();
    const clientId = await createClient(h, { phone: '+37120000006', consentGiven: true });
    const chat = '37120000006@c.us';
    h.wa.current().receive({ from: chat, body: '/mood' });
    await h.nextToWhatsApp(chat);
    expect(whatsAppText(await h.nextToWhatsApp(chat))).toMatch(/\n1\. .*1\n2\. .*\n3\. .*\n4\. .*\n5\. .*5$/);
    h.wa.current().receive({ from: chat, body: '4' });
    expect(whatsAppText(await h.nextToWhatsApp(chat))).toMatch(/thank/i);
    const checkins = await h.api('GET', `/api/clients/${clientId}/checkins`);
    expect(checkins.body.items[0]).toMatchObject({ mood: 4, source: 'text' });
    expect(textOf(await h.nextTo(mentor.id))).toMatch(/Olena.*4/);

    h.wa.current().receive({ from: chat, body: 'I want to die' });
    expect(whatsAppText(await h.nextToWhatsApp(chat))).toMatch(/112/);
    const atMentor = [textOf(await h.nextTo(mentor.id)), textOf(await h.nextTo(mentor.id))].join('\n');
    expect(atMentor).toContain('I want to die');
  });

  it('asks which task a photo shows as a numbered list, and takes the number as the answer', async () => {
    h = await startWhatsAppHarness();
    const clientId = await createClient(h, { phone: '+37120000007', consentGiven: true });
    const chat = '37120000007@c.us';
    for (const title of ['Go for a walk', 'Fill in the worksheet']) {
      expect((await h.api('POST', `/api/clients/${clientId}/tasks`, { title })).status).toBe(201);
    }
    h.wa.current().receive({ from: chat, body: 'hello' });
    expect(whatsAppText(await h.nextToWhatsApp(chat))).toMatch(/Welcome/);

    h.wa.current().receive({ from: chat, body: 'done!', media: { bytes: Buffer.from([0xff, 0xd8, 0xff, 0xd9]), mimetype: 'image/jpeg' } });
    const question = whatsAppText(await h.nextToWhatsApp(chat));
    expect(question).toMatch(/\n1\. Go for a walk\n2\. Fill in the worksheet\n3\. .+$/);
    h.wa.current().receive({ from: chat, body: '2' });
    const tasks = await eventually(async () => {
      const items = (await h!.api('GET', `/api/clients/${clientId}/tasks`)).body.items as Array<{ title: string; status: string }>;
      return items.some((t) => t.status === 'submitted') && items;
    });
    expect(tasks.find((t) => t.title === 'Fill in the worksheet')?.status).toBe('submitted');
    expect(tasks.find((t) => t.title === 'Go for a walk')?.status).toBe('assigned');
  });

  it('answers a stranger once, politely, and then nothing', async () => {
    h = await startWhatsAppHarness();
    const chat = '37120000005@c.us';
    h.wa.current().receive({ from: chat, body: 'Hi, who is this?' });
    const welcome = whatsAppText(await h.nextToWhatsApp(chat));
    expect(welcome).toMatch(/Mentorline/);
    // WhatsApp has no commands, so the welcome tells what works there.
    expect(welcome).toContain('send START followed by your code');
    expect(welcome).not.toContain('/start');
    h.wa.current().receive({ from: chat, body: 'Hello??' });
    h.wa.current().receive({ from: chat, body: 'start tomorrow' });
    await settled();
    expect(h.wa.sent().filter((s) => s.chatId === chat)).toHaveLength(1);
    // Nor does a wrong code get them a second answer: whatever a stranger sends, one explanation a window.
    h.wa.current().receive({ from: chat, body: 'START ABCDEFGH23' });
    await settled();
    expect(h.wa.sent().filter((s) => s.chatId === chat)).toHaveLength(1);

    // What is kept to answer only once, and to take each message in once, names no phone number.
    const kept = [
      ...(await h.database.db.selectFrom('notice_windows').select('subject as id').execute()),
      ...(await h.database.db.selectFrom('inbound_events').select('event_id as id').where('channel', '=', 'whatsapp').execute()),
    ];
    expect(kept.length).toBeGreaterThanOrEqual(5);
    expect(kept.filter((row) => row.id.includes('37120000005'))).toEqual([]);
  });

  it('does not bind a mentor on WhatsApp, and leaves the mentor’s code for Telegram', async () => {
    h = await startWhatsAppHarness();
    const created = await h.api('POST', '/api/mentors', { name: 'Peteris' });
    const invite = await h.api('POST', `/api/mentors/${created.body.id}/invites`);
    expect(invite.body.whatsappText).toBeNull();
    const chat = '37120000006@c.us';
    h.wa.current().receive({ from: chat, body: `START ${invite.body.code}` });
    expect(whatsAppText(await h.nextToWhatsApp(chat))).toMatch(/does not work/);
    const accounts = await h.database.db.selectFrom('channel_accounts').select('id').where('mentor_id', '=', created.body.id).execute();
    expect(accounts).toHaveLength(0);
    const row = await h.database.db.selectFrom('invites').select('used_at').where('mentor_id', '=', created.body.id).executeTakeFirstOrThrow();
    expect(row.used_at).toBeNull();
  });
});
