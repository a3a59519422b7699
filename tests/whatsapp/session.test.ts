import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWhatsAppSession, type WhatsAppSession } from '../../src/channels/whatsapp/whatsapp-session.js';
import { createFakeWhatsApp, eventually, type FakeWhatsApp } from '../fakes/fake-whatsapp-client.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let database: TestDatabase;
const sessions: WhatsAppSession[] = [];
beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.stop();
  await database.drop();
});

/** A logger whose error lines the test can count. */
function capturingLogger() {
  const lines: Array<{ level: number; msg: string; reason?: string }> = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), errors: () => lines.filter((l) => l.level >= 50) };
}

function startSession(wa: FakeWhatsApp, options: { chromiumPath?: string; holder?: string; logger?: pino.Logger } = {}) {
  const session = createWhatsAppSession({
    db: database.db,
    library: wa.library,
    chromiumPath: options.chromiumPath ?? process.execPath,
    logger: options.logger ?? pino({ level: 'silent' }),
    clock: () => new Date(),
    holder: options.holder ?? 'replica-a',
    onMessage: () => undefined,
    onAck: () => undefined,
    onReady: () => undefined,
    onQr: () => undefined,
    retryBaseMs: 50,
    retryMaxMs: 200,
    startTimeoutMs: 300,
    leaseTtlMs: 600,
    leaseRenewEveryMs: 100,
  });
  sessions.push(session);
  session.start();
  return session;
}

describe('the WhatsApp session', () => {
  it('reports a missing Chromium once, as failed with the reason, and keeps retrying without building a client', async () => {
    const wa = createFakeWhatsApp();
    const { logger, errors } = capturingLogger();
    const session = startSession(wa, { chromiumPath: '/nonexistent/chromium', logger });
    await eventually(() => session.status().state === 'failed');
    expect(session.status().reason).toMatch(/Chromium was not found at \/nonexistent\/chromium.*WHATSAPP_CHROMIUM_PATH/);
    const firstSince = session.status().since;
    await eventually(() => session.status().since > firstSince);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(errors()).toHaveLength(1);
    expect(wa.clients).toHaveLength(0);
    expect(session.readyClient()).toBeUndefined();
  });

  it('retries with backoff when WhatsApp Web cannot be reached, and becomes ready once it can', async () => {
    const wa = createFakeWhatsApp('offline');
    const session = startSession(wa);
    await eventually(() => session.status().state === 'failed');
    expect(session.status().reason).toMatch(/ERR_NAME_NOT_RESOLVED/);
    await eventually(() => wa.clients.length >= 3);
    expect(wa.clients.every((c) => c.destroyed)).toBe(true);
    wa.behaviour = 'ready';
    await eventually(() => session.status().state === 'ready');
    expect(session.readyClient()).toBe(wa.current());
  });

  it('gives up on a client that never starts, and builds another', async () => {
    const wa = createFakeWhatsApp('hang');
    const session = startSession(wa);
    await eventually(() => session.status().state === 'failed');
    expect(session.status().reason).toMatch(/neither a QR code nor a session/);
    expect(wa.clients[0]?.destroyed).toBe(true);
    wa.behaviour = 'ready';
    await eventually(() => session.status().state === 'ready');
  });

  it('builds a new client after a disconnect, and ignores the old one', async () => {
    const wa = createFakeWhatsApp();
    const session = startSession(wa);
    await eventually(() => session.status().state === 'ready');
    const first = wa.current();
    first.disconnect('NAVIGATION');
    expect(session.status()).toMatchObject({ state: 'disconnected', reason: expect.stringMatching(/NAVIGATION/) });
    expect(session.readyClient()).toBeUndefined();
    await eventually(() => wa.clients.length === 2 && session.status().state === 'ready');
    expect(session.readyClient()).toBe(wa.current());
    first.emit('ready');
    expect(session.readyClient()).not.toBe(first);
  });

  it('asks for relinking after a logout or a rejected session, with a QR code to scan', async () => {
    const wa = createFakeWhatsApp();
    const session = startSession(wa);
    await eventually(() => session.status().state === 'ready');
    wa.behaviour = 'qr';
    wa.current().disconnect('LOGOUT');
    expect(session.status().reason).toMatch(/logged this device out.*link the number again/);
    await eventually(() => session.status().state === 'qr');
    expect(session.qr()).toMatch(/^2@fake-qr/);
    wa.current().emit('auth_failure', 'restore failed');
    expect(session.status()).toMatchObject({ state: 'failed', reason: expect.stringMatching(/link the number again/) });
    expect(session.qr()).toBeNull();
    await eventually(() => session.status().state === 'qr');
    wa.current().link();
    expect(session.status().state).toBe('ready');
    expect(session.qr()).toBeNull();
  });

  it('shows the pairing code while linking by phone number', async () => {
    const wa = createFakeWhatsApp('qr');
    const session = startSession(wa);
    await eventually(() => session.status().state === 'qr');
    wa.current().emit('code', 'ABCD1234');
    expect(session.status()).toMatchObject({ state: 'qr', pairingCode: 'ABCD1234', reason: expect.stringMatching(/pairing code/) });
  });

  it('runs in one replica at a time; the stand-by takes over when the holder goes away', async () => {
    const waA = createFakeWhatsApp();
    const waB = createFakeWhatsApp();
    const a = startSession(waA, { holder: 'replica-a' });
    await eventually(() => a.status().state === 'ready');
    const b = startSession(waB, { holder: 'replica-b' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(b.status()).toMatchObject({ state: 'disconnected', reason: expect.stringMatching(/standing by/) });
    expect(waB.clients).toHaveLength(0);

    await a.stop();
    expect(waA.current().destroyed).toBe(true);
    await eventually(() => b.status().state === 'ready');
    expect(waB.clients).toHaveLength(1);
  });
});
