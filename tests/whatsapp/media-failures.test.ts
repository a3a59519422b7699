import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textOf } from '../support/telegram-harness.js';
import { startWhatsAppHarness, whatsAppText, type WhatsAppHarness } from './whatsapp-harness.js';
import { quietCheckinTime } from '../support/quiet-schedule.js';

const mentor = { id: 3201, first_name: 'Inese', language_code: 'en' };
const chat = '37120000002@c.us';
const pdf = Buffer.from('%PDF-1.4\n% a small file that stands for a large one\n');

let h: WhatsAppHarness;
beforeEach(async () => {
  h = await startWhatsAppHarness();
  const mentorId = await h.bindMentor(mentor, { languages: ['en'] });
  await h.api('POST', '/api/clients', {
    name: 'Amir', mentorId, language: 'en', timezone: 'Europe/Riga', checkinTime: quietCheckinTime('Europe/Riga'), phone: '+37120000002', consentGiven: true,
  });
  // The first message binds the number the staff recorded; the welcome and the relay are not what these tests are about.
  h.wa.current().receive({ from: chat, body: 'Hello' });
  await h.nextToWhatsApp(chat);
  await h.nextTo(mentor.id);
});
afterEach(async () => {
  await h.close();
});

/** The client's message with this text, as the thread keeps it. */
async function stored(text: string) {
  return h.database.db
    .selectFrom('messages')
    .select(['kind', 'channel', 'media_id', 'media_problem'])
    .where('text', '=', text)
    .executeTakeFirstOrThrow();
}

describe('WhatsApp media that cannot be had', () => {
  it('is not downloaded when WhatsApp says it is over the limit, and its message is kept and both are told', async () => {
    const message = h.wa.current().receive({
      from: chat,
      body: 'my payslip',
      type: 'document',
      media: { bytes: pdf, mimetype: 'application/pdf', filename: 'payslip.pdf' },
      size: 25 * 1024 * 1024,
    });

    expect(textOf(await h.nextTo(mentor.id))).toBe('Amir (WhatsApp):\nmy payslip\n⚠️ The file could not be passed on: it is larger than 20 MB.');
    expect(whatsAppText(await h.nextToWhatsApp(chat))).toBe('Your file is too large to pass on (the limit is 20 MB). Please send a smaller one.');
    expect(await stored('my payslip')).toEqual({ kind: 'document', channel: 'whatsapp', media_id: null, media_problem: 'too_large' });
    expect(message.downloads).toBe(0);
  });

  it('is tried again and then kept as not downloaded when WhatsApp no longer has it', async () => {
    const message = h.wa.current().receive({
      from: chat,
      body: 'the photo from last month',
      media: { bytes: pdf, mimetype: 'image/jpeg' },
      expired: true,
    });

    expect(textOf(await h.nextTo(mentor.id))).toBe('Amir (WhatsApp):\nthe photo from last month\n⚠️ The file could not be fetched from WhatsApp.');
    expect(whatsAppText(await h.nextToWhatsApp(chat))).toBe('Your file could not be passed on. Please try sending it again.');
    expect(await stored('the photo from last month')).toEqual({ kind: 'photo', channel: 'whatsapp', media_id: null, media_problem: 'download_failed' });
    expect(message.downloads).toBe(3);
  });
});
