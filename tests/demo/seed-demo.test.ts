import { createHash } from 'node:crypto';
import { isValidPhoneNumber } from 'libphonenumber-js';
import { sql } from 'kysely';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayOverview } from '../../src/domain/caseload/today.js';
import { crisisWordMatcher, defaultCrisisWords } from '../../src/domain/safety/crisis-words.js';
import { signInWithPassword } from '../../src/domain/staff/sign-in.js';
import { decodePayload, encodePayload } from '../../src/outbox/payload.js';
import { createTranslator } from '../../src/i18n/translator.js';
import type { SeedOutcome } from '../../src/demo/seed-demo.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { createTestMediaStore } from '../support/test-media.js';
import { latestTimestamps, seed, seededAt, seededToday } from './demo-database.js';

let database: TestDatabase;
let media: Awaited<ReturnType<typeof createTestMediaStore>>;
let outcome: SeedOutcome;

beforeAll(async () => {
  database = await createTestDatabase();
  media = await createTestMediaStore();
  outcome = await seed(database.db, media.store);
}, 120_000);

afterAll(async () => {
  await media?.close();
  await database?.drop();
});

const translator = createTranslator();

describe('the demo agency', () => {
  it('has a coordinator and five mentors who sign in with the password it tells', async () => {
    const { db } = database;
    if (!outcome.seeded) throw new Error('the fresh database was not seeded');
    expect(outcome.accounts.map((account) => account.role)).toEqual(['coordinator', 'mentor', 'mentor', 'mentor', 'mentor', 'mentor']);
    for (const account of outcome.accounts) {
      const staff = await signInWithPassword(db, account.email, outcome.password);
      expect(staff, account.email).toMatchObject({ role: account.role, name: account.name, timezone: 'Europe/Riga' });
    }
    expect(await signInWithPassword(db, outcome.accounts[0]?.email ?? '', 'not-the-password')).toBeUndefined();

    const mentors = await db
      .selectFrom('mentors')
      .innerJoin('staff', 'staff.mentor_id', 'mentors.id')
      .select(['mentors.id', 'mentors.role', 'mentors.languages', 'mentors.timezone'])
      .execute();
    expect(mentors).toHaveLength(5);
    expect(new Set(mentors.map((mentor) => mentor.role))).toEqual(new Set(['social_worker', 'psychologist', 'teacher', 'career_specialist']));
    for (const mentor of mentors) {
      expect(mentor.timezone).toBe('Europe/Riga');
      expect(mentor.languages[0]).toBe('lv');
      expect(mentor.languages.every((language) => ['lv', 'ru', 'en', 'uk'].includes(language))).toBe(true);
    }
    const bound = await db.selectFrom('channel_accounts').select(['mentor_id', 'channel', 'status']).where('mentor_id', 'is not', null).execute();
    expect(bound.map((account) => `${account.channel} ${account.status}`)).toEqual(Array(5).fill('telegram active'));
  });

  it('has 60 clients from many countries in four programmes, most with a mentor who speaks their language', async () => {
    const { db } = database;
    const clients = await db
      .selectFrom('clients')
      .leftJoin('assignments', (join) => join.onRef('assignments.client_id', '=', 'clients.id').on('assignments.ended_at', 'is', null))
      .leftJoin('mentors', 'mentors.id', 'assignments.mentor_id')
      .select(['clients.id', 'clients.country', 'clients.programme', 'clients.language', 'clients.status', 'clients.timezone', 'clients.checkin_time', 'clients.consent_given', 'mentors.languages'])
      .execute();
    expect(clients).toHaveLength(60);
    expect(new Set(clients.map((client) => client.country)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(clients.map((client) => client.programme))).toEqual(
      new Set(['Vocational rehabilitation', 'Supported employment', "Asylum seekers' support", 'Refugee integration']),
    );
    expect(new Set(clients.map((client) => client.language))).toEqual(new Set(['en', 'lv', 'ru', 'uk']));
    for (const client of clients) {
      expect(client.timezone).toBe('Europe/Riga');
      expect(client.consent_given).toBe(true);
      expect(client.checkin_time >= '08:00:00' && client.checkin_time <= '20:00:00', client.checkin_time).toBe(true);
      if (client.languages) expect(client.languages).toContain(client.language);
    }
    const unassigned = clients.filter((client) => client.languages === null);
    expect(unassigned.length).toBeGreaterThanOrEqual(2);
    expect(unassigned.length).toBeLessThanOrEqual(5);
    expect(clients.filter((client) => client.status === 'paused').length).toBeGreaterThanOrEqual(1);
    expect(clients.filter((client) => client.status === 'ended').length).toBeGreaterThanOrEqual(1);
    const reassigned = await db.selectFrom('assignments').select('client_id').where('ended_at', 'is not', null).execute();
    expect(reassigned).toHaveLength(1);
    const accounts = await db.selectFrom('channel_accounts').select(['channel']).where('client_id', 'is not', null).execute();
    expect(new Set(accounts.map((account) => account.channel))).toEqual(new Set(['telegram', 'whatsapp']));
  });

  it('has 90 days of check-ins, most answered, with moods from 1 to 5', async () => {
    const { db } = database;
    const days = await sql<{ first: string; days: number; answered: number }>`
      select min(local_date)::text as first, count(*)::int as days, count(answered_at)::int as answered
      from checkins k join clients c on c.id = k.client_id
      where c.created_at < ${seededAt}::timestamptz - interval '91 days' and c.status = 'active'
      group by c.id`.execute(db);
    expect(days.rows.length).toBeGreaterThan(40);
    expect(new Set(days.rows.map((row) => row.first))).toEqual(new Set(['2025-12-19']));
    const asked = days.rows.reduce((sum, row) => sum + row.days, 0);
    const answered = days.rows.reduce((sum, row) => sum + row.answered, 0);
    expect(answered / asked).toBeGreaterThan(0.75);
    expect(answered / asked).toBeLessThan(0.97);
    const moods = await db.selectFrom('checkins').select('mood').distinct().where('mood', 'is not', null).orderBy('mood').execute();
    expect(moods.map((row) => row.mood)).toEqual([1, 2, 3, 4, 5]);
    const unanswered = await db.selectFrom('checkins').select('id').where('answered_at', 'is', null).where('mood', 'is not', null).execute();
    expect(unanswered).toEqual([]);
    const later = await db.selectFrom('checkins').select('id').where('local_date', '>', seededToday).execute();
    expect(later).toEqual([]);
  });

  it('gives the Today page answered, not yet and missed check-ins, open alerts, waiting clients, overdue tasks and dead deliveries', async () => {
    const today = await todayOverview(database.db, null, seededAt);
    expect(today.checkins.answered).toBeGreaterThan(10);
    expect(today.checkins['not-yet']).toBeGreaterThan(0);
    expect(today.checkins.missed).toBeGreaterThan(0);
    expect(today.openAlerts.length).toBeGreaterThanOrEqual(3);
    expect(new Set(today.openAlerts.map((alert) => alert.kind))).toEqual(new Set(['low_mood', 'missed_checkins']));
    expect(today.waiting.length).toBeGreaterThanOrEqual(5);
    expect(today.waiting.length).toBeLessThanOrEqual(15);
    expect(today.overdueTasks.length).toBeGreaterThanOrEqual(1);
    expect(today.deadDeliveries).toBeGreaterThanOrEqual(2);
  });

  it('follows alerts up: some open, some acknowledged, some resolved with a note; one for words of crisis', async () => {
    const { db } = database;
    const alerts = await db.selectFrom('alerts').selectAll().execute();
    expect(alerts.filter((alert) => alert.acknowledged_at === null && alert.resolved_at === null).length).toBeGreaterThan(0);
    expect(alerts.filter((alert) => alert.acknowledged_at !== null && alert.resolved_at === null).length).toBeGreaterThan(0);
    const resolved = alerts.filter((alert) => alert.resolved_at !== null);
    expect(resolved.length).toBeGreaterThan(0);
    expect(resolved.every((alert) => alert.resolution_note && alert.resolved_by?.startsWith('staff:') && alert.acknowledged_at)).toBe(true);
    const crisis = alerts.filter((alert) => alert.kind === 'crisis_words');
    expect(crisis).toHaveLength(1);
    const words = await db.selectFrom('messages').select(['text', 'author']).where('id', '=', crisis[0]?.message_id ?? '').executeTakeFirstOrThrow();
    expect(words.author).toBe('client');
    expect(crisisWordMatcher(defaultCrisisWords)(words.text ?? '')).toBe(true);
    const lowMoods = await db
      .selectFrom('alerts')
      .innerJoin('checkins', 'checkins.id', 'alerts.checkin_id')
      .select('checkins.mood')
      .where('alerts.kind', '=', 'low_mood')
      .execute();
    expect(lowMoods.length).toBeGreaterThan(0);
    expect(lowMoods.every((row) => row.mood !== null && row.mood <= 2)).toBe(true);
  });

  it('keeps the photos of tasks and messages in the media store, readable as the console reads them', async () => {
    const { db } = database;
    const tasks = await db.selectFrom('tasks').select('status').distinct().execute();
    expect(new Set(tasks.map((task) => task.status))).toEqual(new Set(['assigned', 'submitted', 'approved', 'cancelled']));
    const evidence = await db
      .selectFrom('task_evidence')
      .innerJoin('messages', 'messages.id', 'task_evidence.message_id')
      .select(['task_evidence.media_id', 'messages.media_id as message_media_id', 'messages.kind'])
      .execute();
    expect(evidence.length).toBeGreaterThan(50);
    expect(evidence.every((item) => item.media_id === item.message_media_id && item.kind === 'photo')).toBe(true);
    const used = await sql<{ id: string }>`
      select media_id as id from messages where media_id is not null
      union select media_id from task_evidence where media_id is not null
      union select worksheet_media_id from tasks where worksheet_media_id is not null`.execute(db);
    expect(used.rows.length).toBeGreaterThan(50);
    for (const { id } of used.rows) {
      const stored = await media.store.open(db, id);
      const chunks: Buffer[] = [];
      for await (const chunk of stored.stream) chunks.push(chunk as Buffer);
      const bytes = Buffer.concat(chunks);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(stored.sha256);
      expect(stored.contentType).toBe('image/jpeg');
      expect((await sharp(bytes).metadata()).format).toBe('jpeg');
    }
  });

  it('sends nothing: no delivery waits in the outbox, and no demo account can reach a real person', async () => {
    const { db } = database;
    const waiting = await db.selectFrom('deliveries').select('id').where('status', 'in', ['pending', 'sending']).execute();
    expect(waiting).toEqual([]);
    const deliveries = await db.selectFrom('deliveries').select(['payload', 'status', 'sent_at']).execute();
    for (const delivery of deliveries) {
      const stored = decodePayload(delivery.payload);
      expect(JSON.parse(encodePayload(stored.payload, stored.replyToExternalId))).toEqual(delivery.payload);
      expect(delivery.sent_at === null).toBe(['dead', 'failed'].includes(delivery.status));
    }
    const accounts = await db.selectFrom('channel_accounts').select(['channel', 'external_id', 'chat_id']).execute();
    for (const account of accounts) {
      if (account.channel === 'telegram') expect(Number(account.chat_id)).toBeGreaterThanOrEqual(2 ** 52);
      else expect(isValidPhoneNumber(account.external_id)).toBe(false);
    }
    const phones = await db.selectFrom('clients').select('phone').where('phone', 'is not', null).execute();
    expect(phones).toEqual([]);
  });

  it('writes rows as the service does: threads in order, labels from the catalogs, nothing after the moment of seeding', async () => {
    const { db } = database;
    const disorder = await sql<{ n: number }>`
      select count(*)::int as n from (
        select created_at < lag(created_at) over (partition by thread_id order by seq) as earlier from messages) m
      where earlier`.execute(db);
    expect(disorder.rows[0]?.n).toBe(0);
    const toClients = await db
      .selectFrom('deliveries')
      .innerJoin('messages', 'messages.id', 'deliveries.message_id')
      .innerJoin('mentors', 'mentors.id', 'messages.author_mentor_id')
      .innerJoin('channel_accounts', 'channel_accounts.id', 'deliveries.account_id')
      .innerJoin('clients', 'clients.id', 'channel_accounts.client_id')
      .select(['deliveries.payload', 'mentors.name', 'clients.language', 'messages.text', 'messages.channel'])
      .where('messages.author', '=', 'mentor')
      .where('messages.channel', '=', 'telegram')
      .execute();
    expect(toClients.length).toBeGreaterThan(100);
    for (const delivery of toClients) {
      const label = translator.t(delivery.language, 'from-mentor', { mentor: delivery.name });
      expect(decodePayload(delivery.payload).payload).toEqual({ kind: 'text', text: `${label}\n${delivery.text}` });
    }
    for (const { column, latest } of await latestTimestamps(db)) {
      if (latest) expect(latest.getTime(), column).toBeLessThanOrEqual(seededAt.getTime());
    }
  });
});
