import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { createFakeBotApi } from '../tests/fakes/fake-bot-api.js';
import { seedDueClients, seededChats } from '../tests/support/due-clients.js';
import { percentile, type Row } from './report.js';
import { createScratchDatabase } from './scratch-database.js';
import { startBenchService } from './service.js';

const clientCount = 2000;
const clientsPerMentor = 20;

/**
 * Ingest: client messages offered at `ratePerSecond` for `seconds`, each
 * stored in its thread and relayed to the client's mentor through the
 * outbox, with Telegram's limits lifted so only the service sets the pace.
 */
export async function benchIngest(adminUrl: string, ratePerSecond: number, seconds: number): Promise<Row[]> {
  const scratch = await createScratchDatabase(adminUrl, 'ingest');
  const fake = createFakeBotApi();
  await fake.start();
  const chats = seededChats(clientCount);
  await seedDueClients(scratch.db, clientCount);
  await sql`update clients set checkins_stopped_at = now()`.execute(scratch.db);
  await sql`
    with mentors_made as (
      insert into mentors (name) select 'Mentor ' || n from generate_series(1, ${clientCount / clientsPerMentor}::int) n returning id
    ),
    numbered_mentors as (select id, row_number() over (order by id) - 1 as n from mentors_made),
    accounts as (
      insert into channel_accounts (channel, external_id, chat_id, mentor_id)
      select 'telegram', (90000000 + n)::text, (90000000 + n)::text, id from numbered_mentors
    ),
    numbered_clients as (select id, row_number() over (order by id) - 1 as n from clients)
    insert into assignments (client_id, mentor_id)
    select c.id, m.id from numbered_clients c join numbered_mentors m on m.n = c.n % ${clientCount / clientsPerMentor}
  `.execute(scratch.db);
  const service = await startBenchService(scratch.url, fake, {
    TELEGRAM_MAX_PER_SECOND: '10000',
    TELEGRAM_MAX_PER_CHAT_PER_SECOND: '1000',
    TELEGRAM_CHAT_BURST: '1000',
    TELEGRAM_MAX_PER_GROUP_PER_MINUTE: '100000',
  });
  const pushedAt = new Map<number, number>();
  try {
    const total = ratePerSecond * seconds;
    const started = Date.now();
    let pushed = 0;
    while (pushed < total) {
      const due = Math.min(total, Math.floor(((Date.now() - started) / 1000) * ratePerSecond));
      for (; pushed < due; pushed++) {
        const chat = chats[pushed % chats.length] ?? 0;
        const update = fake.textFromUser({ id: chat, first_name: `Client ${chat}` }, `message ${pushed}`);
        pushedAt.set(update.update_id, Date.now());
      }
      await sleep(5);
    }
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      const stored = await sql<{ n: number }>`select count(*)::int as n from inbound_events`.execute(scratch.db);
      if ((stored.rows[0]?.n ?? 0) >= total) break;
      await sleep(200);
    }
  } finally {
    await service.kill('SIGTERM');
    if (process.env.BENCH_DEBUG) process.stderr.write(service.output().slice(-5000));
  }
  const events = await sql<{ event_id: string; at: number }>`
    select event_id, extract(epoch from received_at) * 1000 as at from inbound_events`.execute(scratch.db);
  const latencies: number[] = [];
  let lastStored = 0;
  for (const event of events.rows) {
    const at = Number(event.at);
    const pushed = pushedAt.get(Number(event.event_id));
    if (pushed === undefined) continue;
    latencies.push(at - pushed);
    lastStored = Math.max(lastStored, at);
  }
  latencies.sort((a, b) => a - b);
  const firstPushed = Math.min(...pushedAt.values());
  const throughput = (latencies.length / (lastStored - firstPushed)) * 1000;
  const relayed = await sql<{ n: number }>`select count(*)::int as n from messages where direction = 'inbound'`.execute(scratch.db);
  await fake.stop();
  await scratch.drop();
  return [
    {
      name: `Ingest: updates stored and routed per second (${pushedAt.size} offered at ${ratePerSecond}/s)`,
      result: throughput.toFixed(0),
      goal: '≥ 1000',
      met: throughput >= 1000,
    },
    { name: 'Ingest: stored, of those offered', result: `${latencies.length} (${relayed.rows[0]?.n ?? 0} in threads)`, goal: String(pushedAt.size), met: latencies.length === pushedAt.size },
    { name: 'Ingest: receipt → stored, p50', result: `${percentile(latencies, 50).toFixed(0)} ms`, goal: '—', met: null },
    { name: 'Ingest: receipt → stored, p99', result: `${percentile(latencies, 99).toFixed(0)} ms`, goal: '—', met: null },
  ];
}
