import { setTimeout as sleep } from 'node:timers/promises';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../src/db/database.js';
import { createFakeBotApi } from '../tests/fakes/fake-bot-api.js';
import type { ServiceProcess } from '../tests/support/service-process.js';
import { percentile, type Row } from './report.js';
import { createScratchDatabase } from './scratch-database.js';
import { startBenchService } from './service.js';

const adminToken = 'service-process-token-0123456789';

/**
 * Wake-up: two replicas on one database, one holding the Telegram send lease.
 * A delivery is enqueued on the other (a task set through its API, which
 * tells the client), and the time is taken from the request until the fake
 * Bot API receives the send from the holder: the NOTIFY, the holder's claim
 * and its send, with the API request's own work on top.
 */
export async function benchWakeUp(adminUrl: string, count: number): Promise<Row[]> {
  const scratch = await createScratchDatabase(adminUrl, 'wakeup');
  const fake = createFakeBotApi();
  await fake.start();
  const clients = await sql<{ id: string; chat: string }>`
    with created as (
      insert into clients (name, language, timezone, checkin_time, consent_given, consent_at, consent_method)
      select 'Client ' || n, 'en', 'UTC', to_char(now() at time zone 'UTC' + interval '12 hours', 'HH24:MI')::time, true, now(), 'in_person'
      from generate_series(1, ${count}::int) n
      returning id
    ),
    threads as (insert into threads (client_id) select id from created),
    numbered as (select id, row_number() over (order by id) as n from created),
    accounts as (
      insert into channel_accounts (channel, external_id, chat_id, client_id)
      select 'telegram', (20000000 + n)::text, (20000000 + n)::text, id from numbered
      returning client_id, chat_id
    )
    select client_id as id, chat_id as chat from accounts`.execute(scratch.db);
  const replicas: ServiceProcess[] = [];
  try {
    replicas.push(await startBenchService(scratch.url, fake));
    await waitForHolder(scratch.db);
    replicas.push(await startBenchService(scratch.url, fake));
    const holder = await waitForHolder(scratch.db);
    const standBy = replicas.find((replica) => !holder.includes(`:${replica.child.pid}:`));
    if (!standBy) throw new Error('no replica is standing by');
    const url = await standBy.listening();
    // Both replicas warm: the first requests pay for compiling the routes.
    await sleep(2000);
    const latencies: number[] = [];
    for (const client of clients.rows) {
      const startedAt = Date.now();
      const response = await fetch(`${url}/api/clients/${client.id}/tasks`, {
        method: 'POST',
        headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Walk for twenty minutes' }),
      });
      if (response.status !== 201) throw new Error(`setting a task answered ${response.status}`);
      const sent = await fake.waitFor((call) => call.method === 'sendMessage' && String(call.params.chat_id) === client.chat, 10_000);
      latencies.push(sent.at - startedAt);
      await sleep(50);
    }
    latencies.sort((a, b) => a - b);
    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    return [
      { name: `Wake-up: enqueued on the stand-by replica → sent by the holder, p50 (${count} deliveries)`, result: `${p50} ms`, goal: '—', met: null },
      { name: 'Wake-up: enqueued on the stand-by replica → sent by the holder, p99', result: `${p99} ms`, goal: '< 100 ms', met: p99 < 100 },
    ];
  } finally {
    for (const replica of replicas) await replica.kill('SIGTERM');
    await fake.stop();
    await scratch.drop();
  }
}

async function waitForHolder(db: Kysely<Database>): Promise<string> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const row = await db.selectFrom('leases').select('holder').where('name', '=', 'send:telegram').where('expires_at', '>', sql<Date>`now()`).executeTakeFirst();
    if (row) return row.holder;
    await sleep(100);
  }
  throw new Error('no replica took the Telegram send lease');
}
