import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Bot, GrammyError, HttpError, InlineKeyboard, InputFile, webhookCallback } from 'grammy';
import type { Update } from 'grammy/types';
import { createFakeBotApi, type FakeBotApi, type FakeBotApiOptions, type FakeUser } from './fake-bot-api.js';

const TOKEN = '123456:TEST-TOKEN';
const alice: FakeUser = { id: 4242, first_name: 'Alice', language_code: 'de', username: 'alice_w' };

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function startFake(options: FakeBotApiOptions = {}): Promise<FakeBotApi> {
  const fake = createFakeBotApi(options);
  await fake.start();
  cleanups.push(() => fake.stop());
  return fake;
}

function botFor(fake: FakeBotApi, token = TOKEN): Bot {
  return new Bot(token, { client: { apiRoot: fake.apiRoot } });
}

async function apiError(promise: Promise<unknown>): Promise<GrammyError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof GrammyError)) throw new Error(`expected a GrammyError, got ${String(error)}`);
  return error;
}

describe('fake Bot API through a real grammY Bot', () => {
  it('answers getMe for bot.init()', async () => {
    const fake = await startFake();
    const bot = botFor(fake);
    await bot.init();
    expect(bot.botInfo.username).toBe('mentorline_test_bot');
    expect(bot.botInfo.id).toBe(123456);
    expect(bot.botInfo.is_bot).toBe(true);
    expect(bot.botInfo.has_topics_enabled).toBe(false);
    expect(fake.callsOf('getMe')).toHaveLength(1);
  });

  it('records sendMessage and answers with a realistic Message', async () => {
    const fake = await startFake();
    const bot = botFor(fake);
    const keyboard = new InlineKeyboard().text('Yes', 'answer:yes');
    const sent = await bot.api.sendMessage(alice.id, 'Hello /start https://example.org', { reply_markup: keyboard });
    expect(sent).toMatchObject({
      message_id: 1,
      chat: { id: alice.id, type: 'private' },
      from: { id: 123456, is_bot: true, username: 'mentorline_test_bot' },
      text: 'Hello /start https://example.org',
      reply_markup: { inline_keyboard: [[{ text: 'Yes', callback_data: 'answer:yes' }]] },
    });
    expect(sent.entities?.map((e) => e.type)).toEqual(['bot_command', 'url']);
    expect(Math.abs(sent.date - Date.now() / 1000)).toBeLessThan(5);
    const second = await bot.api.sendMessage(alice.id, 'again');
    expect(second.message_id).toBe(2);

    const [call] = fake.callsOf('sendMessage');
    expect(call?.params).toMatchObject({ chat_id: alice.id, text: 'Hello /start https://example.org' });
    expect(fake.sentTo(alice.id).map((c) => c.params['text'])).toEqual(['Hello /start https://example.org', 'again']);
    expect(fake.chatHistory(alice.id).map((m) => m.message_id)).toEqual([1, 2]);
  });

  it('answers 400 for missing parameters, 404 for unknown methods and 401 for a wrong token', async () => {
    const fake = await startFake();
    const bot = botFor(fake);
    const raw = bot.api.raw as unknown as Record<string, (payload: object) => Promise<unknown>>;

    const noText = await apiError(bot.api.sendMessage(alice.id, ''));
    expect(noText.error_code).toBe(400);
    expect(noText.description).toBe('Bad Request: message text is empty');

    const noChat = await apiError(raw['sendMessage']!({ text: 'hi' }));
    expect(noChat.description).toBe('Bad Request: chat_id is empty');

    const unknown = await apiError(raw['doSomethingNew']!({}));
    expect(unknown.error_code).toBe(404);
    expect(unknown.description).toBe('Not Found: method not found');

    const wrong = await apiError(botFor(fake, '999:WRONG').api.getMe());
    expect(wrong.error_code).toBe(401);
    expect(wrong.description).toBe('Unauthorized');
    expect(fake.stats.unauthorized).toBe(1);
    expect(fake.callsOf('getMe')).toHaveLength(0);
  });

  it('receives uploads (InputFile) with the exact bytes, also with unusual file names', async () => {
    const fake = await startFake();
    const bot = botFor(fake);
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 1, 2, 3, 0, 255, 254, 0x0d, 0x0a, 0x2d, 0x2d]);
    const sent = await bot.api.sendPhoto(alice.id, new InputFile(jpeg, 'a.jpg'), {
      caption: 'Your plan',
      reply_markup: new InlineKeyboard().text('OK', 'ok'),
    });
    const call = fake.callsOf('sendPhoto')[0];
    expect(call?.files['photo']?.filename).toBe('a.jpg');
    expect(call?.files['photo']?.bytes.equals(jpeg)).toBe(true);
    // Form fields arrive as strings and are read back by type, like Telegram does.
    expect(call?.params['chat_id']).toBe(alice.id);
    expect(call?.params['reply_markup']).toEqual({ inline_keyboard: [[{ text: 'OK', callback_data: 'ok' }]] });
    expect(sent.caption).toBe('Your plan');
    expect(sent.photo?.at(-1)).toMatchObject({ width: 1280, height: 960, file_size: jpeg.length });

    // grammY leaves file names unquoted; busboy alone would silently drop this part.
    const pdf = Buffer.from('%PDF-1.4 fake');
    const doc = await bot.api.sendDocument(alice.id, new InputFile(pdf, 'Arztbrief März 2026.pdf'));
    expect(fake.callsOf('sendDocument')[0]?.files['document']?.bytes.equals(pdf)).toBe(true);
    expect(doc.document).toMatchObject({ file_name: 'Arztbrief März 2026.pdf', mime_type: 'application/pdf' });

    // Re-sending by file_id needs no upload and yields the same photo sizes.
    const again = await bot.api.sendPhoto(alice.id, sent.photo?.at(-1)?.file_id ?? '');
    expect(again.photo).toEqual(sent.photo);
    expect(Object.keys(fake.callsOf('sendPhoto')[1]?.files ?? {})).toEqual([]);
  });

  it('accepts files attached directly under the field name and url-encoded bodies', async () => {
    const fake = await startFake();
    const form = new FormData();
    form.set('chat_id', String(alice.id));
    form.set('voice', new Blob([Buffer.from('OggS-voice')]), 'note.ogg');
    const res = await fetch(`${fake.apiRoot}/bot${TOKEN}/sendVoice`, { method: 'POST', body: form });
    const body = (await res.json()) as { ok: boolean; result: { voice: { file_id: string; mime_type: string } } };
    expect(res.status).toBe(200);
    expect(body.result.voice.mime_type).toBe('audio/ogg');
    expect(fake.callsOf('sendVoice')[0]?.files['voice']?.bytes.toString()).toBe('OggS-voice');

    const encoded = await fetch(`${fake.apiRoot}/bot${TOKEN}/sendMessage`, {
      method: 'POST',
      body: new URLSearchParams({ chat_id: String(alice.id), text: 'form', disable_notification: 'true' }),
    });
    expect(encoded.status).toBe(200);
    expect(fake.callsOf('sendMessage')[0]?.params).toEqual({ chat_id: alice.id, text: 'form', disable_notification: true });
  });

  it('serves getFile downloads with the exact bytes a user sent', async () => {
    const fake = await startFake();
    const bot = botFor(fake);
    const bytes = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7) % 256));
    const update = fake.photoFromUser(alice, bytes, 'look');
    const largest = update.message.photo?.at(-1);
    expect(largest).toBeDefined();
    expect(update.message.caption).toBe('look');

    const file = await bot.api.getFile(largest?.file_id ?? '');
    expect(file.file_path).toMatch(/^photos\/file_\d+\.jpg$/);
    expect(file.file_size).toBe(bytes.length);
    const download = await fetch(`${fake.apiRoot}/file/bot${TOKEN}/${file.file_path ?? ''}`);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);

    const invalid = await apiError(bot.api.getFile('nope'));
    expect(invalid.description).toBe('Bad Request: invalid file_id');
    expect((await fetch(`${fake.apiRoot}/file/bot${TOKEN}/photos/missing.jpg`)).status).toBe(404);
  });

  it('records downloads, fails them on request, and can report a size the download does not keep to', async () => {
    const fake = await startFake();
    const bot = botFor(fake);
    const update = fake.documentFromUser(alice, Buffer.from('0123456789'), { fileName: 'notes.txt', declaredSize: 4, download: 'endless' });
    expect(update.message.document?.file_size).toBe(4);
    const file = await bot.api.getFile(update.message.document?.file_id ?? '');
    expect(file.file_size).toBe(4);
    const url = `${fake.apiRoot}/file/bot${TOKEN}/${file.file_path ?? ''}`;

    fake.failNextDownloads(2, 502);
    expect((await fetch(url)).status).toBe(502);
    expect((await fetch(url)).status).toBe(502);
    // An endless download has no Content-Length and goes on for as long as the client reads.
    const endless = await fetch(url);
    expect(endless.status).toBe(200);
    expect(endless.headers.get('content-length')).toBeNull();
    let received = 0;
    for await (const chunk of endless.body ?? []) {
      received += chunk.byteLength;
      if (received > 1_000_000) break;
    }
    expect(received).toBeGreaterThan(1_000_000);
    expect((await fetch(`${fake.apiRoot}/file/bot${TOKEN}/documents/missing.txt`)).status).toBe(404);
    expect(fake.downloads.map((d) => [d.fileId, d.status])).toEqual([
      [file.file_id, 502],
      [file.file_id, 502],
      [file.file_id, 200],
      [undefined, 404],
    ]);
  });

  it('takes videos from users', async () => {
    const fake = await startFake();
    const bot = botFor(fake);
    const bytes = Buffer.from('a tiny movie');
    const update = fake.videoFromUser(alice, bytes, { caption: 'watch', duration: 3 });
    expect(update.message.video).toMatchObject({ width: 640, height: 480, duration: 3, mime_type: 'video/mp4', file_size: bytes.length });
    expect(update.message.caption).toBe('watch');
    const file = await bot.api.getFile(update.message.video?.file_id ?? '');
    expect(file.file_path).toMatch(/^videos\/file_\d+\.mp4$/);
    const download = await fetch(`${fake.apiRoot}/file/bot${TOKEN}/${file.file_path ?? ''}`);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('holds getUpdates until an update arrives and honours offset', async () => {
    const fake = await startFake();
    const bot = botFor(fake);
    const started = Date.now();
    const polling = bot.api.getUpdates({ timeout: 5 });
    await fake.waitFor('getUpdates');
    await new Promise((r) => setTimeout(r, 150));
    const pushed = fake.textFromUser(alice, 'hi there');
    const updates = await polling;
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(140);
    expect(waited).toBeLessThan(3000);
    expect(updates).toEqual([pushed]);
    expect(updates[0]?.message?.from).toMatchObject({ id: alice.id, is_bot: false, first_name: 'Alice', language_code: 'de' });
    expect(updates[0]?.message?.chat).toEqual({ id: alice.id, type: 'private', first_name: 'Alice', username: 'alice_w' });

    // Not confirmed yet: the same update comes again.
    expect(await bot.api.getUpdates({ timeout: 0 })).toEqual([pushed]);
    const second = fake.textFromUser(alice, 'second');
    expect(second.update_id).toBe(pushed.update_id + 1);
    expect(await bot.api.getUpdates({ offset: pushed.update_id + 1, limit: 10 })).toEqual([second]);
    expect(await bot.api.getUpdates({ offset: second.update_id + 1 })).toEqual([]);
    expect(fake.pendingUpdates()).toEqual([]);
  });

  it('answers an empty list when the long-poll timeout passes', async () => {
    const fake = await startFake();
    const started = Date.now();
    expect(await botFor(fake).api.getUpdates({ timeout: 1 })).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('terminates a getUpdates with 409 when another one arrives, and stop() releases held polls', async () => {
    const fake = await startFake();
    const bot = botFor(fake);
    const first = bot.api.getUpdates({ timeout: 20 });
    await fake.waitFor('getUpdates');
    const second = bot.api.getUpdates({ timeout: 20 });
    const conflict = await apiError(first);
    expect(conflict.error_code).toBe(409);
    expect(conflict.description).toBe('Conflict: terminated by other getUpdates request; make sure that only one bot instance is running');

    const started = Date.now();
    await fake.stop();
    expect(await second).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('delivers a pushed text update exactly once to bot.start()', async () => {
    const fake = await startFake();
    const bot = botFor(fake);
    const seen: string[] = [];
    bot.on('message:text', async (ctx) => {
      seen.push(ctx.message.text);
      await ctx.reply(`echo: ${ctx.message.text}`);
    });
    const started = new Promise<void>((resolve) => {
      void bot.start({ onStart: () => resolve(), timeout: 10 });
    });
    await started;
    const update = fake.textFromUser(alice, 'ping');
    const reply = await fake.waitFor((c) => c.method === 'sendMessage' && c.response !== undefined);
    // The poll after the handler confirms the update via offset.
    await fake.waitFor((c) => c.method === 'getUpdates' && c.params['offset'] === update.update_id + 1);
    await bot.stop();

    expect(seen).toEqual(['ping']);
    expect(reply.params).toMatchObject({ chat_id: alice.id, text: 'echo: ping' });
    expect(fake.pendingUpdates()).toEqual([]);
    expect(fake.callsOf('deleteWebhook')).toHaveLength(1);
    const polls = fake.callsOf('getUpdates');
    // The poll cancelled by bot.stop() is seen as aborted, not as a 409 conflict.
    expect(polls.map((c) => (typeof c.response === 'object' ? c.response.status : c.response))).toEqual([200, 'aborted', 200]);
  });

  it('handles callback queries, answerCallbackQuery and edits', async () => {
    const fake = await startFake();
    const bot = botFor(fake);
    bot.callbackQuery('answer:yes', async (ctx) => {
      await ctx.answerCallbackQuery({ text: 'Thanks' });
      await ctx.editMessageText('You said yes');
    });
    await bot.init();
    const question = await bot.api.sendMessage(alice.id, 'Did you sleep well?', {
      reply_markup: new InlineKeyboard().text('Yes', 'answer:yes'),
    });
    const update = fake.callbackFromUser(alice, 'answer:yes');
    expect(update.callback_query.message?.message_id).toBe(question.message_id);
    await bot.handleUpdate(update);

    const answer = fake.callsOf('answerCallbackQuery')[0];
    expect(answer?.params).toMatchObject({ callback_query_id: update.callback_query.id, text: 'Thanks' });
    const edit = fake.callsOf('editMessageText')[0];
    expect(edit?.params).toMatchObject({ chat_id: alice.id, message_id: question.message_id, text: 'You said yes' });
    const edited = fake.chatHistory(alice.id).find((m) => m.message_id === question.message_id);
    expect(edited?.text).toBe('You said yes');
    // Like Telegram: editing text without reply_markup removes the inline keyboard.
    expect(edited?.reply_markup).toBeUndefined();

    const twice = await apiError(bot.api.answerCallbackQuery(update.callback_query.id));
    expect(twice.description).toBe('Bad Request: query is too old and response timeout expired or query ID is invalid');
    const same = await apiError(bot.api.editMessageText(alice.id, question.message_id, 'You said yes'));
    expect(same.description).toMatch(/^Bad Request: message is not modified/);
    const gone = await apiError(bot.api.editMessageText(alice.id, 999, 'x'));
    expect(gone.description).toBe('Bad Request: message to edit not found');
    await bot.api.deleteMessage(alice.id, question.message_id);
    expect(fake.chatHistory(alice.id).some((m) => m.message_id === question.message_id)).toBe(false);

    const userEdit = fake.textFromUser(alice, 'typo');
    const editUpdate = fake.editedTextFromUser(alice, userEdit.message.message_id, 'fixed');
    expect(editUpdate.edited_message).toMatchObject({ message_id: userEdit.message.message_id, text: 'fixed' });
    expect(editUpdate.edited_message.edit_date).toBeGreaterThanOrEqual(userEdit.message.date);
  });

  it('answers 429 with retry_after when limits are on', async () => {
    const fake = await startFake({ limits: { burst: 3, perChatPerSecond: 1 } });
    const bot = botFor(fake);
    for (let i = 0; i < 3; i++) await bot.api.sendMessage(alice.id, `burst ${i}`);
    const limited = await apiError(bot.api.sendMessage(alice.id, 'one too many'));
    expect(limited.error_code).toBe(429);
    expect(limited.description).toBe('Too Many Requests: retry after 1');
    expect(limited.parameters.retry_after).toBe(1);
    // Another chat is not affected by alice's per-chat limit.
    await bot.api.sendMessage(alice.id + 1, 'other chat');
    expect(fake.stats.tooManyRequests).toBe(1);
    expect(fake.stats.maxSendsInAnySecond).toBe(4);
    expect(fake.sentTo(alice.id)).toHaveLength(3);
    expect(fake.sentTo(alice.id, { includeFailed: true })).toHaveLength(4);
  });

  it('applies the global per-second and per-group-per-minute limits', async () => {
    const fake = await startFake({ limits: { perSecond: 5, perGroupPerMinute: 2, burst: 10, perChatPerSecond: 10 } });
    const bot = botFor(fake);
    for (let i = 1; i <= 5; i++) await bot.api.sendMessage(1000 + i, 'x');
    const global = await apiError(bot.api.sendMessage(2000, 'x'));
    expect(global.error_code).toBe(429);
    expect(fake.stats.maxSendsInAnySecond).toBe(5);

    const limitedGroups = await startFake({ limits: { perGroupPerMinute: 2, burst: 10, perChatPerSecond: 10 } });
    const groupBot = botFor(limitedGroups);
    const group = -1001234567890;
    await groupBot.api.sendMessage(group, 'one');
    await groupBot.api.sendMessage(group, 'two');
    const perGroup = await apiError(groupBot.api.sendMessage(group, 'three'));
    expect(perGroup.parameters.retry_after).toBeGreaterThan(50);
  });

  it('injects faults with failNext, including socket resets', async () => {
    const fake = await startFake();
    const bot = botFor(fake);
    fake.failNext('sendMessage', 1, { status: 502 });
    const bad = await apiError(bot.api.sendMessage(alice.id, 'first'));
    expect(bad.error_code).toBe(502);
    await expect(bot.api.sendMessage(alice.id, 'second')).resolves.toMatchObject({ text: 'second' });

    fake.failNext('*', 1, { status: 429, body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 7', parameters: { retry_after: 7 } } });
    const custom = await apiError(bot.api.getMe());
    expect(custom.parameters.retry_after).toBe(7);
    expect(fake.stats.tooManyRequests).toBe(1);

    fake.failNext('sendMessage', 1, 'reset');
    const reset = await bot.api.sendMessage(alice.id, 'lost').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(reset).toBeInstanceOf(HttpError);
    expect(fake.callsOf('sendMessage').at(-1)?.response).toBe('reset');
    expect(fake.sentTo(alice.id).map((c) => c.params['text'])).toEqual(['second']);
  });

  it('answers 403 for blocked chats and 400 for unknown chats', async () => {
    const fake = await startFake();
    const bot = botFor(fake);
    fake.blockChat(alice.id);
    const blocked = await apiError(bot.api.sendMessage(alice.id, 'hello?'));
    expect(blocked.error_code).toBe(403);
    expect(blocked.description).toBe('Forbidden: bot was blocked by the user');
    expect((await apiError(bot.api.sendChatAction(alice.id, 'typing'))).error_code).toBe(403);

    fake.unknownChat(77);
    const missing = await apiError(bot.api.sendMessage(77, 'hello?'));
    expect(missing.error_code).toBe(400);
    expect(missing.description).toBe('Bad Request: chat not found');
    expect(fake.sentTo(alice.id)).toEqual([]);
  });

  it('rejects malformed HTML like Telegram and strips valid HTML into entities', async () => {
    const fake = await startFake();
    const bot = botFor(fake);
    const ok = await bot.api.sendMessage(alice.id, '<b>Tag 3</b> &amp; <a href="https://x.org">Link</a>', { parse_mode: 'HTML' });
    expect(ok.text).toBe('Tag 3 & Link');
    expect(ok.entities).toEqual([
      { type: 'bold', offset: 0, length: 5 },
      { type: 'text_link', offset: 8, length: 4, url: 'https://x.org' },
    ]);
    const bad = await apiError(bot.api.sendMessage(alice.id, 'a < b', { parse_mode: 'HTML' }));
    expect(bad.description).toMatch(/^Bad Request: can't parse entities: /);
  });

  it('supports forum topics when enabled', async () => {
    const fake = await startFake({ topics: true });
    const bot = botFor(fake);
    await bot.init();
    expect(bot.botInfo.has_topics_enabled).toBe(true);
    fake.textFromUser(alice, '/start');
    const topic = await bot.api.createForumTopic(alice.id, 'Mentor: Bob');
    expect(topic).toEqual({ message_thread_id: 2, name: 'Mentor: Bob', icon_color: 7322096 });
    const sent = await bot.api.sendMessage(alice.id, 'in topic', { message_thread_id: topic.message_thread_id });
    expect(sent.message_thread_id).toBe(topic.message_thread_id);
    expect(sent.message_id).toBe(3);
    const wrong = await apiError(bot.api.sendMessage(alice.id, 'x', { message_thread_id: 99 }));
    expect(wrong.description).toBe('Bad Request: message thread not found');

    const plain = await startFake();
    const notForum = await apiError(botFor(plain).api.createForumTopic(alice.id, 'x'));
    expect(notForum.description).toBe('Bad Request: the chat is not a forum');
  });

  it('lets a user delete a forum topic, after which sends into it fail as Telegram’s do', async () => {
    const fake = await startFake({ topics: true });
    const bot = botFor(fake);
    fake.textFromUser(alice, '/start');
    const topic = await bot.api.createForumTopic(alice.id, 'Client: Omar');
    await bot.api.sendMessage(alice.id, 'in topic', { message_thread_id: topic.message_thread_id });
    const other = await bot.api.createForumTopic(alice.id, 'Client: Ann');

    fake.deleteTopicAsUser(alice.id, topic.message_thread_id);
    const gone = await apiError(bot.api.sendMessage(alice.id, 'again', { message_thread_id: topic.message_thread_id }));
    expect(gone.description).toBe('Bad Request: message thread not found');
    expect(fake.chatHistory(alice.id).map((m) => m.text ?? m.forum_topic_created?.name)).toEqual(['/start', 'Client: Ann']);
    await expect(bot.api.sendMessage(alice.id, 'still here', { message_thread_id: other.message_thread_id })).resolves.toMatchObject({ text: 'still here' });
    expect(() => fake.deleteTopicAsUser(alice.id, topic.message_thread_id)).toThrow(/has no topic/);
  });

  it('keeps commands and menu button state', async () => {
    const fake = await startFake();
    const bot = botFor(fake);
    await bot.api.setMyCommands([{ command: 'start', description: 'Begin' }]);
    await bot.api.setMyCommands([{ command: 'hilfe', description: 'Hilfe' }], { language_code: 'de' });
    expect(await bot.api.getMyCommands()).toEqual([{ command: 'start', description: 'Begin' }]);
    expect(await bot.api.getMyCommands({ language_code: 'de' })).toEqual([{ command: 'hilfe', description: 'Hilfe' }]);
    await bot.api.deleteMyCommands();
    expect(await bot.api.getMyCommands()).toEqual([]);
    const invalid = await apiError(bot.api.setMyCommands([{ command: 'Start', description: 'x' }]));
    expect(invalid.description).toBe('Bad Request: BOT_COMMAND_INVALID');
    await bot.api.setChatMenuButton({ chat_id: alice.id, menu_button: { type: 'commands' } });
    expect(fake.callsOf('setChatMenuButton')[0]?.params['menu_button']).toEqual({ type: 'commands' });
  });

  it('delivers to a webhook with the secret token and blocks getUpdates meanwhile', async () => {
    const fake = await startFake();
    const bot = botFor(fake);
    const seen: Update[] = [];
    bot.on('message', (ctx) => {
      seen.push(ctx.update);
    });
    const handle = webhookCallback(bot, 'http', { secretToken: 's3cret' });
    const server: Server = createServer((req, res) => {
      void handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;

    await bot.api.setWebhook(url, { secret_token: 's3cret' });
    expect(fake.webhook).toEqual({ url, secretToken: 's3cret' });
    expect((await bot.api.getWebhookInfo()).url).toBe(url);
    const conflict = await apiError(bot.api.getUpdates());
    expect(conflict.error_code).toBe(409);

    const update = fake.textFromUser(alice, 'via webhook');
    expect((await bot.api.getWebhookInfo()).pending_update_count).toBe(1);
    expect(await fake.deliverToWebhook(update)).toBe(200);
    expect(seen).toEqual([update]);
    expect((await bot.api.getWebhookInfo()).pending_update_count).toBe(0);

    // A webhook registered with another secret is refused by grammY: the header really is checked.
    await bot.api.setWebhook(url, { secret_token: 'other' });
    expect(await fake.deliverToWebhook({ message: update.message })).toBe(401);
    expect(seen).toHaveLength(1);

    await bot.api.deleteWebhook();
    expect(fake.webhook).toBeUndefined();
    await expect(bot.api.getUpdates({ timeout: 0 })).resolves.toEqual([]);
  });

  it('executes a method returned as the webhook response (grammY webhook reply)', async () => {
    const fake = await startFake();
    const bot = new Bot(TOKEN, { client: { apiRoot: fake.apiRoot, canUseWebhookReply: (m) => m === 'sendMessage' } });
    bot.on('message:text', async (ctx) => {
      await ctx.reply('answered in the webhook response');
    });
    const handle = webhookCallback(bot, 'http');
    const server: Server = createServer((req, res) => {
      void handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    await bot.api.setWebhook(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);

    expect(await fake.deliverToWebhook({ message: fake.textFromUser(alice, 'hi').message })).toBe(200);
    expect(fake.sentTo(alice.id).map((c) => c.params['text'])).toEqual(['answered in the webhook response']);
    expect(fake.chatHistory(alice.id).at(-1)?.from?.is_bot).toBe(true);
  });

  it('waitFor resolves with matching calls and rejects with a list of recent calls', async () => {
    const fake = await startFake();
    const bot = botFor(fake);
    const waiting = fake.waitFor((c) => c.method === 'sendMessage' && c.params['text'] === 'later');
    await bot.api.sendMessage(alice.id, 'sooner');
    await bot.api.sendMessage(alice.id, 'later');
    expect((await waiting).params['text']).toBe('later');
    await expect(fake.waitFor('sendDocument', 50)).rejects.toThrow(/no matching Bot API call within 50 ms[^]*#1 sendMessage \{"chat_id":4242,"text":"later"\} → 200/);
  });
});
