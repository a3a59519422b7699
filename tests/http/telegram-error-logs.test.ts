import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Api, GrammyError, HttpError } from 'grammy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';

const botToken = '123456:AAFakeTokenForTheseTestsOnly_0123456789';
const clientName = 'Amira Haddad';
const messageText = 'my landlord is at Brīvības iela 12';

/** A Bot API that refuses every call: 429 with retry_after for sendMessage, 400 otherwise. */
let server: Server;
let apiRoot: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    const tooMany = request.url?.endsWith('/sendMessage');
    response.setHeader('content-type', 'application/json');
    response.end(
      JSON.stringify(
        tooMany
          ? { ok: false, error_code: 429, description: 'Too Many Requests: retry after 7', parameters: { retry_after: 7 } }
          : { ok: false, error_code: 400, description: 'Bad Request: not enough rights to create a topic' },
      ),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function failureOf(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => expect.fail('the call should have failed'),
    (error: unknown) => error,
  );
}

/** Logs `error` the way the service does and returns the line written. */
function logged(error: unknown): { text: string; err: Record<string, unknown> } {
  const lines: string[] = [];
  const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
  logger.warn({ err: error, deliveryId: 'd-1' }, 'could not open a forum topic');
  expect(lines).toHaveLength(1);
  const text = lines[0] ?? '';
  return { text, err: JSON.parse(text).err };
}

describe('logging failed Telegram calls', () => {
  it('keeps what failed and why from a GrammyError, and none of its payload', async () => {
    const error = await failureOf(new Api(botToken, { apiRoot }).createForumTopic(42, clientName, { icon_color: 7322096 }));
    expect(error).toBeInstanceOf(GrammyError);
    expect((error as GrammyError).payload).toMatchObject({ name: clientName });

    const { text, err } = logged(error);
    expect(text).not.toContain(clientName);
    expect(text).not.toContain('payload');
    expect(text).not.toContain('7322096');
    expect(err).toMatchObject({
      type: 'GrammyError',
      name: 'GrammyError',
      message: "Call to 'createForumTopic' failed! (400: Bad Request: not enough rights to create a topic)",
      description: 'Bad Request: not enough rights to create a topic',
      error_code: 400,
      method: 'createForumTopic',
    });
    expect(err.stack).toMatch(/^GrammyError: Call to 'createForumTopic' failed!/);
  });

  it("keeps retry_after and nothing else of Telegram's parameters", async () => {
    const error = await failureOf(new Api(botToken, { apiRoot }).sendMessage(42, messageText));
    const { text, err } = logged(error);
    expect(text).not.toContain('Brīvības');
    expect(err).toMatchObject({ error_code: 429, parameters: { retry_after: 7 } });
  });

  it('drops the payload at any depth of causes', async () => {
    const grammyError = await failureOf(new Api(botToken, { apiRoot }).sendMessage(42, messageText));
    const wrapped = new Error('delivery failed', { cause: new Error('send failed', { cause: grammyError }) });
    const { text, err } = logged(wrapped);
    expect(text).not.toContain('Brīvības');
    expect(err).toMatchObject({
      message: 'delivery failed',
      cause: { message: 'send failed', cause: { type: 'GrammyError', error_code: 429, method: 'sendMessage' } },
    });
  });

  it('keeps the network error inside an HttpError, without the bot token its URL carries', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));

    const error = await failureOf(new Api(botToken, { apiRoot: `http://127.0.0.1:${port}` }).sendMessage(42, messageText));
    expect(error).toBeInstanceOf(HttpError);
    const { text, err } = logged(error);
    expect(text).not.toContain(botToken.split(':')[1]);
    expect(text).not.toContain('Brīvības');
    expect(err).toMatchObject({
      type: 'HttpError',
      message: "Network request for 'sendMessage' failed!",
      error: { code: 'ECONNREFUSED', message: expect.stringContaining('/bot[redacted]/sendMessage') },
    });
  });

  it('keeps no field an error merely carries, such as the row in a database error', () => {
    const error = Object.assign(new Error('duplicate key value violates unique constraint "clients_phone_key"'), {
      code: '23505',
      detail: 'Key (phone)=(+37120000000) already exists.',
    });
    const { text, err } = logged(error);
    expect(text).not.toContain('+37120000000');
    expect(err).toMatchObject({ code: '23505', message: expect.stringContaining('clients_phone_key') });
  });

  it('survives an error whose cause points back at itself', () => {
    const error = new Error('loop');
    (error as { cause?: unknown }).cause = error;
    expect(logged(error).err).toMatchObject({ message: 'loop', cause: '[omitted]' });
  });
});
