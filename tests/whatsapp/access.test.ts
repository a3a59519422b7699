import type { Message } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../fakes/fake-whatsapp-client.js';
import { messageOf, textOf } from '../support/telegram-harness.js';
import { startWhatsAppHarness, whatsAppText, type WhatsAppHarness } from './whatsapp-harness.js';
import { quietCheckinTime } from '../support/quiet-schedule.js';

const mentor = { id: 3301, first_name: 'Anna', language_code: 'en' };
const oldChat = '37120000101@c.us';
const newChat = '37120000102@c.us';

let h: WhatsAppHarness;
let clientId: string;
/** What told the mentor of the new number: replying to it reaches the client. */
const notices: Message[] = [];

beforeAll(async () => {
  h = await startWhatsAppHarness();
  const mentorId = await h.bindMentor(mentor, { languages: ['en'] });
  const created = await h.api('POST', '/api/clients', {
    name: 'Olena', mentorId, language: 'en', timezone: 'Europe/Riga', checkinTime: quietCheckinTime('Europe/Riga'), consentGiven: true,
  });
  clientId = created.body.id as string;
});
afterAll(async () => {
  await h.close();
});

async function whatsappTextsQueuedFor(chatId: string): Promise<string[]> {
  const rows = await h.database.db.selectFrom('deliveries').select('payload').where('recipient_chat_id', '=', chatId).orderBy('seq').execute();
  return rows.map((row) => String((row.payload as { payload: { text?: string } }).payload.text ?? ''));
}

async function threadTexts(): Promise<string[]> {
  return (await h.api('GET', `/api/clients/${clientId}/messages`)).body.items.map((m: { text: string }) => m.text);
}

describe('a client who moves to another WhatsApp number', () => {
  // WhatsApp sends are paced a few seconds apart, so the move is told in two steps, each well within a test's time.
  it('binds again from a new number: the old number and the mentor are told', async () => {
    h.wa.current().receive({ from: oldChat, body: (await h.api('POST', `/api/clients/${clientId}/invites`)).body.whatsappText });
    expect(whatsAppText(await h.nextToWhatsApp(oldChat))).toMatch(/^Welcome, Olena!/);
    h.wa.current().receive({ from: oldChat, body: 'From my old number' });
    expect(textOf(await h.nextTo(mentor.id))).toBe('Olena (WhatsApp):\nFrom my old number');

    h.wa.current().receive({ from: newChat, body: (await h.api('POST', `/api/clients/${clientId}/invites`)).body.whatsappText });
    expect(whatsAppText(await h.nextToWhatsApp(newChat))).toMatch(/^Welcome, Olena!/);
    expect(whatsAppText(await h.nextToWhatsApp(oldChat))).toBe('You are now connected to Mentorline from another account, so this chat is no longer connected.');
    const notice = await h.nextTo(mentor.id);
    expect(textOf(notice)).toBe('Olena now writes to you from a new WhatsApp account; the earlier one no longer reaches them.');
    notices.push(messageOf(notice));
  });

  it('is reached only on the new number, and the old one is heard as a stranger', async () => {
    const [notice] = notices;
    expect(notice).toBeDefined();

    h.fake.textFromUser(mentor, 'Got your new number, thanks', { reply_to_message: notice as never });
    expect(whatsAppText(await h.nextToWhatsApp(newChat))).toBe('Your mentor Anna:\nGot your new number, thanks');
    expect((await whatsappTextsQueuedFor(oldChat)).join('\n')).not.toContain('Got your new number');

    h.wa.current().receive({ from: oldChat, body: 'Someone else has this phone now' });
    expect(whatsAppText(await h.nextToWhatsApp(oldChat))).toMatch(/^Hello! This is Mentorline/);
    h.wa.current().receive({ from: newChat, body: 'Writing from the new number' });
    expect(textOf(await h.nextTo(mentor.id))).toBe('Olena (WhatsApp):\nWriting from the new number');
    expect(await threadTexts()).not.toContain('Someone else has this phone now');
    const accounts = (await h.api('GET', `/api/clients/${clientId}/accounts`)).body.items;
    expect(accounts.map((a: { channel: string; status: string }) => [a.channel, a.status])).toEqual([['whatsapp', 'revoked'], ['whatsapp', 'active']]);
  });

  it('keeps the messages of a client whose programme has ended, on WhatsApp too, without passing them on', async () => {
    expect((await h.api('PATCH', `/api/clients/${clientId}`, { status: 'ended' })).status).toBe(200);
    h.wa.current().receive({ from: newChat, body: 'Is the programme over?' });
    expect(whatsAppText(await h.nextToWhatsApp(newChat))).toMatch(/^Your programme has ended, so your messages are no longer passed on/);
    await eventually(async () => (await threadTexts()).includes('Is the programme over?'));
    expect(h.fake.sentTo(mentor.id).map(textOf).join('\n')).not.toContain('Is the programme over?');
    expect((await whatsappTextsQueuedFor(String(mentor.id))).join('\n')).not.toContain('Is the programme over?');
  });
});
