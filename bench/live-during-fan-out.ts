import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import type { Message } from 'grammy/types';
import { createFakeBotApi, type RecordedCall } from '../tests/fakes/fake-bot-api.js';
import { seedDueClients, seededChats } from '../tests/support/due-clients.js';
import { percentile, type Row } from './report.js';
import { createScratchDatabase } from './scratch-database.js';
import { startBenchService } from './service.js';

const mentorChat = 80_000_000;
const firstLiveChat = 81_000_000;

const sentOk = (call: RecordedCall) => call.method === 'sendMessage' && typeof call.response === 'object' && call.response.status === 200;
const textOf = (call: RecordedCall) => String(call.params.text ?? '');

/**
 * Live conversation during a fan-out: `prompts` check-ins due at once are
 * sent at Telegram's 30/s, and meanwhile `live` clients of one mentor each
 * write once, more than a second apart (one chat takes about one message a
 * second); the mentor answers each in reply. Measured: how long a client's
 * message takes to reach the mentor, and the mentor's reply to reach the
 * client, each from the moment the fake Bot API offered it, and the send
 * rate while both go on.
 */
export async function benchLiveDuringFanOut(adminUrl: string, prompts: number, live: number): Promise<Row[]> {
  const scratch = await createScratchDatabase(adminUrl, 'live');
  const fake = createFakeBotApi({ limits: { perSecond: 30, perChatPerSecond: 1, burst: 3 } });
  await fake.start();
  await seedDueClients(scratch.db, prompts);
  await sql`
    with mentor as (insert into mentors (name) values ('Laura') returning id),
    account as (
      insert into channel_accounts (channel, external_id, chat_id, mentor_id)
      select 'telegram', ${String(mentorChat)}, ${String(mentorChat)}, id from mentor
    ),
    clients_made as (
      insert into clients (name, language, timezone, checkin_time, consent_given, consent_at, consent_method)
      select 'Live ' || n, 'en', 'UTC', to_char(now() at time zone 'UTC' + interval '12 hours', 'HH24:MI')::time, true, now(), 'in_person'
      from generate_series(1, ${live}::int) n
      returning id, name
    ),
    threads as (insert into threads (client_id) select id from clients_made),
    assigned as (insert into assignments (client_id, mentor_id) select c.id, m.id from clients_made c cross join mentor m)
    insert into channel_accounts (channel, external_id, chat_id, client_id)
    select 'telegram', (${firstLiveChat}::bigint + (substring(name from 6))::int)::text, (${firstLiveChat}::bigint + (substring(name from 6))::int)::text, id
    from clients_made`.execute(scratch.db);
  const service = await startBenchService(scratch.url, fake);
  const toMentor: number[] = [];
  const toClient: number[] = [];
  /** One client writes, the mentor answers the relayed message in reply, and both legs are timed. */
  const converse = async (i: number) => {
    const chat = firstLiveChat + i;
    const text = `live message ${i}`;
    const offeredAt = Date.now();
    fake.textFromUser({ id: chat, first_name: `Live ${i}` }, text);
    const relayed = await fake.waitFor((call) => sentOk(call) && Number(call.params.chat_id) === mentorChat && textOf(call).endsWith(`\n${text}`), 30_000);
    toMentor.push(relayed.at - offeredAt);
    // A person reads before answering; and a reply only finds its client once the outbox has recorded what it answers.
    await sleep(500);
    const reply = `reply ${i}`;
    const repliedAt = Date.now();
    fake.textFromUser({ id: mentorChat, first_name: 'Laura' }, reply, { reply_to_message: (relayed.response as { body: { result: Message } }).body.result } as never);
    const answered = await fake.waitFor((call) => sentOk(call) && Number(call.params.chat_id) === chat && textOf(call).endsWith(`\n${reply}`), 30_000);
    toClient.push(answered.at - repliedAt);
  };
  let windowStart = 0;
  let windowEnd = 0;
  try {
    const promptChats = new Set(seededChats(prompts));
    // The fan-out is under way once its first sends are through.
    await fake.waitFor((call) => sentOk(call) && promptChats.has(Number(call.params.chat_id)), 60_000);
    windowStart = Date.now();
    const conversations: Promise<void>[] = [];
    for (let i = 1; i <= live; i++) {
      conversations.push(converse(i));
      // One chat takes about a message a second, and every client writes to the same mentor.
      await sleep(1100);
    }
    await Promise.all(conversations);
    windowEnd = Date.now();
  } finally {
    await service.kill('SIGTERM');
  }
  const inWindow = fake.calls.filter((call) => sentOk(call) && call.at >= windowStart && call.at <= windowEnd);
  const rate = (inWindow.length / (windowEnd - windowStart)) * 1000;
  const pending = await sql<{ n: number }>`select count(*)::int as n from deliveries where status = 'pending'`.execute(scratch.db);
  await fake.stop();
  await scratch.drop();
  toMentor.sort((a, b) => a - b);
  toClient.sort((a, b) => a - b);
  const p99Mentor = percentile(toMentor, 99);
  const p99Client = percentile(toClient, 99);
  return [
    { name: `Live during a fan-out of ${prompts}: client → mentor, p50 / p99 (${live} messages)`, result: `${percentile(toMentor, 50)} / ${p99Mentor} ms`, goal: 'p99 < 2000 ms', met: p99Mentor < 2000 },
    { name: 'Live during the fan-out: mentor’s reply → client, p50 / p99', result: `${percentile(toClient, 50)} / ${p99Client} ms`, goal: 'p99 < 2000 ms', met: p99Client < 2000 },
    { name: 'Live during the fan-out: sends per second meanwhile, ratio to the 30/s limit', result: (rate / 30).toFixed(3), goal: '≥ 0.95', met: rate / 30 >= 0.95 },
    { name: 'Live during the fan-out: prompts still waiting when the last reply arrived', result: String(pending.rows[0]?.n ?? 0), goal: '> 0', met: (pending.rows[0]?.n ?? 0) > 0 },
  ];
}
