import { afterEach, describe, expect, inject, it } from 'vitest';
import type { FakeUser } from '../fakes/fake-bot-api.js';
import { freePort, startTelegramHarness, type TelegramHarness } from '../support/telegram-harness.js';
import { startTcpProxy, throughProxy, type TcpProxy } from '../support/tcp-proxy.js';

let h: TelegramHarness | undefined;
let proxy: TcpProxy | undefined;

afterEach(async () => {
  proxy?.restore();
  await h?.close();
  await proxy?.close();
  h = undefined;
  proxy = undefined;
});

const stranger = (id: number): FakeUser => ({ id, first_name: `Stranger ${id}`, language_code: 'en' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readiness(harness: TelegramHarness, status: number, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await harness.api('GET', '/readyz');
    if (response.status === status) return response.body;
    if (Date.now() > deadline) throw new Error(`/readyz kept answering ${response.status}: ${JSON.stringify(response.body)}`);
    await sleep(100);
  }
}

async function startBehindProxy(env: Record<string, string> = {}) {
  // The test server, wherever it runs: the machine's PostgreSQL or the embedded one.
  const server = new URL(inject('adminDatabaseUrl'));
  proxy = await startTcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
  const through = proxy;
  h = await startTelegramHarness({ env, databaseUrl: (url) => throughProxy(url, through) });
  return { h, proxy };
}

describe('while the database is unreachable', () => {
  it('polling pauses without confirming updates, /readyz says 503, and every update is stored once when it returns', async () => {
    const { h, proxy } = await startBehindProxy();
    const [a, b, c] = [stranger(501), stranger(502), stranger(503)];
    h.fake.textFromUser(a, 'hello');
    await h.nextTo(a.id);

    proxy.cut();
    const down = await readiness(h, 503);
    expect(down.components.database.ready).toBe(false);
    h.fake.textFromUser(b, 'hi');
    h.fake.textFromUser(c, 'hi');
    h.fake.textFromUser(a, 'again');
    await sleep(2000);
    expect(h.fake.sentTo(b.id)).toHaveLength(0);
    // Unconfirmed: Telegram still holds them.
    expect(h.fake.pendingUpdates().length).toBeGreaterThanOrEqual(3);
    expect((await h.api('GET', '/readyz')).body.components.telegram.state).toBe('paused');

    proxy.restore();
    await h.nextTo(b.id, 15_000);
    await h.nextTo(c.id, 15_000);
    await readiness(h, 200);
    // A stranger is answered once: `a` gets no second reply, but the update is stored all the same.
    const deadline = Date.now() + 15_000;
    while ((await h.database.db.selectFrom('inbound_events').select('event_id').execute()).length < 4 && Date.now() < deadline) {
      await sleep(100);
    }
    await sleep(500);
    expect([a, b, c].map((user) => h.fake.sentTo(user.id).length)).toEqual([1, 1, 1]);
    const events = await h.database.db.selectFrom('inbound_events').select('event_id').execute();
    expect(events).toHaveLength(4);
    expect(h.fake.pendingUpdates()).toHaveLength(0);
  }, 60_000);

  it('the webhook answers 503 so Telegram retries, and the retry is stored', async () => {
    const port = await freePort();
    const { h, proxy } = await startBehindProxy({
      PORT: String(port),
      TELEGRAM_MODE: 'webhook',
      TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/webhook`,
      TELEGRAM_WEBHOOK_SECRET: 'outage-secret-of-at-least-32-characters',
    });
    const user = stranger(601);
    const update = {
      update_id: 9001,
      message: {
        message_id: 1,
        date: Math.floor(Date.now() / 1000),
        chat: { id: user.id, type: 'private' as const, first_name: user.first_name },
        from: { id: user.id, is_bot: false, first_name: user.first_name },
        text: 'hello',
      },
    };
    proxy.cut();
    await readiness(h, 503);
    expect(await h.fake.deliverToWebhook(update)).toBe(503);

    proxy.restore();
    await readiness(h, 200);
    expect(await h.fake.deliverToWebhook(update)).toBe(200);
    expect(await h.fake.deliverToWebhook(update)).toBe(200);
    await h.nextTo(user.id, 10_000);
    await sleep(500);
    expect(h.fake.sentTo(user.id)).toHaveLength(1);
  }, 60_000);
});
