import { afterEach, describe, expect, it } from 'vitest';
import type { WhatsAppStatus } from '../../src/channels/whatsapp/whatsapp-session.js';
import { auth, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('GET /api/whatsapp/status and /api/whatsapp/qr', () => {
  it('say WhatsApp is disabled when it is not enabled', async () => {
    t = await createTestApp();
    const status = await t.app.inject({ method: 'GET', url: '/api/whatsapp/status', headers: auth });
    expect(status.json()).toMatchObject({ state: 'disabled', reason: expect.stringMatching(/WHATSAPP_ENABLED/) });
    const qr = await t.app.inject({ method: 'GET', url: '/api/whatsapp/qr', headers: auth });
    expect(qr.statusCode).toBe(404);
    expect(qr.json().error.code).toBe('WHATSAPP_QR_NOT_AVAILABLE');
  });

  it('serve the QR code as a PNG to admins while linking waits for it', async () => {
    const since = new Date('2026-11-24T08:00:00Z');
    let status: WhatsAppStatus & { transport: 'web' } = { transport: 'web', state: 'qr', since, reason: 'waiting for a scan' };
    t = await createTestApp({ whatsapp: { status: () => status, qr: () => (status.state === 'qr' ? '2@abc,def,ghi' : null) } });
    expect((await t.app.inject({ method: 'GET', url: '/api/whatsapp/qr' })).statusCode).toBe(401);

    const qr = await t.app.inject({ method: 'GET', url: '/api/whatsapp/qr', headers: auth });
    expect(qr.statusCode).toBe(200);
    expect(qr.headers['content-type']).toBe('image/png');
    expect(qr.rawPayload.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect((await t.app.inject({ method: 'GET', url: '/api/whatsapp/status', headers: auth })).json()).toEqual({
      transport: 'web',
      state: 'qr',
      since: since.toISOString(),
      reason: 'waiting for a scan',
    });

    status = { transport: 'web', state: 'ready', since };
    expect((await t.app.inject({ method: 'GET', url: '/api/whatsapp/qr', headers: auth })).statusCode).toBe(404);
  });
});
