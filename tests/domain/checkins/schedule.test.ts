import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/translator.js';
import { promptDueClients, remindUnanswered } from '../../../src/domain/checkins/schedule.js';
import { useTestDatabase } from '../../support/test-database.js';

const translator = createTranslator();
const zones = ['Europe/Riga', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham', 'Australia/Lord_Howe'];
// Times outside every zone's daylight-saving gap and overlap, so "the instant of 09:00 local" is unambiguous.
const times = ['00:15', '06:30', '09:00', '12:45', '18:00', '21:30', '23:50'];
const catchupMs = 3 * 3600_000;
const weekdayNumbers: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };


/** The wall-clock fields of an instant in a zone, read with Intl (independent of PostgreSQL). */
function wallClock(instant: number, zone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', weekday: 'short', hourCycle: 'h23',
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    asUtc: Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second)),
    weekday: weekdayNumbers[parts.weekday ?? ''] ?? 0,
  };
}

/** The instant at which a zone's clock shows `time` on `date`. */
function instantOf(date: string, time: string, zone: string): number {
  const wall = Date.parse(`${date}T${time}:00Z`);
  let guess = wall;
  for (let i = 0; i < 3; i++) guess = wall - (wallClock(guess, zone).asUtc - guess);
  return guess;
}

/** The oracle: due when today's or yesterday's local time has come and the catch-up window is open. */
function expectedDue(now: number, zone: string, time: string, days: number[]): boolean {
  const today = wallClock(now, zone).date;
  const yesterday = wallClock(instantOf(today, '12:00', zone) - 86_400_000, zone).date;
  return [today, yesterday].some((date) => {
    const scheduled = instantOf(date, time, zone);
    const weekday = wallClock(instantOf(date, '12:00', zone), zone).weekday;
    return days.includes(weekday) && scheduled <= now && now < scheduled + catchupMs;
  });
}

async function addClient(zone: string, time: string, days = [1, 2, 3, 4, 5, 6, 7], extra: Partial<{ consent_given: boolean }> = {}) {
  const client = await db
    .insertInto('clients')
    .values({ name: `${zone} ${time}`, language: 'en', timezone: zone, checkin_time: time, checkin_days: days, consent_given: true, ...extra })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('threads').values({ client_id: client.id }).execute();
  await db.insertInto('channel_accounts').values({ channel: 'telegram', external_id: client.id, chat_id: client.id, client_id: client.id }).execute();
  return client.id;
}

/** Runs the step in a transaction that is rolled back, returning who was prompted. */
async function promptedAt(now: Date): Promise<Set<string>> {
  const prompted = new Set<string>();
  await db
    .transaction()
    .execute(async (trx) => {
      await promptDueClients(trx, { translator, now, catchupMs });
      for (const row of await trx.selectFrom('checkins').select('client_id').execute()) prompted.add(row.client_id);
      throw new Error('rollback');
    })
    .catch((error: unknown) => {
      if (!(error instanceof Error && error.message === 'rollback')) throw error;
    });
  return prompted;
}

const database = useTestDatabase();
const { db } = database;

