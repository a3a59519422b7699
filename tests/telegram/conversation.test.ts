import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageOf, startTelegramHarness, textOf, type TelegramHarness } from '../support/telegram-harness.js';
import { cleanJpeg } from '../support/test-media.js';

const anna = { id: 1001, first_name: 'Anna', language_code: 'en' };
const olena = { id: 2001, first_name: 'Olena', language_code: 'uk' };
const stranger = { id: 9001, first_name: 'Someone', language_code: 'ru' };
/** A stranger of their own: each hears one explanation a window. */
const codeGuesser = { id: 9003, first_name: 'Guesser', language_code: 'ru' };

let h: TelegramHarness;
let mentorId: string;
let clientId: string;

beforeAll(async () => {
  h = await startTelegramHarness();
  mentorId = await h.bindMentor(anna);
  clientId = await h.bindClient(olena, { mentorId, language: 'uk' });
});
afterAll(async () => {
  await h.close();
});

describe('Telegram conversations', () => {
  it('gives a bound mentor a command menu of their own', async () => {
    const menu = await h.fake.waitFor((c) => c.method === 'setMyCommands' && (c.params.scope as { type?: string })?.type === 'chat');
    expect(menu.params.scope).toEqual({ type: 'chat', chat_id: anna.id });
    const commands = (menu.params.commands as Array<{ command: string }>).map((c) => c.command);
    expect(commands).toEqual(expect.arrayContaining(['clients', 'client', 'history', 'note', 'praise', 'web', 'help']));
    const defaults = h.fake.callsOf('setMyCommands').filter((c) => (c.params.scope as { type?: string })?.type === 'all_private_chats');
    expect(defaults.length).toBeGreaterThan(0);
    expect((defaults[0]?.params.commands as Array<{ command: string }>).map((c) => c.command)).not.toContain('clients');
  });

  it('carries a client message to the mentor and the mentor reply back, each within 2 s', async () => {
    const started = Date.now();
    h.fake.textFromUser(olena, 'Привіт! Сьогодні був важкий день.');
    const atMentor = await h.nextTo(anna.id, 2000);
    expect(textOf(atMentor)).toBe('Olena (Telegram):\nПривіт! Сьогодні був важкий день.');
    expect(Date.now() - started).toBeLessThan(2000);

    const replyStarted = Date.now();
    h.fake.textFromUser(anna, 'I am here for you. Shall we talk tomorrow?', {
      reply_to_message: messageOf(atMentor) as never,
    });
    const atClient = await h.nextTo(olena.id, 2000);
    const [label, body] = textOf(atClient).split('\n');
    expect(label).toMatch(/^Ваш наставник.*Anna/);
    expect(body).toBe('I am here for you. Shall we talk tomorrow?');
    expect(Date.now() - replyStarted).toBeLessThan(2000);

    const thread = await h.api('GET', `/api/clients/${clientId}/messages`);
    expect(thread.body.items.map((m: { author: string; text: string }) => [m.author, m.text])).toEqual([
      ['client', 'Привіт! Сьогодні був важкий день.'],
      ['mentor', 'I am here for you. Shall we talk tomorrow?'],
    ]);
  });

  it('stores a client photo byte for byte and shows it to the mentor', async () => {
    const bytes = await cleanJpeg('a photo of a healthy dinner');
    h.fake.photoFromUser(olena, bytes, 'Вечеря');
    const atMentor = await h.nextTo(anna.id);
    expect(atMentor.method).toBe('sendPhoto');
    expect(textOf(atMentor)).toBe('Olena (Telegram):\nВечеря');
    const uploaded = Object.values(atMentor.files)[0];
    expect(uploaded?.bytes.equals(bytes)).toBe(true);

    const thread = await h.api('GET', `/api/clients/${clientId}/messages`);
    const photo = thread.body.items.find((m: { kind: string }) => m.kind === 'photo');
    expect(photo).toMatchObject({ kind: 'photo', text: 'Вечеря', author: 'client' });
    const served = await fetch(`${h.service.url}/api/media/${photo.mediaId}`, {
      headers: { authorization: 'Bearer telegram-harness-token-0123456789' },
    });
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('shows edits to the mentor and keeps the earlier text', async () => {
    const original = h.fake.textFromUser(olena, 'Я зроблю це завтра');
    await h.nextTo(anna.id);
    h.fake.editedTextFromUser(olena, original.message.message_id, 'Я зроблю це сьогодні');
    expect(textOf(await h.nextTo(anna.id))).toBe('Olena (Telegram) edited a message:\nЯ зроблю це сьогодні');
    const edits = await h.database.db.selectFrom('message_edits').select('previous_text').execute();
    expect(edits).toEqual([{ previous_text: 'Я зроблю це завтра' }]);
  });

  it('answers a stranger politely in their language and passes nothing on', async () => {
    const before = h.fake.sentTo(anna.id).length;
    h.fake.textFromUser(stranger, 'Помогите, пожалуйста');
    const reply = await h.nextTo(stranger.id);
    expect(textOf(reply)).toMatch(/Mentorline/);
    expect(textOf(reply)).toMatch(/приглаш/i);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(h.fake.sentTo(anna.id)).toHaveLength(before);
    const messages = await h.database.db.selectFrom('messages').select('text').where('text', '=', 'Помогите, пожалуйста').execute();
    expect(messages).toHaveLength(0);
  });

  it('refuses an unknown or used code and binds nothing', async () => {
    h.fake.textFromUser(codeGuesser, '/start NOTACODE99');
    expect(textOf(await h.nextTo(codeGuesser.id))).toMatch(/код/i);
    // A code someone else used already; redeeming it binds that person, who has no other account.
    const spare = await h.api('POST', '/api/mentors', { name: 'Spare' });
    const invite = await h.api('POST', `/api/mentors/${spare.body.id}/invites`);
    h.fake.textFromUser({ id: 9002, first_name: 'Second' }, `/start ${invite.body.code}`);
    await h.nextTo(9002);
    h.fake.textFromUser(codeGuesser, `/start ${invite.body.code}`);
    // One explanation a window is all a stranger gets, whatever they try next.
    await expect(h.nextTo(codeGuesser.id, 1000)).rejects.toThrow(/nothing more was sent/);
    const accounts = await h.database.db.selectFrom('channel_accounts').select('external_id').where('external_id', '=', String(codeGuesser.id)).execute();
    expect(accounts).toHaveLength(0);
  });

  it('gives a client who types a mentor command the client help, never mentor data', async () => {
    h.fake.textFromUser(olena, '/clients');
    const reply = textOf(await h.nextTo(olena.id));
    expect(reply).toContain('/language');
    expect(reply).not.toContain('Olena ·');
  });

  it('lets a mentor choose a client in /clients and then write plainly', async () => {
    h.fake.textFromUser(anna, '/clients');
    const list = await h.nextTo(anna.id);
    expect(textOf(list)).toMatch(/Olena · unread: \d+/);
    const keyboard = (list.params.reply_markup as { inline_keyboard: Array<Array<{ callback_data: string }>> }).inline_keyboard;
    expect(keyboard[0]?.[0]?.callback_data).toBe(`client:${clientId}`);

    h.fake.callbackFromUser(anna, `client:${clientId}`, messageOf(list));
    expect(textOf(await h.nextTo(anna.id))).toBe('Now writing to Olena. Plain messages go to them until you switch.');
    h.fake.textFromUser(anna, 'Good morning!');
    expect(textOf(await h.nextTo(olena.id)).endsWith('Good morning!')).toBe(true);
  });

  it('never lets a mentor reach another mentor’s client, even with forged button data', async () => {
    const other = { id: 1002, first_name: 'Jānis' };
    const otherMentorId = await h.bindMentor(other);
    const theirs = { id: 2002, first_name: 'Ahmad' };
    const theirClientId = await h.bindClient(theirs, { mentorId: otherMentorId });
    const before = h.fake.sentTo(theirs.id).length;

    const list = h.fake.textFromUser(anna, '/help');
    await h.nextTo(anna.id);
    h.fake.callbackFromUser(anna, `client:${theirClientId}`, list.message.message_id);
    expect(textOf(await h.nextTo(anna.id))).toBe('This client is not assigned to you.');
    h.fake.callbackFromUser(anna, 'praise:999', list.message.message_id);
    await h.nextTo(anna.id);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.fake.sentTo(theirs.id)).toHaveLength(before);
  });

  it('keeps a private case note out of the client’s sight', async () => {
    const before = h.fake.sentTo(olena.id).length;
    h.fake.textFromUser(anna, '/note');
    expect(textOf(await h.nextTo(anna.id))).toMatch(/note about Olena/);
    h.fake.textFromUser(anna, 'Seems tired; check in about sleep.');
    expect(textOf(await h.nextTo(anna.id))).toBe('Note saved for Olena.');
    const notes = await h.database.db.selectFrom('case_notes').select(['text', 'client_id']).execute();
    expect(notes).toEqual([{ text: 'Seems tired; check in about sleep.', client_id: clientId }]);
    expect(h.fake.sentTo(olena.id)).toHaveLength(before);
  });

  it('sends praise in the client’s language', async () => {
    h.fake.textFromUser(anna, '/praise');
    const offer = await h.nextTo(anna.id);
    const keyboard = (offer.params.reply_markup as { inline_keyboard: Array<Array<{ callback_data: string; text: string }>> }).inline_keyboard;
    expect(keyboard).toHaveLength(5);
    h.fake.callbackFromUser(anna, keyboard[1]?.[0]?.callback_data ?? '', messageOf(offer));
    const praise = textOf(await h.nextTo(olena.id));
    expect(praise.endsWith(keyboard[1]?.[0]?.text ?? '∅')).toBe(true);
    expect(praise).toMatch(/[а-яіїє]/i);
    expect(textOf(await h.nextTo(anna.id))).toBe('Sent to Olena.');
  });

  it('survives hostile and malformed updates', async () => {
    h.fake.pushUpdate({ message: { message_id: 1, date: 0, chat: { id: 5, type: 'private', first_name: 'x' } } as never });
    h.fake.pushUpdate({ message: { message_id: 2, date: 0, chat: { id: -100, type: 'group', title: 'g' }, from: olena, text: 'group' } as never, unknown_field: { deep: true } } as never);
    const long = 'ж'.repeat(10_000);
    h.fake.textFromUser(olena, long);
    let received = '';
    while (received.length < long.length) {
      const part = textOf(await h.nextTo(anna.id));
      received += part.replace('Olena (Telegram):\n', '');
    }
    expect(received).toBe(long);
    const stored = await h.database.db.selectFrom('messages').select('text').where('text', '=', long).execute();
    expect(stored).toHaveLength(1);
  });
});
