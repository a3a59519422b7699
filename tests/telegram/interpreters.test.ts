import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from 'grammy/types';
import { messageOf, startTelegramHarness, textOf, type TelegramHarness } from '../support/telegram-harness.js';

const anna = { id: 1101, first_name: 'Anna', language_code: 'en' };
const ahmad = { id: 2101, first_name: 'Ahmad', language_code: 'ar' };
const farid = { id: 2102, first_name: 'Farid', language_code: 'fa' };
const amir = { id: 3101, first_name: 'Amir', language_code: 'en' };

let h: TelegramHarness;
let mentorId: string;
let ahmadId: string;
let faridId: string;
let amirId: string;

/** Waits a moment in which anything already on its way would have been sent, then says what a chat received meanwhile. */
async function sentMeanwhile(chatId: number, before: number): Promise<string[]> {
  await sleep(700);
  return h.fake.sentTo(chatId).slice(before).map(textOf);
}

beforeAll(async () => {
  h = await startTelegramHarness();
  mentorId = await h.bindMentor(anna);
  ahmadId = await h.bindClient(ahmad, { mentorId, language: 'ar' });
  faridId = await h.bindClient(farid, { mentorId, language: 'fa' });
  const staff = await h.api('POST', '/api/staff', { role: 'interpreter', name: 'Amir', languages: ['ar', 'fa'] });
  expect(staff.status).toBe(201);
  expect(staff.body).toMatchObject({ role: 'interpreter', languages: ['ar', 'fa'], email: null });
  amirId = staff.body.id;
  const invite = await h.api('POST', `/api/staff/${amirId}/invites`);
  expect(invite.status).toBe(201);
  expect(invite.body.whatsappText).toBeNull();
  h.fake.textFromUser(amir, `/start ${invite.body.code}`);
  expect(textOf(await h.nextTo(amir.id))).toMatch(/Welcome, Amir! You are connected as an interpreter/);
});
afterAll(async () => {
  await h.close();
});