describe('who is due a prompt', () => {
  it('matches the local clock in every zone, across both daylight-saving changes', async () => {
    const clients: Array<{ id: string; zone: string; time: string; days: number[] }> = [];
    for (const zone of zones) {
      for (const time of times) clients.push({ id: await addClient(zone, time), zone, time, days: [1, 2, 3, 4, 5, 6, 7] });
      clients.push({ id: await addClient(zone, '09:00', [1, 3, 5]), zone, time: '09:00', days: [1, 3, 5] });
    }
    // Instants around the 2026 changes: Riga and New York in March and October/November,
    // Chatham and Lord Howe in April and September/October, and plain days in between.
    const around = ['2026-03-08T12:00:00Z', '2026-03-29T01:00:00Z', '2026-04-05T00:00:00Z', '2026-09-27T00:00:00Z', '2026-10-04T00:00:00Z', '2026-10-25T01:00:00Z', '2026-11-01T12:00:00Z', '2026-11-23T08:00:00Z'].map(Date.parse);
    let promptedSeen = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...around), fc.integer({ min: -36 * 60, max: 36 * 60 }), async (base, minutes) => {
        const now = base + minutes * 60_000;
        const prompted = await promptedAt(new Date(now));
        promptedSeen += prompted.size;
        for (const c of clients) {
          expect({ zone: c.zone, time: c.time, days: c.days, now: new Date(now).toISOString(), due: prompted.has(c.id) }).toEqual({
            zone: c.zone, time: c.time, days: c.days, now: new Date(now).toISOString(), due: expectedDue(now, c.zone, c.time, c.days),
          });
        }
      }),
      { numRuns: 40 },
    );
    expect(promptedSeen).toBeGreaterThan(0);
  }, 60_000);

  it('prompts once however many schedulers tick at the same moment, then never again that day', async () => {
    await db.deleteFrom('clients').execute();
    const ids = await Promise.all(Array.from({ length: 20 }, (_, i) => addClient('Europe/Riga', i % 2 ? '09:00' : '08:30')));
    const now = new Date('2026-11-23T07:05:00Z'); // 09:05 in Riga
    const counts = await Promise.all([1, 2, 3, 4].map(() => promptDueClients(db, { translator, now, catchupMs })));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(20);
    expect(await promptDueClients(db, { translator, now: new Date(now.getTime() + 60_000), catchupMs })).toBe(0);
    const deliveries = await db.selectFrom('deliveries').select(['account_id', 'payload']).execute();
    expect(deliveries).toHaveLength(20);
    const payload = (deliveries[0]?.payload as { payload: { text: string; choices: Array<Array<{ data: string }>> } }).payload;
    expect(payload.text).toMatch(/^Good day, Europe\/Riga (09:00|08:30)! How are you feeling today\?/);
    expect(payload.choices[0]?.map((c) => c.data)).toEqual(['mood:1', 'mood:2', 'mood:3', 'mood:4', 'mood:5']);
    expect(new Set(ids).size).toBe(20);
  });

  it('skips clients who paused, stopped, declined consent or cannot be reached, and honours the catch-up limit', async () => {
    await db.deleteFrom('clients').execute();
    const due = await addClient('Europe/Riga', '09:00');
    const paused = await addClient('Europe/Riga', '09:00');
    await db.updateTable('clients').set({ checkins_paused_until: '2026-11-30' }).where('id', '=', paused).execute();
    const stopped = await addClient('Europe/Riga', '09:00');
    await db.updateTable('clients').set({ checkins_stopped_at: new Date() }).where('id', '=', stopped).execute();
    await addClient('Europe/Riga', '09:00', undefined, { consent_given: false });
    const blocked = await addClient('Europe/Riga', '09:00');
    await db.updateTable('channel_accounts').set({ status: 'unreachable' }).where('client_id', '=', blocked).execute();

    expect(await promptedAt(new Date('2026-11-23T10:01:00Z'))).toEqual(new Set()); // 12:01 local: past the 3 h window
    expect(await promptedAt(new Date('2026-11-23T06:59:00Z'))).toEqual(new Set()); // 08:59 local: not yet
    expect(await promptedAt(new Date('2026-11-23T07:00:00Z'))).toEqual(new Set([due]));
  });

  it('reminds once after the reminder delay', async () => {
    await db.deleteFrom('clients').execute();
    const id = await addClient('Asia/Kolkata', '09:00');
    const prompted = new Date('2026-11-23T03:31:00Z'); // 09:01 in Kolkata
    await promptDueClients(db, { translator, now: prompted, catchupMs });
    const later = (ms: number) => new Date(prompted.getTime() + ms);
    expect(await remindUnanswered(db, { translator, now: later(2 * 3600_000), afterMs: 3 * 3600_000, catchupMs })).toBe(0);
    const results = await Promise.all([1, 2].map(() => remindUnanswered(db, { translator, now: later(3 * 3600_000), afterMs: 3 * 3600_000, catchupMs })));
    expect(results.reduce((a, b) => a + b, 0)).toBe(1);
    const checkin = await db.selectFrom('checkins').select('reminded_at').where('client_id', '=', id).executeTakeFirstOrThrow();
    expect(checkin.reminded_at).not.toBeNull();
    expect(await db.selectFrom('deliveries').select('id').execute()).toHaveLength(2);
  });
});
