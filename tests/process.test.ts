import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from './support/test-database.js';

function startProcess(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function waitFor(predicate: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the service process', () => {
  it('refuses a bad environment with a message naming the variable and exit code 1', async () => {
    const { child, output } = startProcess({ PORT: 'not-a-port', DATABASE_URL: 'postgres://127.0.0.1:1/x' });
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).toBe(1);
    expect(output()).toContain('PORT:');
  });

  it('serves requests, and on SIGTERM stops cleanly with exit code 0', async () => {
    const database = await createTestDatabase();
    try {
      const { child, output } = startProcess({
        PORT: '0',
        DATABASE_URL: database.url,
        ADMIN_TOKEN: 'process-test-token-0123456789',
        LOG_LEVEL: 'info',
      });
      await waitFor(() => /Mentorline is listening/.test(output()), 15_000).catch((error: unknown) => {
        throw new Error(`${String(error)}; output: ${output()}`);
      });
      const url = /"url":"(http:\/\/[^"]+)"/.exec(output())?.[1];
      expect((await fetch(`${url}/readyz`)).status).toBe(200);

      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = (await exited) as [number];
      expect(code).toBe(0);
      expect(output()).toContain('"msg":"stopped"');
    } finally {
      await database.drop();
    }
  });
});
