import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLoopbackAddress } from '../../src/http/routes/metrics.js';
import { createLogger } from '../../src/logger.js';
import { createServiceMetrics, type ServiceMetrics } from '../../src/metrics/service-metrics.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { sampleOf } from './exposition.js';

const metricsToken = 'metrics-token-0123456789abcdef';
const outside = '203.0.113.7';

let database: TestDatabase;
let metrics: ServiceMetrics;
let open: TestApp;
let guarded: TestApp;

beforeAll(async () => {
  database = await createTestDatabase();
  metrics = createServiceMetrics({
    db: database.db,
    logger: createLogger('silent'),
    clock: () => new Date('2026-03-10T10:00:00Z'),
    channels: () => [],
    leaseHolder: 'metrics-route-test',
  });
  open = await createTestApp({ metrics });
  guarded = await createTestApp({ metrics, metricsToken });
});
afterAll(async () => {
  await open.close();
  await guarded.close();
  await database.drop();
});

describe('GET /metrics without METRICS_TOKEN', () => {
  it('answers a client on this machine in the text exposition format, process metrics included', async () => {
    const response = await open.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '127.0.0.1' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(response.body).toContain('# TYPE mentorline_sends_total counter');
    expect(response.body).toContain('# TYPE mentorline_send_seconds histogram');
    expect(sampleOf(response.body, 'mentorline_deliveries', { channel: 'telegram', status: 'pending' })).toBe(0);
    expect(sampleOf(response.body, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
  });

  it('answers over IPv6 loopback too', async () => {
    expect((await open.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '::1' })).statusCode).toBe(200);
  });

  it('refuses another machine with 403 and the API’s error body', async () => {
    const response = await open.app.inject({ method: 'GET', url: '/metrics', remoteAddress: outside });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual({ error: { code: 'FORBIDDEN', message: expect.stringContaining('METRICS_TOKEN') } });
    expect(response.body).not.toContain('mentorline_');
  });

  it('refuses what a proxy on this machine passes on from elsewhere', async () => {
    for (const headers of [{ 'x-forwarded-for': outside }, { forwarded: `for=${outside}` }]) {
      const response = await open.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '127.0.0.1', headers });
      expect(response.statusCode).toBe(403);
    }
  });
});

describe('GET /metrics with METRICS_TOKEN', () => {
  it('asks for the token, even on this machine', async () => {
    const response = await guarded.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '127.0.0.1' });
    expect(response.statusCode).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer');
    expect(response.json().error.code).toBe('UNAUTHORIZED');
  });

  it('refuses a wrong token, and the admin token', async () => {
    for (const token of ['wrong-token-0123456789abcdef', 'test-admin-token-0123456789']) {
      const response = await guarded.app.inject({ method: 'GET', url: '/metrics', remoteAddress: outside, headers: { authorization: `Bearer ${token}` } });
      expect(response.statusCode).toBe(401);
      expect(response.body).not.toContain('mentorline_');
    }
  });

  it('answers the right token from anywhere', async () => {
    const response = await guarded.app.inject({ method: 'GET', url: '/metrics', remoteAddress: outside, headers: { authorization: `Bearer ${metricsToken}` } });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('# TYPE mentorline_deliveries gauge');
  });
});

describe('the route in the API document', () => {
  it('is listed with its operation id, without the admin token', async () => {
    const document = (await open.app.inject({ method: 'GET', url: '/docs/json' })).json();
    const operation = document.paths['/metrics'].get;
    expect(operation.operationId).toBe('getMetrics');
    expect(operation.summary).toBeTruthy();
    expect(operation.security).toEqual([]);
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['200', '401', '403']));
  });
});

describe('isLoopbackAddress', () => {
  it('knows this machine’s addresses from others', () => {
    expect(['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'].filter((a) => !isLoopbackAddress(a))).toEqual([]);
    expect(['10.0.0.1', '128.0.0.1', '::2', '::ffff:10.0.0.1', '0.0.0.0', '', undefined].filter((a) => isLoopbackAddress(a))).toEqual([]);
  });
});
