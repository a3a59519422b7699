import { Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrationProvider } from '../../src/db/migrate.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase({ empty: true });
const before = '20261202000000_report_facts';
const audit = '20261202010000_audit_trail';

describe('the audit trail migration', () => {
  it('sets each older entry’s client, moves staff changes’ values out of the entries, and goes back', async () => {
    const db = database.db;
    const migrator = new Migrator({ db, provider: migrationProvider });
    expect((await migrator.migrateTo(before)).error).toBeUndefined();
    const client = await db.insertInto('clients').values({ name: 'Olena Petrenko', language: 'uk', timezone: 'Europe/Riga', checkin_time: '09:00' }).returning('id').executeTakeFirstOrThrow();
    const task = await db.insertInto('tasks').values({ client_id: client.id, title: 'Call the job centre' }).returning('id').executeTakeFirstOrThrow();
    const staff = await db.insertInto('staff').values({ email: 'ilze@example.org', name: 'Ilze', role: 'coordinator' }).returning('id').executeTakeFirstOrThrow();
    const old = (action: string, entityType: string, entityId: string | null, details: object, at: string) =>
      sql`insert into audit_log (actor, action, entity_type, entity_id, details, created_at) values ('admin', ${action}, ${entityType}, ${entityId}, ${JSON.stringify(details)}::jsonb, ${at}::timestamptz)`.execute(db);
    await old('client.updated', 'client', client.id, { fields: ['checkinTime'] }, '2026-11-30 10:00:00.123456+00');
    await old('task.redo', 'task', task.id, {}, '2026-11-30 10:01:00+00');
    await old('task.create', 'task', '00000000-0000-4000-8000-000000000001', { clientId: client.id }, '2026-11-30 10:02:00+00');
    await old('staff.updated', 'staff', staff.id, { changed: { role: { from: 'mentor', to: 'coordinator' }, name: { from: 'I', to: 'Ilze' } }, passwordChanged: true }, '2026-11-30 10:03:00+00');
    await old('export.clients', 'export', null, {}, '2026-11-30 10:04:00+00');

    expect((await migrator.migrateTo(audit)).error).toBeUndefined();
    const { rows } = await sql<{ action: string; client_id: string | null; details: unknown; created_at: Date }>`select action, client_id, details, created_at from audit_log order by created_at`.execute(db);
    expect(rows.map((row) => [row.action, row.client_id])).toEqual([
      ['client.updated', client.id],
      ['task.redo', client.id],
      ['task.create', client.id],
      ['staff.updated', null],
      ['export.clients', null],
    ]);
    // Microseconds a cursor could not carry are gone.
    expect(rows[0]?.created_at.toISOString()).toBe('2026-11-30T10:00:00.123Z');
    expect(rows[3]?.details).toEqual({ fields: ['name', 'role'], passwordChanged: true });
    const { rows: changes } = await sql<{ field: string; old_value: unknown; new_value: unknown }>`select field, old_value, new_value from audit_changes order by field`.execute(db);
    expect(changes).toEqual([
      { field: 'name', old_value: 'I', new_value: 'Ilze' },
      { field: 'role', old_value: 'mentor', new_value: 'coordinator' },
    ]);

    expect((await migrator.migrateTo(before)).error).toBeUndefined();
    const { rows: restored } = await sql<{ details: unknown }>`select details from audit_log where action = 'staff.updated'`.execute(db);
    expect(restored).toEqual([{ details: { changed: { role: { from: 'mentor', to: 'coordinator' }, name: { from: 'I', to: 'Ilze' } }, passwordChanged: true } }]);
  });
});
