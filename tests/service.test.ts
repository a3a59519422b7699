import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { startService } from '../src/service.js';
import { createTestDatabase } from './support/test-database.js';

const logger = createLogger('silent');
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function dataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mentorline-service-'));
  dirs.push(dir);
  return dir;
}

async function call(url: string, token: string, method: string, route: string, body?: object) {
  const response = await fetch(`${url}${route}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('the service', () => {
  it('runs on an embedded PostgreSQL whose data survives a restart', async () => {
    const dir = await dataDir();
    const config = parseConfig({ PORT: '0', DATA_DIR: dir });

    const first = await startService(config, logger);
    const tokenFile = path.join(dir, 'admin-token');
    expect((await stat(tokenFile)).mode & 0o777).toBe(0o600);
    const { readFile } = await import('node:fs/promises');
    const token = (await readFile(tokenFile, 'utf8')).trim();
    const mentor = await call(first.url, token, 'POST', '/api/mentors', { name: 'Anna' });
    expect(mentor.status).toBe(201);
    const client = await call(first.url, token, 'POST', '/api/clients', {
      name: 'Ali',
      mentorId: mentor.body.id,
      language: 'en',
      timezone: 'Europe/Riga',
      checkinTime: '09:00',
    });
    expect(client.status).toBe(201);
    await first.stop();

    const second = await startService(config, logger);
    try {
      expect((await call(second.url, token, 'GET', `/api/mentors/${String(mentor.body.id)}`)).body.name).toBe('Anna');
      expect((await call(second.url, token, 'GET', `/api/clients/${String(client.body.id)}`)).body.mentorId).toBe(mentor.body.id);
      expect((await fetch(`${second.url}/readyz`)).status).toBe(200);
    } finally {
      await second.stop();
    }
  });

  it('uses DATABASE_URL when given and starts no server of its own', async () => {
    const dir = await dataDir();
    const database = await createTestDatabase({ empty: true });
    try {
      const service = await startService(
        parseConfig({ PORT: '0', DATA_DIR: dir, DATABASE_URL: database.url, ADMIN_TOKEN: 'external-token-0123456789' }),
        logger,
      );
      try {
        expect((await fetch(`${service.url}/readyz`)).status).toBe(200);
        const mentor = await call(service.url, 'external-token-0123456789', 'POST', '/api/mentors', { name: 'Jānis' });
        expect(mentor.status).toBe(201);
      } finally {
        await service.stop();
      }
      expect(existsSync(path.join(dir, 'postgres'))).toBe(false);
      expect(existsSync(path.join(dir, 'admin-token'))).toBe(false);
      const rows = await database.db.selectFrom('mentors').select('name').execute();
      expect(rows).toEqual([{ name: 'Jānis' }]);
    } finally {
      await database.drop();
    }
  });
});
