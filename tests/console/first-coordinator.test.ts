import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startService, type RunningService } from '../../src/service.js';
import { ConsoleSession } from '../support/console-session.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const run = promisify(execFile);
let cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function fixture(): Promise<{ dir: string; database: TestDatabase }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mentorline-first-'));
  const database = await createTestDatabase();
  cleanups.push(() => rm(dir, { recursive: true, force: true }), () => database.drop());
  return { dir, database };
}

async function start(dir: string, database: TestDatabase, publicUrl: string): Promise<RunningService> {
  const service = await startService(parseConfig({ PORT: '0', DATA_DIR: dir, DATABASE_URL: database.url, PUBLIC_URL: publicUrl, ADMIN_TOKEN: 'first-coordinator-token-0123' }), createLogger('silent'));
  cleanups.push(() => service.stop());
  return service;
}

describe('the first coordinator', () => {
  it('is created from the one-time link a fresh service writes to DATA_DIR/setup-url, readable by its user only', async () => {
    const { dir, database } = await fixture();
    const service = await start(dir, database, 'https://mentorline.example.org/');
    const file = path.join(dir, 'setup-url');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const link = (await readFile(file, 'utf8')).trim();
    expect(link).toMatch(/^https:\/\/mentorline\.example\.org\/console\/setup\/[A-Za-z0-9_-]{40,}$/);

    const { app } = service;
    const browser = new ConsoleSession(app);
    const pathname = new URL(link).pathname;
    expect((await browser.get(pathname)).body).toContain('Create the first coordinator');
    const created = await browser.post(pathname, { name: 'Ilze Bērziņa', email: 'ilze@example.org', password: 'correct horse battery', confirm: 'correct horse battery' });
    expect(created.statusCode).toBe(303);
    // Over https the session cookie is Secure.
    expect(created.cookies.find((c: { name: string }) => c.name === 'mentorline_session')).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
    const staff = await database.db.selectFrom('staff').select(['email', 'role']).execute();
    expect(staff).toEqual([{ email: 'ilze@example.org', role: 'coordinator' }]);
    // Used once, the link creates nobody else.
    const again = await new ConsoleSession(app).get(pathname);
    expect(again.statusCode).toBe(404);

    // Once a coordinator exists, a restart offers no link and removes the old file.
    await service.stop();
    cleanups.pop();
    await start(dir, database, 'https://mentorline.example.org');
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('is added from a shell with npm run staff, which prints the link to choose a password', async () => {
    const { dir, database } = await fixture();
    const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: database.url, PUBLIC_URL: 'http://desk.example:3000', LOG_LEVEL: 'silent' };
    const cli = (args: string[]) => run(process.execPath, ['--import', 'tsx', 'src/cli/staff.ts', ...args], { env, cwd: path.resolve(import.meta.dirname, '../..') });
    const { stdout } = await cli(['add', '--email', 'Ilze@Example.org', '--role', 'coordinator', '--name', 'Ilze Bērziņa']);
    expect(stdout).toContain('Added coordinator Ilze Bērziņa <ilze@example.org>.');
    expect(stdout).toMatch(/http:\/\/desk\.example:3000\/console\/setup\/[A-Za-z0-9_-]{40,}/);
    expect(await database.db.selectFrom('staff').select(['email', 'role', 'name']).execute()).toEqual([{ email: 'ilze@example.org', role: 'coordinator', name: 'Ilze Bērziņa' }]);

    await expect(cli(['add', '--email', 'ilze@example.org', '--role', 'coordinator'])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('another staff member already has this email') });
    await expect(cli(['add', '--email', 'anna@example.org', '--role', 'mentor'])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('mentorId: is required for a mentor') });
    await expect(cli(['remove'])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('Usage: npm run staff') });
  });
});
