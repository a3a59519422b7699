import { describe, expect, it } from 'vitest';
import { createTestApp } from '../support/test-app.js';

describe('closing the HTTP app', () => {
  it('lets a request in flight finish before it resolves', async () => {
    const t = await createTestApp();
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let started = () => undefined as void;
    const requestStarted = new Promise<void>((resolve) => (started = resolve));
    t.app.get('/slow', async () => {
      started();
      await held;
      return { finished: true };
    });
    const url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const inFlight = fetch(`${url}/slow`);
      await requestStarted;
      let closed = false;
      const closing = t.app.close().then(() => (closed = true));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(closed).toBe(false);
      release();
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ finished: true });
      await closing;
      expect(closed).toBe(true);
    } finally {
      await t.close();
    }
  });
});
