import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeGraphApi, type FakeGraphApiOptions, GRAPH_ERRORS, startFakeGraphApi } from './fake-graph-api.js';
import {
  DEFAULT_WEBHOOK_TIME,
  inboundAudio,
  inboundButtonReply,
  inboundText,
  inboundUnsupported,
  postWebhook,
  signWebhook,
  status,
  webhookBody,
} from './graph-webhooks.js';

const CLIENT = '4915112345678';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function startFake(options: FakeGraphApiOptions = {}): Promise<FakeGraphApi> {
  const fake = await startFakeGraphApi(options);
  cleanups.push(() => fake.close());
  return fake;
}

interface GraphAnswer {
  status: number;
  body: any;
}

async function call(fake: FakeGraphApi, path: string, init: RequestInit = {}, token = fake.accessToken): Promise<GraphAnswer> {
  const url = path.startsWith('http') ? path : `${fake.apiRoot}${path}`;
  const response = await fetch(url, { ...init, headers: { authorization: `Bearer ${token}`, ...init.headers } });
  return { status: response.status, body: await response.json() };
}

function send(fake: FakeGraphApi, message: Record<string, unknown>): Promise<GraphAnswer> {
  return call(fake, `/${fake.phoneNumberId}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messaging_product: 'whatsapp', recipient_type: 'individual', ...message }),
  });
}

function sendText(fake: FakeGraphApi, to: string, body: string): Promise<GraphAnswer> {
  return send(fake, { to, type: 'text', text: { body } });
}

function buttons(...titles: string[]): Record<string, unknown> {
  return {
    type: 'interactive',
    interactive: {
      type: 'button',
      body: { text: 'How are you today?' },
      action: { buttons: titles.map((title, i) => ({ type: 'reply', reply: { id: `mood:${i}`, title } })) },
    },
  };
}

function upload(fake: FakeGraphApi, bytes: Buffer, mimeType: string, fileName: string): Promise<GraphAnswer> {
  const form = new FormData();
  form.set('messaging_product', 'whatsapp');
  form.set('type', mimeType);
  form.set('file', new Blob([new Uint8Array(bytes)], { type: mimeType }), fileName);
  return call(fake, `/${fake.phoneNumberId}/media`, { method: 'POST', body: form });
}

describe('fake Graph API: access token', () => {
  it('refuses a missing or wrong token with Graph error 190', async () => {
    const fake = await startFake({ accessToken: 'EAAG-right' });
    const wrong = await call(fake, `/${fake.phoneNumberId}/messages`, { method: 'POST' }, 'EAAG-wrong');
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toMatchObject({ message: 'Invalid OAuth access token.', type: 'OAuthException', code: 190 });
    expect(typeof wrong.body.error.fbtrace_id).toBe('string');
    const missing = await fetch(`${fake.apiRoot}/${fake.phoneNumberId}/messages`, { method: 'POST' });
    expect(missing.status).toBe(401);
    expect(fake.messages).toHaveLength(0);
  });

  it('answers 190 after expireToken until restoreToken, for downloads too', async () => {
    const fake = await startFake();
    const mediaId = fake.addMedia(Buffer.from('voice'), 'audio/ogg');
    const info = await call(fake, `/${mediaId}`);
    fake.expireToken();
    const expired = await sendText(fake, CLIENT, 'Hello');
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe(190);
    expect((await call(fake, info.body.url)).status).toBe(401);
    fake.restoreToken();
    expect((await sendText(fake, CLIENT, 'Hello')).status).toBe(200);
  });
});

describe('fake Graph API: sending messages', () => {
  it('records a text send and answers with a wamid', async () => {
    const fake = await startFake();
    const answer = await sendText(fake, CLIENT, 'Guten Morgen, Frau Bērziņa 🌞');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ messaging_product: 'whatsapp', contacts: [{ input: CLIENT, wa_id: CLIENT }] });
    const id: string = answer.body.messages[0].id;
    expect(id).toMatch(/^wamid\.[A-Za-z0-9+/=]{20,}$/);
    expect(fake.messages).toHaveLength(1);
    expect(fake.messages[0]).toMatchObject({ id, to: CLIENT, type: 'text', body: { text: { body: 'Guten Morgen, Frau Bērziņa 🌞' } } });
    expect((await sendText(fake, CLIENT, 'again')).body.messages[0].id).not.toBe(id);
  });

  it('accepts three buttons, a list of ten rows, a template and a reaction', async () => {
    const fake = await startFake();
    expect((await send(fake, { to: CLIENT, ...buttons('Good', 'So-so', 'Bad') })).status).toBe(200);
    const rows = Array.from({ length: 10 }, (_, i) => ({ id: `slot:${i}`, title: `Slot ${i}`, description: 'Thirty minutes' }));
    const list = {
      type: 'list',
      body: { text: 'Pick a time' },
      action: { button: 'Times', sections: [{ title: 'Morning', rows: rows.slice(0, 5) }, { title: 'Afternoon', rows: rows.slice(5) }] },
    };
    expect((await send(fake, { to: CLIENT, type: 'interactive', interactive: list })).status).toBe(200);
    const template = { name: 'daily_checkin', language: { code: 'de' }, components: [{ type: 'body', parameters: [{ type: 'text', text: 'Anna' }] }] };
    expect((await send(fake, { to: CLIENT, type: 'template', template })).status).toBe(200);
    const reaction = { message_id: fake.messages[0]?.id, emoji: '👍' };
    expect((await send(fake, { to: CLIENT, type: 'reaction', reaction })).status).toBe(200);
    expect(fake.messagesTo(CLIENT).map((m) => m.type)).toEqual(['interactive', 'interactive', 'template', 'reaction']);
  });

  it.each([
    ['four buttons', buttons('One', 'Two', 'Three', 'Four')],
    ['a 21-character button title', buttons('Twenty-one characters')],
    ['repeated button titles', buttons('Same', 'Same')],
    ['a list of eleven rows', {
      type: 'interactive',
      interactive: {
        type: 'list',
        body: { text: 'Pick' },
        action: { button: 'Times', sections: [{ rows: Array.from({ length: 11 }, (_, i) => ({ id: `r${i}`, title: `Row ${i}` })) }] },
      },
    }],
    ['text without a body', { type: 'text', text: {} }],
    ['text over 4096 characters', { type: 'text', text: { body: 'x'.repeat(4097) } }],
    ['a caption on audio', { type: 'audio', audio: { link: 'https://example.org/a.ogg', caption: 'no' } }],
    ['an image with neither id nor link', { type: 'image', image: { caption: 'hi' } }],
    ['an image naming media never uploaded', { type: 'image', image: { id: '123456789' } }],
    ['a template without a language', { type: 'template', template: { name: 'daily_checkin' } }],
    ['an unknown type', { type: 'poll', poll: {} }],
  ])('answers Graph error 100 for %s', async (_what, message) => {
    const fake = await startFake();
    const answer = await send(fake, { to: CLIENT, ...message });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({ message: '(#100) Invalid parameter', type: 'OAuthException', code: 100 });
    expect(answer.body.error.error_data.details).toEqual(expect.any(String));
    expect(fake.messages).toHaveLength(0);
  });

  it('refuses a number with "+" and a wrong phone number id', async () => {
    const fake = await startFake();
    expect((await sendText(fake, `+${CLIENT}`, 'Hi')).body.error.code).toBe(100);
    const wrongSender = await call(fake, '/999/messages', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messaging_product: 'whatsapp', to: CLIENT, type: 'text', text: { body: 'Hi' } }),
    });
    expect(wrongSender.status).toBe(400);
    expect(wrongSender.body.error).toMatchObject({ code: 100, error_subcode: 33 });
  });

  it('records read receipts sent to the messages endpoint', async () => {
    const fake = await startFake();
    const answer = await send(fake, { status: 'read', message_id: 'wamid.ABC', typing_indicator: { type: 'text' } });
    expect(answer).toEqual({ status: 200, body: { success: true } });
    expect(fake.markedRead).toEqual([{ messageId: 'wamid.ABC', typingIndicator: true, at: expect.any(Number) }]);
    expect(fake.messages).toHaveLength(0);
  });
});

describe('fake Graph API: media', () => {
  it('takes a multipart upload and gives the bytes back through GET /{id} and its url', async () => {
    const fake = await startFake();
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0, 4]);
    const uploaded = await upload(fake, bytes, 'image/jpeg', 'drawing.jpg');
    expect(uploaded.status).toBe(200);
    const id: string = uploaded.body.id;
    expect(id).toMatch(/^\d{16}$/);
    expect(fake.uploads.get(id)).toEqual({ bytes, mimeType: 'image/jpeg', fileName: 'drawing.jpg' });

    const info = await call(fake, `/${id}`);
    expect(info.body).toEqual({
      messaging_product: 'whatsapp',
      url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/download\/\S+$/),
      mime_type: 'image/jpeg',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      file_size: bytes.length,
      id,
    });
    const download = await fetch(info.body.url, { headers: { authorization: `Bearer ${fake.accessToken}` } });
    expect(download.headers.get('content-type')).toBe('image/jpeg');
    const downloaded = Buffer.from(await download.arrayBuffer());
    expect(createHash('sha256').update(downloaded).digest('hex')).toBe(info.body.sha256);
    expect((await send(fake, { to: CLIENT, type: 'image', image: { id, caption: 'For you' } })).status).toBe(200);
  });

  it('refuses an upload of a type Meta does not take', async () => {
    const fake = await startFake();
    const answer = await upload(fake, Buffer.from('heic'), 'image/heic', 'photo.heic');
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe(100);
    expect(fake.uploads.size).toBe(0);
  });

  it('misbehaves on request: corrupt bytes, a false size, expired urls, unknown ids', async () => {
    const fake = await startFake();
    const bytes = Buffer.from('a voice note');
    const mediaId = fake.addMedia(bytes, 'audio/ogg');
    fake.lieAboutSize(mediaId, 999);
    const info = await call(fake, `/${mediaId}`);
    expect(info.body.file_size).toBe(999);

    fake.corruptNextDownload();
    const corrupt = Buffer.from(await (await fetch(info.body.url, { headers: { authorization: `Bearer ${fake.accessToken}` } })).arrayBuffer());
    expect(corrupt.length).toBe(bytes.length);
    expect(createHash('sha256').update(corrupt).digest('hex')).not.toBe(info.body.sha256);
    const intact = Buffer.from(await (await fetch(info.body.url, { headers: { authorization: `Bearer ${fake.accessToken}` } })).arrayBuffer());
    expect(intact).toEqual(bytes);

    fake.expireDownloadUrls();
    expect((await call(fake, info.body.url)).status).toBe(404);
    const unknown = await call(fake, '/1234567890');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe(100);
  });
});

describe('fake Graph API: failures and limits', () => {
  it('fails the next calls of one endpoint with the given Graph error, then recovers', async () => {
    const fake = await startFake();
    fake.failNext('messages', 2, GRAPH_ERRORS.reEngagement);
    fake.failNext('messages', 1, GRAPH_ERRORS.somethingWentWrong);
    const first = await sendText(fake, CLIENT, 'one');
    expect(first.status).toBe(400);
    expect(first.body.error).toMatchObject({
      message: '(#131047) Re-engagement message',
      type: 'OAuthException',
      code: 131047,
      error_data: { details: expect.stringContaining('24 hours') },
    });
    expect((await sendText(fake, CLIENT, 'two')).body.error.code).toBe(131047);
    const third = await sendText(fake, CLIENT, 'three');
    expect(third.status).toBe(500);
    expect(third.body.error.code).toBe(131000);
    expect((await sendText(fake, CLIENT, 'four')).status).toBe(200);
    expect(fake.messages.map((m) => (m.body['text'] as { body: string }).body)).toEqual(['four']);
    expect(fake.requests.map((r) => r.errorCode ?? r.status)).toEqual([131047, 131047, 131000, 200]);
  });

  it('fails other endpoints independently and passes subcodes through', async () => {
    const fake = await startFake();
    const mediaId = fake.addMedia(Buffer.from('x'), 'image/png');
    fake.failNext('media-info', 1, { status: 400, code: 131056, subcode: 2494055 });
    fake.failNext('download', 1, { status: 500, code: 131000 });
    fake.failNext('media', 1, { status: 401, code: 190, message: 'Error validating access token: Session has expired.', subcode: 463 });
    const info = await call(fake, `/${mediaId}`);
    expect(info.body.error).toMatchObject({ code: 131056, error_subcode: 2494055 });
    const url: string = (await call(fake, `/${mediaId}`)).body.url;
    expect((await call(fake, url)).status).toBe(500);
    expect((await fetch(url, { headers: { authorization: `Bearer ${fake.accessToken}` } })).status).toBe(200);
    const failedUpload = await upload(fake, Buffer.from('x'), 'image/png', 'x.png');
    expect(failedUpload.status).toBe(401);
    expect(failedUpload.body.error).toMatchObject({ code: 190, error_subcode: 463 });
    expect((await sendText(fake, CLIENT, 'unaffected')).status).toBe(200);
  });

  it('answers 130429 beyond maxPerSecond', async () => {
    const fake = await startFake({ maxPerSecond: 3 });
    const answers = await Promise.all(Array.from({ length: 5 }, (_, i) => sendText(fake, CLIENT, `burst ${i}`)));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(3);
    const limited = answers.filter((a) => a.status !== 200);
    expect(limited).toHaveLength(2);
    for (const a of limited) expect(a).toMatchObject({ status: 400, body: { error: { code: 130429, message: '(#130429) Rate limit hit' } } });
    expect(fake.messages).toHaveLength(3);
  });
});

describe('fake Graph API: waiting for messages', () => {
  it('returns each message to a number once, in order, including ones sent while waiting', async () => {
    const fake = await startFake();
    await sendText(fake, CLIENT, 'first');
    await sendText(fake, '4930123456', 'someone else');
    const waitedFirst = await fake.nextMessageTo(CLIENT);
    expect(waitedFirst.body['text']).toEqual({ body: 'first' });
    const pending = fake.nextMessageTo(CLIENT);
    await sendText(fake, CLIENT, 'second');
    expect((await pending).body['text']).toEqual({ body: 'second' });
    expect(fake.messagesTo(CLIENT)).toHaveLength(2);
  });

  it('says what was sent when the deadline passes', async () => {
    const fake = await startFake();
    await sendText(fake, '4930123456', 'wrong recipient');
    await expect(fake.nextMessageTo(CLIENT, 50)).rejects.toThrow(
      /nextMessageTo\(4915112345678\): no further message within 50 ms[\s\S]*to=4930123456 type=text .*wrong recipient/,
    );
  });
});

describe('webhook builders', () => {
  it('wrap messages with contacts and statuses in Meta\'s body shape', () => {
    const at = new Date('2025-06-01T12:00:00Z');
    const text = inboundText(CLIENT, 'Hallo', { name: 'Anna Bērziņa', timestamp: at });
    const reply = inboundButtonReply(CLIENT, 'mood:0', 'Good', { context: { id: 'wamid.OURS' } });
    const voice = inboundAudio(CLIENT, '555', { voice: true, sha256: 'abc' });
    const body = webhookBody({ phoneNumberId: '106540352242922', messages: [text, reply, voice, inboundUnsupported(CLIENT)] });
    const value = body.entry[0]?.changes[0]?.value;
    expect(body.object).toBe('whatsapp_business_account');
    expect(value?.metadata.phone_number_id).toBe('106540352242922');
    expect(value?.contacts).toEqual([{ profile: { name: 'Anna Bērziņa' }, wa_id: CLIENT }]);
    expect(text).toMatchObject({ from: CLIENT, type: 'text', text: { body: 'Hallo' }, timestamp: String(at.getTime() / 1000) });
    expect(text.id).toMatch(/^wamid\./);
    expect(reply).toMatchObject({ context: { id: 'wamid.OURS' }, interactive: { type: 'button_reply', button_reply: { id: 'mood:0', title: 'Good' } } });
    expect(reply.timestamp).toBe(String(DEFAULT_WEBHOOK_TIME.getTime() / 1000));
    expect(voice).toMatchObject({ type: 'audio', audio: { id: '555', voice: true, sha256: 'abc', mime_type: 'audio/ogg; codecs=opus' } });
    expect(new Set(value?.messages?.map((m) => m.id)).size).toBe(4);

    const failed = status('wamid.OURS', 'failed', CLIENT, { errors: [{ code: 131047, title: 'Re-engagement message' }] });
    const statusBody = webhookBody({ phoneNumberId: '1', statuses: [failed] });
    expect(statusBody.entry[0]?.changes[0]?.value).not.toHaveProperty('contacts');
    expect(failed).toMatchObject({ id: 'wamid.OURS', status: 'failed', recipient_id: CLIENT, errors: [{ code: 131047 }] });
  });

  it('sign the raw UTF-8 bytes and post exactly those bytes', async () => {
    const secret = 'app-secret-ü';
    const raw = JSON.stringify(webhookBody({ phoneNumberId: '1', messages: [inboundText(CLIENT, 'Danke 🙏 Frau Bērziņa', { id: 'wamid.X' })] }));
    expect(signWebhook(secret, raw)).toBe(`sha256=${createHmac('sha256', secret).update(Buffer.from(raw, 'utf8')).digest('hex')}`);

    const received: Array<{ bytes: Buffer; signature: string | undefined }> = [];
    const server = createServer((req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ bytes: Buffer.concat(chunks), signature: req.headers['x-hub-signature-256'] as string | undefined });
        res.end('EVENT_RECEIVED');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/whatsapp`;

    expect(await postWebhook(url, secret, JSON.parse(raw) as object)).toEqual({ status: 200, text: 'EVENT_RECEIVED' });
    await postWebhook(url, secret, raw, { escapeNonAscii: true });
    await postWebhook(url, secret, raw, { signature: 'sha256=00' });
    await postWebhook(url, secret, raw, { signature: '' });

    const [utf8, escaped, forged, unsigned] = received;
    expect(utf8?.bytes.toString('utf8')).toBe(raw);
    expect(utf8?.bytes.toString('utf8')).toContain('🙏 Frau Bērziņa');
    expect(utf8?.signature).toBe(signWebhook(secret, raw));
    const escapedText = escaped?.bytes.toString('utf8') ?? '';
    expect(escapedText).toContain('\\ud83d\\ude4f Frau B\\u0113rzi\\u0146a');
    expect(JSON.parse(escapedText)).toEqual(JSON.parse(raw));
    expect(escaped?.signature).toBe(`sha256=${createHmac('sha256', secret).update(escaped?.bytes ?? Buffer.alloc(0)).digest('hex')}`);
    expect(forged?.signature).toBe('sha256=00');
    expect(unsigned?.signature).toBeUndefined();
  });
});
