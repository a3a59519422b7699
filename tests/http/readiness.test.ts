import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/db/create-database.js';
import { databaseReadiness } from '../../src/http/database-readiness.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase } from '../support/test-database.js';

describe('GET /readyz', () => {
  it('is 200 when the database answers and is migrated', async () => {
    const t = await createTestApp();
    try {
      const response = await t.app.inject({ method: 'GET', url: '/readyz' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: 'ready', components: { database: { ready: true, state: 'up' } } });
    } finally {
      await t.close();
    }
  });

  it('is 503 with the reason while migrations are pending', async () => {
    const empty = await createTestDatabase({ empty: true });
    const t = await createTestApp({ readiness: [databaseReadiness(empty.db)] });
    try {
      const response = await t.app.inject({ method: 'GET', url: '/readyz' });
      expect(response.statusCode).toBe(503);
      expect(response.json().reason).toMatch(/^database: pending migrations: \d{14}_initial/);
    } finally {
      await t.close();
      await empty.drop();
    }
  });

  it('is 503 while the database cannot be reached, and /healthz stays 200', async () => {
    const unreachable = createDatabase('postgres://postgres@127.0.0.1:1/none');
    const t = await createTestApp({ readiness: [databaseReadiness(unreachable)] });
    try {
      const ready = await t.app.inject({ method: 'GET', url: '/readyz' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json().components.database).toMatchObject({ ready: false, state: 'down' });
      expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await t.close();
      await unreachable.destroy();
    }
  });
});
