import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeBotApi, type FakeBotApi } from '../fakes/fake-bot-api.js';
import { seedDueClients, seededChats } from '../support/due-clients.js';
import { serviceEnv, startServiceProcess, type ServiceProcess } from '../support/service-process.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { everyChatReached, mostSendsInAnySecond, reached, sendsPerChat } from './counting.js';

let fake: FakeBotApi;
let database: TestDatabase;
const dataDirs: string[] = [];
const running: ServiceProcess[] = [];

beforeAll(async () => {
  // No limits enforced: the fake accepts every send, so its clock shows the rate the replicas keep to.
  fake = createFakeBotApi();
  await fake.start();
  database = await createTestDatabase();
});
afterAll(async () => {
  await Promise.all(running.map((service) => service.kill('SIGKILL')));
  await fake.stop();
  await database.drop();
  for (const dir of dataDirs) await rm(dir, { recursive: true, force: true });
});

async function start(): Promise<ServiceProcess> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'mentorline-replica-'));
  dataDirs.push(dataDir);
  const service = startServiceProcess(serviceEnv(fake, database.url, dataDir, { DELIVERY_LEASE_TTL: '2s' }));
  running.push(service);
  return service;
}

describe('two replicas on one database', () => {
  it('prompt each of 600 clients once, never more than 30 sends a second, and the stand-by takes over from a killed holder', async () => {
    const chats = seededChats(600);
    const replicas = [await start(), await start()];
    await Promise.all(replicas.map((replica) => replica.listening()));
    // Both schedulers tick every second from here on; the clients become due while both run.
    await seedDueClients(database.db, chats.length);

    await reached(fake, chats, 300, 30_000);
    const lease = await database.db.selectFrom('leases').select('holder').where('name', '=', 'send:telegram').executeTakeFirstOrThrow();
    const holder = replicas.find((replica) => lease.holder.includes(`:${replica.child.pid}:`));
    expect(holder).toBeDefined();
    await holder?.kill('SIGKILL');
    const claimed = await database.db.selectFrom('deliveries').select('recipient_chat_id').where('status', '=', 'sending').execute();
    const sent = sendsPerChat(fake, chats);
    const inFlight = claimed.map((row) => Number(row.recipient_chat_id)).filter((chat) => (sent.get(chat) ?? 0) > 0);

    const counts = await everyChatReached(fake, chats, 45_000);
    const repeated = [...counts.entries()].filter(([, n]) => n > 1).map(([chat]) => chat);
    expect(repeated.filter((chat) => !inFlight.includes(chat))).toEqual([]);
    expect(Math.max(...counts.values())).toBe(1 + (repeated.length > 0 ? 1 : 0));
    expect(mostSendsInAnySecond(fake)).toBeLessThanOrEqual(30);
    expect(fake.stats.maxSendsInAnySecond).toBeLessThanOrEqual(30);

    const checkins = await database.db.selectFrom('checkins').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const deliveries = await database.db.selectFrom('deliveries').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect([Number(checkins.n), Number(deliveries.n)]).toEqual([600, 600]);
  }, 90_000);
});
