import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { createFakeBotApi } from '../tests/fakes/fake-bot-api.js';
import { seedDueClients, seededChats } from '../tests/support/due-clients.js';
import type { Row } from './report.js';
import { createScratchDatabase } from './scratch-database.js';
import { startBenchService } from './service.js';

/** Fan-out: `count` check-ins due at once, against a Bot API that enforces Telegram's limits. */
export async function benchFanOut(adminUrl: string, count: number): Promise<Row[]> {
  const scratch = await createScratchDatabase(adminUrl, 'fanout');
  const fake = createFakeBotApi({ limits: { perSecond: 30, perChatPerSecond: 1, burst: 3 } });
  await fake.start();
  const chats = seededChats(count);
  await seedDueClients(scratch.db, count);
  const service = await startBenchService(scratch.url, fake);
  try {
    const deadline = Date.now() + (count / 30) * 1500 + 60_000;
    for (;;) {
      const open = await sql<{ n: number }>`select count(*)::int as n from deliveries where status <> 'sent'`.execute(scratch.db);
      const total = await sql<{ n: number }>`select count(*)::int as n from deliveries`.execute(scratch.db);
      if ((total.rows[0]?.n ?? 0) >= count && open.rows[0]?.n === 0) break;
      if (Date.now() > deadline) break;
      await sleep(1000);
    }
  } finally {
    await service.kill('SIGTERM');
  }
  const wanted = new Set(chats);
  const perChat = new Map<number, number>();
  const times: number[] = [];
  for (const call of fake.calls) {
    if (call.method !== 'sendMessage' || typeof call.response !== 'object' || call.response.status !== 200) continue;
    const chat = Number(call.params.chat_id);
    if (!wanted.has(chat)) continue;
    perChat.set(chat, (perChat.get(chat) ?? 0) + 1);
    times.push(call.at);
  }
  const first = Math.min(...times);
  const last = Math.max(...times);
  const rate = times.length > 1 ? ((times.length - 1) / (last - first)) * 1000 : 0;
  const lost = chats.filter((chat) => !perChat.has(chat)).length;
  const duplicated = [...perChat.values()].reduce((sum, n) => sum + n - 1, 0);
  const tooMany = fake.stats.tooManyRequests;
  await fake.stop();
  await scratch.drop();
  return [
    { name: `Fan-out of ${count} due check-ins: messages per second`, result: rate.toFixed(2), goal: '—', met: null },
    { name: 'Fan-out: ratio to the 30/s limit', result: (rate / 30).toFixed(3), goal: '≥ 0.95', met: rate / 30 >= 0.95 },
    { name: 'Fan-out: 429 answers seen', result: String(tooMany), goal: '—', met: null },
    { name: 'Fan-out: lost', result: String(lost), goal: '0', met: lost === 0 },
    { name: 'Fan-out: duplicated', result: String(duplicated), goal: '0', met: duplicated === 0 },
  ];
}
