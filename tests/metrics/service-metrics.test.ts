import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../fakes/fake-whatsapp-client.js';
import { quietScheduleEnv } from '../support/quiet-schedule.js';
import { startTelegramHarness, textOf, type TelegramHarness } from '../support/telegram-harness.js';
import { pinnedClock } from '../telegram/pinned-clock.js';
import { sampleOf } from './exposition.js';

// 10:00 UTC whenever the test runs: the fan-out's clients are due at 09:59, the bound ones at 23:00.
const start = new Date('2026-03-10T10:00:00Z');
const clock = pinnedClock(start);

const mentor = { id: 7_304_118_201, first_name: 'Ilze', language_code: 'en' };
const clients = [
  { user: { id: 7_304_118_202, first_name: 'Olena', language_code: 'en' }, phone: '+37120000011' },
  { user: { id: 7_304_118_203, first_name: 'Bohdan', language_code: 'en' }, phone: '+37120000012' },
];
const words = ['Went to the language course today', 'The landlord fixed the heating', 'I have an interview on Friday'];
const fanOut = Array.from({ length: 30 }, (_, i) => ({ name: `Fan-out client ${i + 1}`, chat: String(7_304_119_000 + i) }));

let h: TelegramHarness;
const clientIds: string[] = [];

async function scrape(): Promise<string> {
  // The harness reaches the service over loopback, where /metrics needs no token while METRICS_TOKEN is unset.
  const response = await fetch(`${h.service.url}/metrics`);
  expect(response.status).toBe(200);
  return response.text();
}

/** Deliveries the platform took, as the outbox recorded them. */
async function sentInDatabase(): Promise<number> {
  const row = await h.database.db
    .selectFrom('deliveries')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('channel', '=', 'telegram')
    .where('status', 'in', ['sent', 'delivered', 'read'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

beforeAll(async () => {
  h = await startTelegramHarness({
    env: { CHECKIN_TICK_CRON: '* * * * * *', ...quietScheduleEnv(start) },
    overrides: { clock: clock.now },
  });
  const mentorId = await h.bindMentor(mentor, { languages: ['en'] });
  for (const { user, phone } of clients) {
    clientIds.push(await h.bindClient(user, { mentorId, timezone: 'UTC', checkinTime: '23:00', phone }));
  }
}, 30_000);
afterAll(async () => {
  await h.close();
});

describe('GET /metrics of a running service', () => {
  it('moves with an ingest and a fan-out, and names nobody', async () => {
    const before = await scrape();
    // The three bindings were /start commands.
    expect(sampleOf(before, 'mentorline_inbound_total', { channel: 'telegram', kind: 'command' })).toBe(3);

    for (const text of words) for (const { user } of clients) h.fake.textFromUser(user, text);
    for (let i = 0; i < words.length * clients.length; i += 1) expect(textOf(await h.nextTo(mentor.id))).toMatch(/^(Olena|Bohdan) \(Telegram\):/);

    const db = h.database.db;
    await db.transaction().execute(async (trx) => {
      for (const { name, chat } of fanOut) {
        const client = await trx
          .insertInto('clients')
          .values({ name, language: 'en', timezone: 'UTC', checkin_time: '09:59', consent_given: true, consent_method: 'in_person' })
          .returning('id')
          .executeTakeFirstOrThrow();
        clientIds.push(client.id);
        await trx.insertInto('threads').values({ client_id: client.id }).execute();
        await trx.insertInto('channel_accounts').values({ channel: 'telegram', external_id: chat, chat_id: chat, client_id: client.id }).execute();
      }
    });
    await eventually(() => fanOut.every(({ chat }) => h.fake.sentTo(Number(chat)).length > 0), 20_000);
    // Each send is counted as the platform answers and recorded just after: wait for the outbox to settle.
    const after = await eventually(async () => {
      const text = await scrape();
      const counted = sampleOf(text, 'mentorline_sends_total', { channel: 'telegram', outcome: 'ok' });
      return counted === (await sentInDatabase()) && sampleOf(text, 'mentorline_deliveries', { channel: 'telegram', status: 'pending' }) === 0 ? text : undefined;
    }, 10_000);

    const sent = await sentInDatabase();
    const sentBefore = sampleOf(before, 'mentorline_sends_total', { channel: 'telegram', outcome: 'ok' }) ?? 0;
    expect(sent - sentBefore).toBeGreaterThanOrEqual(words.length * clients.length + fanOut.length);
    expect(sampleOf(after, 'mentorline_deliveries', { channel: 'telegram', status: 'sent' })).toBe(sent);
    expect(sampleOf(after, 'mentorline_send_seconds_count', { channel: 'telegram' })).toBe(sent);
    expect(sampleOf(after, 'mentorline_sends_total', { channel: 'telegram', outcome: 'dead' })).toBe(0);
    expect(sampleOf(after, 'mentorline_outbox_oldest_pending_seconds', { channel: 'telegram', priority: 'bulk' })).toBe(0);

    const textsBefore = sampleOf(before, 'mentorline_inbound_total', { channel: 'telegram', kind: 'text' }) ?? 0;
    expect(sampleOf(after, 'mentorline_inbound_total', { channel: 'telegram', kind: 'text' })).toBe(textsBefore + words.length * clients.length);
    expect(sampleOf(after, 'mentorline_inbound_handle_seconds_count', { channel: 'telegram' })).toBeGreaterThanOrEqual(3 + words.length * clients.length);

    expect(sampleOf(after, 'mentorline_scheduler_tick_seconds_count', { step: 'prompted' })).toBeGreaterThan(0);
    expect(sampleOf(after, 'mentorline_checkins', { state: 'asked' })).toBe(fanOut.length);
    expect(sampleOf(after, 'mentorline_checkins', { state: 'not-yet' })).toBe(fanOut.length);

    expect(sampleOf(after, 'mentorline_channel_up', { channel: 'telegram' })).toBe(1);
    expect(sampleOf(after, 'mentorline_channel_up', { channel: 'whatsapp' })).toBe(0);
    expect(sampleOf(after, 'mentorline_lease_held', { name: 'send:telegram' })).toBe(1);
    expect(sampleOf(after, 'process_resident_memory_bytes')).toBeGreaterThan(0);

    const personal = [
      mentor.first_name,
      String(mentor.id),
      ...clients.flatMap(({ user, phone }) => [user.first_name, String(user.id), phone, phone.slice(1)]),
      ...fanOut.flatMap(({ name, chat }) => [name, chat]),
      ...clientIds,
      ...words,
    ];
    expect(personal.filter((value) => after.includes(value))).toEqual([]);
  }, 60_000);
});
