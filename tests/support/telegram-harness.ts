import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Message } from 'grammy/types';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startService, type RunningService, type ServiceOverrides } from '../../src/service.js';
import { createFakeBotApi, type FakeBotApi, type FakeBotApiOptions, type FakeUser, type RecordedCall } from '../fakes/fake-bot-api.js';
import { quietCheckinTime, quietScheduleEnv } from './quiet-schedule.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

const adminToken = 'telegram-harness-token-0123456789';

export interface TelegramHarness {
  fake: FakeBotApi;
  service: RunningService;
  database: TestDatabase;
  /** The service's DATA_DIR: media, keys and the setup link. */
  dataDir: string;
  api(method: string, route: string, body?: object): Promise<{ status: number; body: any }>;
  /** Creates a mentor through the API and binds `user` to it with an invite. */
  bindMentor(user: FakeUser, fields?: object): Promise<string>;
  /** Creates a client through the API (check-in time 12 hours away unless given) and binds `user` to it with an invite. */
  bindClient(user: FakeUser, fields: { mentorId: string | null } & Record<string, unknown>): Promise<string>;
  /** The next message the bot sends to a chat, after those already seen by earlier calls. */
  nextTo(chatId: number, timeoutMs?: number): Promise<RecordedCall>;
  /** Stops the service and starts it again on the same database, as a redeploy would. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The whole service, started as `npm start` would start it, against a fake
 * Telegram Bot API and a database of its own.
 */
export async function startTelegramHarness(
  options: FakeBotApiOptions & {
    env?: Record<string, string>;
    overrides?: ServiceOverrides;
    /** How the service reaches its database, e.g. through a proxy a test can cut. */
    databaseUrl?: (url: string) => string;
    /** A database the test made and drops itself, shared with another service before or after this one. */
    database?: TestDatabase;
    /** A started fake Bot API the test stops itself, so the bot stays the same from one service to the next. */
    bot?: FakeBotApi;
  } = {},
): Promise<TelegramHarness> {
  const { env, overrides, databaseUrl, database: shared, bot, ...fakeOptions } = options;
  const fake = bot ?? createFakeBotApi(fakeOptions);
  if (!bot) await fake.start();
  const database = shared ?? (await createTestDatabase());
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'mentorline-telegram-'));
  const config = parseConfig({
    PORT: env?.PORT ?? '0',
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl ? databaseUrl(database.url) : database.url,
    ADMIN_TOKEN: adminToken,
    LOG_LEVEL: 'silent',
    TELEGRAM_BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    ...quietScheduleEnv(),
    ...env,
  });
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  let service = await startService(config, logger, overrides);
  const seen = new Map<number, number>();

  const api = async (method: string, route: string, body?: object) => {
    const response = await fetch(`${service.url}${route}`, {
      method,
      headers: { authorization: `Bearer ${adminToken}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };

  const harness: TelegramHarness = {
    fake,
    dataDir,
    get service() {
      return service;
    },
    database,
    api,
    // Generous, for a loaded machine: a message that does come ends the wait at once.
    async nextTo(chatId, timeoutMs = 10_000) {
      const already = seen.get(chatId) ?? 0;
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const sent = fake.sentTo(chatId);
        const next = sent[already];
        if (next) {
          seen.set(chatId, already + 1);
          return next;
        }
        if (Date.now() > deadline) {
          throw new Error(`nothing more was sent to chat ${chatId}; sent so far: ${JSON.stringify(sent.map((c) => c.params.text ?? c.method))}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async bindMentor(user, fields = {}) {
      const mentor = await api('POST', '/api/mentors', { name: user.first_name, ...fields });
      const invite = await api('POST', `/api/mentors/${mentor.body.id}/invites`);
      fake.textFromUser(user, `/start ${invite.body.code}`);
      await harness.nextTo(user.id);
      return mentor.body.id as string;
    },
    async bindClient(user, fields) {
      const timezone = typeof fields.timezone === 'string' ? fields.timezone : 'Europe/Riga';
      const client = await api('POST', '/api/clients', {
        name: user.first_name,
        language: 'en',
        timezone,
        checkinTime: quietCheckinTime(timezone, (overrides?.clock ?? (() => new Date()))()),
        consentGiven: true,
        ...fields,
      });
      const invite = await api('POST', `/api/clients/${client.body.id}/invites`);
      fake.textFromUser(user, `/start ${invite.body.code}`);
      await harness.nextTo(user.id);
      return client.body.id as string;
    },
    async restart() {
      await service.stop();
      service = await startService(config, logger, overrides);
      await waitUntilConnected();
    },
    async close() {
      await service.stop();
      if (!bot) await fake.stop();
      if (!shared) await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };

  async function waitUntilConnected() {
    const connectedState = env?.TELEGRAM_MODE === 'webhook' ? 'webhook' : 'polling';
    const deadline = Date.now() + 10_000;
    while ((await api('GET', '/readyz')).body.components.telegram.state !== connectedState) {
      if (Date.now() > deadline) throw new Error('Telegram never connected to the fake Bot API');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  await waitUntilConnected();
  return harness;
}

/** A TCP port that was free a moment ago, for a service whose URL must be known before it starts. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The text or caption a recorded send call carried. */
export function textOf(call: RecordedCall): string {
  return String(call.params.text ?? call.params.caption ?? '');
}

/** The message a recorded send call created, as the fake answered it. */
export function messageOf(call: RecordedCall): Message {
  const response = call.response;
  if (!response || typeof response === 'string' || !response.body.ok) throw new Error(`call ${call.method} did not succeed`);
  return response.body.result as Message;
}
