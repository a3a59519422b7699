import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeBotApi, type FakeBotApi } from '../fakes/fake-bot-api.js';
import { seedDueClients, seededChats } from '../support/due-clients.js';
import { serviceEnv, startServiceProcess, type ServiceProcess } from '../support/service-process.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { chatsReached, everyChatReached, reached, sendsPerChat } from './counting.js';

let fake: FakeBotApi;
let database: TestDatabase;
let dataDir: string;
const running: ServiceProcess[] = [];

beforeAll(async () => {
  fake = createFakeBotApi({ limits: { perSecond: 30, perChatPerSecond: 1, burst: 3 } });
  await fake.start();
  database = await createTestDatabase();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'mentorline-crash-'));
});
afterAll(async () => {
  await Promise.all(running.map((service) => service.kill('SIGKILL')));
  await fake.stop();
  await database.drop();
  await rm(dataDir, { recursive: true, force: true });
});

function start(): ServiceProcess {
  const service = startServiceProcess(serviceEnv(fake, database.url, dataDir, { DELIVERY_LEASE_TTL: '2s' }));
  running.push(service);
  return service;
}

describe('kill -9 in the middle of a fan-out', () => {
  it('loses no prompt, and repeats only a send that was in flight at the kill', async () => {
    const chats = seededChats(600);
    await seedDueClients(database.db, chats.length);

    const first = start();
    await first.listening();
    await reached(fake, chats, 300, 30_000);
    await first.kill('SIGKILL');

    // A delivery still claimed whose chat already got its prompt was in flight at the kill.
    const claimed = await database.db
      .selectFrom('deliveries')
      .select('recipient_chat_id')
      .where('status', '=', 'sending')
      .execute();
    const sent = sendsPerChat(fake, chats);
    const inFlight = claimed.map((row) => Number(row.recipient_chat_id)).filter((chat) => (sent.get(chat) ?? 0) > 0);
    expect(chatsReached(fake, chats)).toBeLessThan(600);

    const second = start();
    await second.listening();
    const counts = await everyChatReached(fake, chats, 45_000);
    const repeated = [...counts.entries()].filter(([, n]) => n > 1).map(([chat]) => chat);
    expect(repeated.filter((chat) => !inFlight.includes(chat))).toEqual([]);
    expect(Math.max(...counts.values())).toBe(1 + (repeated.length > 0 ? 1 : 0));
    // The restarted scheduler did not prompt anyone a second time.
    const checkins = await database.db.selectFrom('checkins').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(checkins.n)).toBe(600);
    expect(await second.kill('SIGTERM')).toBe(0);
  }, 90_000);

  it('on SIGTERM stops claiming, finishes the sends in flight, gives back the rest, and exits 0', async () => {
    const chats = seededChats(200, 40_000_000);
    const service = start();
    await service.listening();
    await seedDueClients(database.db, chats.length, chats[0]);
    await reached(fake, chats, 30, 30_000);
    expect(await service.kill('SIGTERM')).toBe(0);

    const claimed = await database.db.selectFrom('deliveries').select('id').where('status', '=', 'sending').execute();
    expect(claimed).toEqual([]);
    const reachedAtExit = chatsReached(fake, chats);
    expect(reachedAtExit).toBeLessThan(200);

    const restarted = start();
    await restarted.listening();
    const counts = await everyChatReached(fake, chats, 30_000);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  }, 90_000);
});
