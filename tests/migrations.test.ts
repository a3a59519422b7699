import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest, pendingMigrations } from '../src/db/migrate.js';
import { sha256Hex } from '../src/core/sha256.js';
import { useTestDatabase } from './support/test-database.js';

const database = useTestDatabase({ empty: true });

describe('migrations', () => {
  it('digest ids in SQL exactly as the service does, so ids stored before digests match ids arriving after', async () => {
    const id = 'false_37120000001@c.us_3EB0C767D26A1D6A1A2B·ā';
    const { rows } = await sql<{ digest: string }>`select encode(sha256(convert_to(${id}, 'UTF8')), 'hex') as digest`.execute(database.db);
    expect(rows[0]?.digest).toBe(sha256Hex(id));
  });

  it('create every table on a fresh database, then do nothing on a migrated one', async () => {
    expect((await pendingMigrations(database.db)).length).toBeGreaterThan(0);
    const applied = await migrateToLatest(database.db);
    expect(applied.length).toBeGreaterThan(0);

    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = 'public' order by table_name
    `.execute(database.db);
    expect(tables.rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining([
        'assignments',
        'audit_log',
        'channel_accounts',
        'checkins',
        'clients',
        'deliveries',
        'invites',
        'media',
        'mentors',
        'message_edits',
        'messages',
        'task_evidence',
        'tasks',
        'threads',
      ]),
    );
    expect(await migrateToLatest(database.db)).toEqual([]);
    expect(await pendingMigrations(database.db)).toEqual([]);
  });

  it('enforce one check-in per client and local date, and one platform id per channel', async () => {
    const client = await database.db
      .insertInto('clients')
      .values({ name: 'A', language: 'en', timezone: 'UTC', checkin_time: '09:00' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await database.db.insertInto('checkins').values({ client_id: client.id, local_date: '2026-11-23' }).execute();
    await expect(
      database.db.insertInto('checkins').values({ client_id: client.id, local_date: '2026-11-23' }).execute(),
    ).rejects.toThrow(/checkins_client_date_uq/);

    const thread = await database.db.insertInto('threads').values({ client_id: client.id }).returning('id').executeTakeFirstOrThrow();
    const message = { thread_id: thread.id, direction: 'inbound', author: 'client', kind: 'text', channel: 'telegram', external_id: '42:7' } as const;
    await database.db.insertInto('messages').values(message).execute();
    await expect(database.db.insertInto('messages').values(message).execute()).rejects.toThrow(/messages_channel_external_uq/);
  });

  it('reads dates as local date text and counts as numbers', async () => {
    const row = await sql<{ d: string; n: number }>`select date '2026-03-29' as d, count(*) as n from mentors`.execute(database.db);
    expect(row.rows[0]).toEqual({ d: '2026-03-29', n: 0 });
  });
});
