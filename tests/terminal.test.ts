import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, prettyDestination } from '../src/logger.js';
import { useTestDatabase } from './support/test-database.js';

const root = path.resolve(import.meta.dirname, '..');
/** `npm start` as npm runs it: the script word for word, given to a shell. */
const startScript =
  (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start ?? '';
/** Node's own notice on stderr when `--env-file-if-exists` finds no file; not the service's output. */
const noEnvFileNotice = /^\.env not found\. Continuing without it\.$/;

const database = useTestDatabase();
/** A directory laid out like the checkout, so that the `.env` in it is this file's own. */
let checkout: string;

beforeAll(async () => {
  checkout = await mkdtemp(path.join(os.tmpdir(), 'mentorline-terminal-'));
  for (const entry of ['src', 'migrations', 'node_modules', 'package.json', 'tsconfig.json']) {
    await symlink(path.join(root, entry), path.join(checkout, entry));
  }
});
afterAll(() => rm(checkout, { recursive: true, force: true }));

interface Started {
  /** What was written so far, without colours and carriage returns. */
  output(): string;
  lines(): string[];
  exited: Promise<number | null>;
  stop(): Promise<number | null>;
}

/** `npm start` in the checkout, its output a pseudo-terminal (as when a person runs it) or a pipe. */
function start(env: Record<string, string>, output: 'terminal' | 'pipe'): Started {
  const [program, args] = output === 'terminal' ? ['script', ['-qfec', startScript, '/dev/null']] : ['/bin/sh', ['-c', startScript]];
  const child = spawn(program, args, {
    cwd: checkout,
    env: { PATH: `${path.dirname(process.execPath)}:${process.env.PATH ?? ''}`, SHELL: '/bin/sh', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  // eslint-disable-next-line no-control-regex -- the terminal's colour codes are what is removed
  const plain = () => text.replace(/\u001b\[[0-9;]*m/g, '').replace(/\r/g, '');
  return {
    output: plain,
    lines: () => plain().split('\n').filter((line) => line.trim() !== ''),
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

async function waitFor<T>(started: Started, find: (output: string) => T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find(started.output());
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`not found in the output:\n${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const isJson = (line: string) => {
  try {
    return typeof JSON.parse(line) === 'object';
  } catch {
    return false;
  }
};

describe('npm start at a terminal', () => {
  it('says in words where the service is, how to get in and what is on, and prints logs for a person', async () => {
    const started = start({ PORT: '0', DATABASE_URL: database.url, DATA_DIR: path.join(checkout, 'data-pretty') }, 'terminal');
    try {
      const url = await waitFor(started, (output) => /Mentorline is running at (http:\/\/\S+)/.exec(output)?.[1]);
      const output = started.output();
      expect(output).toMatch(new RegExp(`Console: +${url}/console\\n +no coordinator yet: open http://\\S+/console/setup/\\S+ to create the first one`));
      expect(output).toMatch(/Admin API token: +in \.\/data-pretty\/admin-token \(or set ADMIN_TOKEN\)/);
      expect(output).toMatch(/Telegram: +off \(set TELEGRAM_BOT_TOKEN/);
      expect(output).toMatch(/WhatsApp: +off/);
      const { host, pathname } = new URL(database.url);
      expect(output).toMatch(new RegExp(`Database: +PostgreSQL at ${host}${pathname} \\(DATABASE_URL\\)`));
      expect(output).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: generated an admin API token; it is kept in /m);
      expect(started.lines().filter(isJson)).toEqual([]);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    } finally {
      await started.stop();
    }
  });

  it('writes JSON lines with LOG_FORMAT=json', async () => {
    const env = { PORT: '0', DATABASE_URL: database.url, DATA_DIR: path.join(checkout, 'data-json'), LOG_FORMAT: 'json' };
    const started = start(env, 'terminal');
    try {
      const url = await waitFor(started, (output) => /"url":"(http:\/\/[^"]+)","msg":"Mentorline is listening"/.exec(output)?.[1]);
      expect(started.lines().filter((line) => !isJson(line) && !noEnvFileNotice.test(line))).toEqual([]);
      expect(started.output()).not.toContain('Mentorline is running at');
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    } finally {
      await started.stop();
    }
  });

  it('still says why it could not start before it exits', async () => {
    const env = { PORT: '0', DATABASE_URL: 'postgres://127.0.0.1:1/unreachable', DATA_DIR: path.join(checkout, 'data-fatal') };
    const started = start(env, 'terminal');
    expect(await started.exited).toBe(1);
    expect(started.output()).toMatch(/^\[\d\d:\d\d:\d\d\] FATAL: Mentorline could not start/m);
  });
});

describe('npm start with a .env file', () => {
  it('reads settings from it, and a variable set in the environment wins', async () => {
    await writeFile(path.join(checkout, '.env'), 'PORT=not-a-port\nLOG_LEVEL=not-a-level\n');
    try {
      const started = start({ LOG_LEVEL: 'info', DATABASE_URL: 'postgres://127.0.0.1:1/unreachable' }, 'pipe');
      expect(await started.exited).toBe(1);
      expect(started.output()).toContain('PORT:');
      expect(started.output()).not.toContain('LOG_LEVEL:');
    } finally {
      await rm(path.join(checkout, '.env'));
    }
  });
});

describe('pretty log lines', () => {
  it('keep personal data out as JSON lines do', () => {
    let written = '';
    const logger = createLogger('info', prettyDestination({ write: (text: string) => (written += text) }));
    const error = Object.assign(new Error('insert failed'), { detail: 'Key (name)=(Olena) already exists' });
    logger.info({ text: 'I feel awful today', phone: '+37120000000', err: error }, 'message taken in');
    expect(written).toContain('message taken in');
    expect(written).toContain('insert failed');
    expect(written).not.toMatch(/awful|37120000000|Olena/);
    expect(isJson(written)).toBe(false);
  });
});
