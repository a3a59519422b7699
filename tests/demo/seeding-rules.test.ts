import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createMentor } from '../../src/domain/people/mentors.js';
import { createStaff } from '../../src/domain/staff/staff.js';
import type { MediaStore } from '../../src/media/media-store.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { createTestMediaStore } from '../support/test-media.js';
import { rowCounts, seed } from './demo-database.js';

const opened: Array<{ close(): Promise<void> } | TestDatabase> = [];

async function freshDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  opened.push(database);
  return database;
}

async function mediaStore(): Promise<MediaStore> {
  const media = await createTestMediaStore();
  opened.push(media);
  return media.store;
}

afterEach(async () => {
  for (const resource of opened.splice(0)) await ('drop' in resource ? resource.drop() : resource.close());
});

/** What a seeded database holds, without its ids: the same agency shows the same. */
async function agencyOf(database: TestDatabase) {
  const { db } = database;
  const clients = await sql`select name, country, programme, language, status, checkin_time::text, created_at from clients order by name`.execute(db);
  const checkins = await sql`
    select c.name, k.local_date::text, k.mood, k.prompted_at, k.answered_at from checkins k join clients c on c.id = k.client_id
    order by c.name, k.local_date`.execute(db);
  const messages = await sql`
    select c.name, m.author, m.kind, m.text, m.created_at, md.sha256 from messages m
    join threads t on t.id = m.thread_id join clients c on c.id = t.client_id left join media md on md.id = m.media_id
    order by m.seq`.execute(db);
  const tasks = await sql`select c.name, t.title, t.status, t.due_date::text, t.approved_at from tasks t join clients c on c.id = t.client_id order by c.name, t.created_at`.execute(db);
  const alerts = await sql`
    select c.name, a.kind, a.created_at, a.acknowledged_at, a.resolved_at, a.resolution_note from alerts a join clients c on c.id = a.client_id
    order by c.name, a.created_at, a.kind`.execute(db);
  return { clients: clients.rows, checkins: checkins.rows, messages: messages.rows, tasks: tasks.rows, alerts: alerts.rows };
}

describe('seeding the demo agency', () => {
  it('makes the same agency every time from the same moment', async () => {
    const first = await freshDatabase();
    const second = await freshDatabase();
    expect((await seed(first.db, await mediaStore())).seeded).toBe(true);
    expect((await seed(second.db, await mediaStore())).seeded).toBe(true);
    expect(await agencyOf(second)).toEqual(await agencyOf(first));
  }, 120_000);

  it('leaves a database that has a mentor, a client or a staff member as it is', async () => {
    const withMentor = await freshDatabase();
    await createMentor(withMentor.db, { name: 'Ilze Kalniņa' }, 'admin');
    const withStaff = await freshDatabase();
    await createStaff(withStaff.db, { email: 'coordinator@example.org', name: 'Rasma', role: 'coordinator', password: 'a long enough password' }, {
      now: new Date('2026-03-01T09:00:00Z'),
      publicUrl: 'http://127.0.0.1:3000',
      actor: 'admin',
    });
    for (const database of [withMentor, withStaff]) {
      const before = await rowCounts(database.db);
      expect(await seed(database.db, await mediaStore())).toEqual({ seeded: false });
      expect(await rowCounts(database.db)).toEqual(before);
    }
  }, 60_000);

  it('leaves the database empty when seeding fails half way, so a later run can seed it', async () => {
    const database = await freshDatabase();
    const store = await mediaStore();
    let puts = 0;
    const failing: MediaStore = {
      ...store,
      put: async (db, bytes, type) => {
        puts += 1;
        if (puts === 20) throw new Error('disk full');
        return store.put(db, bytes, type);
      },
    };
    await expect(seed(database.db, failing)).rejects.toThrow('disk full');
    const counts = await rowCounts(database.db);
    expect(Object.entries(counts).filter(([, n]) => n > 0)).toEqual([]);
    expect((await seed(database.db, store)).seeded).toBe(true);
  }, 120_000);
});
