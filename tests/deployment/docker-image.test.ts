import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort, runHealthCheck, startStatusServer } from './run-health-check.js';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

/** The Dockerfile's instructions as Docker reads them: continued lines joined, comments left out. */
const instructions = read('Dockerfile')
  .replace(/\\\n/g, '')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));
const argument = (name: string) =>
  instructions.find((line) => line.startsWith(`ARG ${name}=`))?.slice(`ARG ${name}=`.length);

describe('the Dockerfile', () => {
  describe('health check', () => {
    const healthcheck = instructions.find((line) => line.startsWith('HEALTHCHECK '));
    const command = JSON.parse(healthcheck?.slice(healthcheck.indexOf(' CMD ') + ' CMD '.length) ?? '[]') as string[];

    it('asks /healthz and is healthy when it answers 200', async () => {
      const server = await startStatusServer(200);
      try {
        expect(await runHealthCheck(command, server.port)).toBe(0);
        expect(server.paths).toEqual(['/healthz']);
      } finally {
        await server.close();
      }
    });

    it('is unhealthy when nothing answers', async () => {
      expect(await runHealthCheck(command, await closedPort())).toBe(1);
    });
  });

  describe('Chromium', () => {
    const install = instructions.filter((line) => line.startsWith('RUN ') && line.includes('chromium'));
    let bin: string;

    // apt-get and rm stand-ins that only say how they were called; nothing else is on the PATH.
    beforeAll(async () => {
      bin = await mkdtemp(path.join(os.tmpdir(), 'mentorline-docker-run-'));
      for (const program of ['apt-get', 'rm']) {
        await writeFile(path.join(bin, program), `#!/bin/sh\necho "${program} $*" >> "$CALLS"\n`);
        await chmod(path.join(bin, program), 0o755);
      }
    });
    afterAll(() => rm(bin, { recursive: true, force: true }));

    /** What the install step runs, in the shell Docker runs it in, with the build argument given. */
    async function callsWith(withChromium: string): Promise<string> {
      const calls = path.join(bin, `calls-${withChromium}`);
      await writeFile(calls, '');
      const command = install[0]?.slice('RUN '.length) ?? 'false';
      await promisify(execFile)('/bin/sh', ['-c', command], { env: { PATH: bin, CALLS: calls, WITH_CHROMIUM: withChromium } });
      return readFile(calls, 'utf8');
    }

    it('is installed in one step', () => {
      expect(install).toHaveLength(1);
    });

    it('is left out unless the build argument asks for it', async () => {
      expect(argument('WITH_CHROMIUM')).toBe('false');
      expect(await callsWith('false')).toBe('');
    });

    it('is installed with WITH_CHROMIUM=true', async () => {
      expect(await callsWith('true')).toMatch(/^apt-get install .*\bchromium\b/m);
    });
  });
});

describe('.dockerignore', () => {
  it('keeps the local settings and data out of the image', () => {
    const patterns = read('.dockerignore').split('\n').map((line) => line.trim());
    expect(patterns).toEqual(expect.arrayContaining(['.env', 'data/']));
  });
});