describe('an interpreter in a client thread on Telegram', () => {
  it('refuses an interpreter who does not list the client’s language, naming the field', async () => {
    const russianOnly = await h.api('POST', '/api/staff', { role: 'interpreter', name: 'Olga', languages: ['ru'] });
    const refused = await h.api('PATCH', `/api/clients/${ahmadId}`, { interpreterId: russianOnly.body.id });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('interpreterId');
    expect((await h.api('GET', `/api/clients/${ahmadId}`)).body.interpreterId).toBeNull();
    const noLanguages = await h.api('POST', '/api/staff', { role: 'interpreter', name: 'Nobody' });
    expect(noLanguages.status).toBe(400);
    expect(JSON.stringify(noLanguages.body)).toContain('languages');
  });

  it('assigns the interpreter, telling them and the mentor', async () => {
    const assigned = await h.api('PATCH', `/api/clients/${ahmadId}`, { interpreterId: amirId });
    expect(assigned.status).toBe(200);
    expect(assigned.body.interpreterId).toBe(amirId);
    expect(textOf(await h.nextTo(amir.id))).toMatch(/You now interpret for Ahmad \(language: Arabic\)/);
    expect(textOf(await h.nextTo(anna.id))).toMatch(/Amir now interprets for Ahmad/);
    const history = await h.api('GET', `/api/clients/${ahmadId}/interpreters`);
    expect(history.body.items).toEqual([expect.objectContaining({ interpreterId: amirId, interpreterName: 'Amir', endedAt: null })]);
  });

  let original: Message;
  it('shows a client’s Arabic message to the mentor and the interpreter, and the translation under the original, each within 2 s', async () => {
    const started = Date.now();
    h.fake.textFromUser(ahmad, 'مرحبا، أنا بخير اليوم');
    const atMentor = await h.nextTo(anna.id, 2000);
    const atInterpreter = await h.nextTo(amir.id, 2000);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(textOf(atMentor)).toBe('Ahmad (Telegram):\nمرحبا، أنا بخير اليوم');
    expect(textOf(atInterpreter)).toBe('Ahmad (Telegram):\nمرحبا، أنا بخير اليوم');
    original = messageOf(atMentor);

    const translating = Date.now();
    h.fake.textFromUser(amir, 'Hello, I am fine today', { reply_to_message: messageOf(atInterpreter) as never });
    const translation = await h.nextTo(anna.id, 2000);
    expect(Date.now() - translating).toBeLessThan(2000);
    expect(textOf(translation)).toBe('Translation by Amir:\nHello, I am fine today');
    expect(translation.params.reply_parameters).toMatchObject({ message_id: original.message_id });
    expect(textOf(await h.nextTo(amir.id))).toMatch(/the translation went to the mentor/);

    const thread = await h.api('GET', `/api/clients/${ahmadId}/messages`);
    const stored = thread.body.items.find((m: { text: string }) => m.text === 'مرحبا، أنا بخير اليوم');
    expect(stored.translations).toEqual([expect.objectContaining({ language: 'en', text: 'Hello, I am fine today', authorName: 'Amir' })]);
  });

  it('lets the mentor answer the translation as the client’s message, straight to the client', async () => {
    h.fake.textFromUser(anna, 'Good to hear!', { reply_to_message: original as never });
    expect(textOf(await h.nextTo(ahmad.id))).toBe('Your mentor Anna:\nGood to hear!');
    // The interpreter sees what the mentor wrote, labelled with who wrote it.
    expect(textOf(await h.nextTo(amir.id))).toBe('Anna to Ahmad:\nGood to hear!');
  });

  it('sends a mentor’s message through the interpreter in /via mode: the client gets the translation, the thread keeps both', async () => {
    h.fake.textFromUser(anna, '/via');
    expect(textOf(await h.nextTo(anna.id))).toMatch(/now go through the interpreter first/);
    const ahmadBefore = h.fake.sentTo(ahmad.id).length;
    h.fake.textFromUser(anna, 'See you tomorrow at ten', { reply_to_message: original as never });
    const request = await h.nextTo(amir.id, 2000);
    expect(textOf(request)).toBe('Anna to Ahmad, please translate (reply with the translation):\nSee you tomorrow at ten');
    expect(textOf(await h.nextTo(anna.id))).toMatch(/Waiting for Amir's translation before it goes to Ahmad/);
    expect(h.fake.sentTo(ahmad.id).length).toBe(ahmadBefore);

    const translating = Date.now();
    h.fake.textFromUser(amir, 'أراك غدا في العاشرة', { reply_to_message: messageOf(request) as never });
    const atClient = await h.nextTo(ahmad.id, 2000);
    expect(Date.now() - translating).toBeLessThan(2000);
    expect(textOf(atClient)).toBe('Your mentor Anna:\nأراك غدا في العاشرة');
    expect(textOf(await h.nextTo(anna.id))).toBe("Amir's translation went to Ahmad:\nأراك غدا في العاشرة");
    expect(textOf(await h.nextTo(amir.id))).toMatch(/the translation went to the client/);

    // Translating it again sends nothing more to the client.
    h.fake.textFromUser(amir, 'أراك غدا', { reply_to_message: messageOf(request) as never });
    expect(textOf(await h.nextTo(amir.id))).toMatch(/went to the client already/);
    expect(await sentMeanwhile(ahmad.id, ahmadBefore + 1)).toEqual([]);

    const thread = await h.api('GET', `/api/clients/${ahmadId}/messages`);
    const sent = thread.body.items.find((m: { text: string }) => m.text === 'See you tomorrow at ten');
    expect(sent).toMatchObject({ author: 'mentor', waitingForTranslationSince: null });
    expect(sent.translations).toEqual([expect.objectContaining({ language: 'ar', text: 'أراك غدا في العاشرة', authorName: 'Amir' })]);
    expect(['sent', 'delivered', 'read']).toContain(sent.deliveryStatus);
  });

  it('sends one message through the interpreter with /via <text>, and the mode off sends directly', async () => {
    h.fake.textFromUser(anna, '/via');
    expect(textOf(await h.nextTo(anna.id))).toMatch(/now go directly/);
    h.fake.textFromUser(anna, '/via Bring your documents', { reply_to_message: original as never });
    expect(textOf(await h.nextTo(amir.id))).toBe('Anna to Ahmad, please translate (reply with the translation):\nBring your documents');
    expect(textOf(await h.nextTo(anna.id))).toMatch(/Waiting for Amir's translation/);
    h.fake.textFromUser(anna, 'Direct words', { reply_to_message: original as never });
    expect(textOf(await h.nextTo(ahmad.id))).toBe('Your mentor Anna:\nDirect words');
    expect(textOf(await h.nextTo(amir.id))).toBe('Anna to Ahmad:\nDirect words');
  });

  it('records every copy an interpreter received in the audit trail', async () => {
    const trail = await h.database.db.selectFrom('audit_log').select(['actor', 'details']).where('action', '=', 'read.message').where('client_id', '=', ahmadId).execute();
    expect(trail.length).toBeGreaterThanOrEqual(4);
    expect(new Set(trail.map((entry) => entry.actor))).toEqual(new Set([`staff:${amirId}`]));
  });

  it('lets an interpreter reach no client of theirs or anyone else’s by command, button or reply', async () => {
    const mentorBefore = h.fake.sentTo(anna.id).length;
    const ahmadBefore = h.fake.sentTo(ahmad.id).length;
    const faridBefore = h.fake.sentTo(farid.id).length;
    h.fake.textFromUser(amir, '/clients');
    expect(textOf(await h.nextTo(amir.id))).toBe('You interpret for:\n• Ahmad (Arabic)');
    for (const command of ['/note hello', '/checkin', '/task Walk', '/praise', '/history', '/client', '/via hello']) {
      h.fake.textFromUser(amir, command);
      expect(textOf(await h.nextTo(amir.id))).toMatch(/Messages of the clients you interpret for arrive here/);
    }
    // A plain message, one answering a message id the bot never sent them, and forged buttons with ids from the thread.
    h.fake.textFromUser(amir, 'Hello Farid');
    expect(textOf(await h.nextTo(amir.id))).toMatch(/reply to the message you are translating/);
    h.fake.textFromUser(amir, 'Hello again', { reply_to_message: { ...original, message_id: 987_654, chat: { id: amir.id, type: 'private', first_name: 'Amir' } } as never });
    expect(textOf(await h.nextTo(amir.id))).toMatch(/reply to the message you are translating/);
    const messageIds = (await h.database.db.selectFrom('messages').select('id').execute()).map((row) => row.id);
    for (const data of [`original:${messageIds[0]}`, `client:${faridId}`, `praise:1`]) {
      h.fake.callbackFromUser(amir, data);
      expect(textOf(await h.nextTo(amir.id))).toMatch(/Messages of the clients you interpret for arrive here/);
    }
    expect(await sentMeanwhile(anna.id, mentorBefore)).toEqual([]);
    expect(h.fake.sentTo(ahmad.id).length).toBe(ahmadBefore);
    expect(h.fake.sentTo(farid.id).length).toBe(faridBefore);
  });

  it('never copies another client’s messages to the interpreter', async () => {
    const before = h.fake.sentTo(amir.id).length;
    h.fake.textFromUser(farid, 'سلام');
    expect(textOf(await h.nextTo(anna.id))).toBe('Farid (Telegram):\nسلام');
    expect(await sentMeanwhile(amir.id, before)).toEqual([]);
  });

  it('sends an unassigned interpreter nothing more about the client, and takes no translation from them', async () => {
    h.fake.textFromUser(ahmad, 'رسالة أخرى');
    await h.nextTo(anna.id);
    const lastCopy = await h.nextTo(amir.id);
    // Still waiting from earlier: "Bring your documents". Unassigning flags it to the mentor at once.
    const unassigned = await h.api('PATCH', `/api/clients/${ahmadId}`, { interpreterId: null });
    expect(unassigned.body.interpreterId).toBeNull();
    const flagged = await h.nextTo(anna.id);
    expect(textOf(flagged)).toMatch(/Amir no longer interprets for Ahmad, and your message was not translated:\nBring your documents/);
    const before = h.fake.sentTo(amir.id).length;

    h.fake.textFromUser(ahmad, 'هل أنت هناك؟');
    expect(textOf(await h.nextTo(anna.id))).toBe('Ahmad (Telegram):\nهل أنت هناك؟');
    h.fake.textFromUser(anna, 'Yes, I am here', { reply_to_message: original as never });
    expect(textOf(await h.nextTo(ahmad.id))).toBe('Your mentor Anna:\nYes, I am here');
    expect(await sentMeanwhile(amir.id, before)).toEqual([]);

    const mentorBefore = h.fake.sentTo(anna.id).length;
    h.fake.textFromUser(amir, 'Another message', { reply_to_message: messageOf(lastCopy) as never });
    expect(textOf(await h.nextTo(amir.id))).toBe('You do not interpret for this client.');
    expect(await sentMeanwhile(anna.id, mentorBefore)).toEqual([]);

    // The mentor sends the flagged message as written.
    const choice = (flagged.params.reply_markup as { inline_keyboard: Array<Array<{ callback_data: string; text: string }>> }).inline_keyboard[0]?.[0];
    expect(choice?.text).toBe('Send the original');
    h.fake.callbackFromUser(anna, choice?.callback_data ?? '', messageOf(flagged));
    expect(textOf(await h.nextTo(ahmad.id))).toBe('Your mentor Anna:\nBring your documents');
    expect(textOf(await h.nextTo(anna.id))).toBe('Sent as you wrote it.');
    h.fake.callbackFromUser(anna, choice?.callback_data ?? '', messageOf(flagged));
    expect(textOf(await h.nextTo(anna.id))).toBe('This message went to the client already.');

    const history = await h.api('GET', `/api/clients/${ahmadId}/interpreters`);
    expect(history.body.items).toEqual([expect.objectContaining({ interpreterId: amirId, endedAt: expect.any(String) })]);
  });
});
