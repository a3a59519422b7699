import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auth, createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ authFailureLimit: { max: 1, timeWindowMs: 60_000 } });
});
afterAll(async () => {
  await t.close();
});

const apiPolicy = "default-src 'none';frame-ancestors 'none'";
const get = (url: string, headers: Record<string, string> = auth) => t.app.inject({ method: 'GET', url, headers });

function expectSecurityHeaders(response: LightMyRequestResponse, policy = apiPolicy) {
  expect(response.headers['content-security-policy']).toBe(policy);
  expect(response.headers['referrer-policy']).toBe('no-referrer');
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['x-frame-options']).toBe('DENY');
  expect(response.headers['cross-origin-resource-policy']).toBe('same-origin');
}

describe('security headers', () => {
  it.each<[string, () => Promise<LightMyRequestResponse>, number]>([
    ['an API answer', () => get('/api/mentors'), 200],
    ['a health check', () => get('/healthz', {}), 200],
    ['a readiness check', () => get('/readyz', {}), 200],
    ['a validation error', () => get('/api/mentors?limit=0'), 400],
    [
      'malformed JSON',
      () =>
        t.app.inject({
          method: 'POST',
          url: '/api/mentors',
          headers: { ...auth, 'content-type': 'application/json' },
          payload: '{',
        }),
      400,
    ],
    ['a missing token', () => t.app.inject({ method: 'GET', url: '/api/mentors', remoteAddress: '10.9.0.2' }), 401],
    ['an unknown route', () => get('/api/nothing-here'), 404],
    ['an unknown media id', () => get('/api/media/5b0a7c1e-0000-4000-8000-000000000000'), 404],
    ['a URL Fastify cannot decode', () => get('/api/clients/%zz'), 400],
    ['a path parameter too long to route', () => get(`/api/media/${'a'.repeat(200)}`), 414],
  ])('are on %s', async (_case, send, status) => {
    const response = await send();
    expect(response.statusCode).toBe(status);
    expectSecurityHeaders(response);
    if (status >= 400) expect(response.json().error.code).toEqual(expect.any(String));
  });

  it('are on a throttled answer', async () => {
    const wrong = { authorization: 'Bearer wrong-token-wrong-token' };
    await t.app.inject({ method: 'GET', url: '/api/mentors', headers: wrong, remoteAddress: '10.9.0.1' });
    const response = await t.app.inject({ method: 'GET', url: '/api/mentors', headers: wrong, remoteAddress: '10.9.0.1' });
    expect(response.statusCode).toBe(429);
    expectSecurityHeaders(response);
  });

  it('are on a 500, which shows nothing of the failure', async () => {
    const open = vi.spyOn(t.deps.mediaStore, 'open').mockRejectedValueOnce(new Error('disk on fire'));
    const response = await get('/api/media/5b0a7c1e-0000-4000-8000-000000000000');
    open.mockRestore();
    expect(response.statusCode).toBe(500);
    expect(response.json().error.code).toBe('INTERNAL');
    expect(response.body).not.toContain('disk on fire');
    expectSecurityHeaders(response);
  });

  it('give a URL Fastify cannot route the usual error shape and request id', async () => {
    const response = await get('/api/clients/%zz', { ...auth, 'x-request-id': 'bad-url-1' });
    expect(response.json()).toEqual({ error: { code: 'INVALID_URL', message: expect.any(String) } });
    expect(response.headers['x-request-id']).toBe('bad-url-1');
  });
});

describe('the API docs', () => {
  it('load only their own scripts, styles and images, nothing inline, and still render', async () => {
    const page = await get('/docs', {});
    expect(page.statusCode).toBe(200);
    const policy = page.headers['content-security-policy'];
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expectSecurityHeaders(page, String(policy));

    const html = page.body;
    expect(html).not.toMatch(/<style/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, inline] of scripts) {
      expect(attributes).toMatch(/\ssrc="/);
      expect(inline?.trim()).toBe('');
    }
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(assets).toEqual(expect.arrayContaining(['/docs/static/swagger-ui-bundle.js', '/docs/static/swagger-ui.css']));
    for (const asset of [...assets, '/docs/json']) {
      expect(asset).toMatch(/^\/docs\//);
      const response = await get(asset, {});
      expect(response.statusCode, asset).toBe(200);
      expect(response.headers['content-type']).toMatch(/javascript|css|png|json/);
    }
    // The initializer fetches the spec relative to the page, from this origin.
    expect((await get('/docs/static/swagger-initializer.js', {})).body).toContain("resolveUrl('./json')");
  });

  it('keep their looser policy to the docs', async () => {
    expect((await get('/docs/json', {})).headers['content-security-policy']).toBe((await get('/docs', {})).headers['content-security-policy']);
    const elsewhere = await get('/docsx', {});
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.headers['content-security-policy']).toBe(apiPolicy);
  });
});
