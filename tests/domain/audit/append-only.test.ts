import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../../src/core/audit.js';
import { listAuditTrail } from '../../../src/domain/audit/audit-trail.js';
import { recordClientRead } from '../../../src/domain/audit/record-read.js';
import type { Database } from '../../../src/db/database.js';
import { createClient } from '../../../src/domain/people/clients.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
// Roles belong to the whole server: a name of this run's own.
const role = `mentorline_service_${randomBytes(4).toString('hex')}`;

/** The statements the folder's README gives, for the role of this test. */
function readmeStatements(): string[] {
  const readme = readFileSync(path.resolve(import.meta.dirname, '../../../src/domain/audit/README.md'), 'utf8');
  const block = /```sql\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  return block
    .split(';')
    .map((statement) => statement.trim())
    .filter(Boolean)
    .map((statement) => statement.replaceAll('mentorline_service', role));
}

/** Runs `work` as the service's role, in a transaction of its own. */
const asService = <T,>(work: (trx: Kysely<Database>) => Promise<T>) =>
  database.db.transaction().execute(async (trx) => {
    await sql`set local role ${sql.id(role)}`.execute(trx);
    return work(trx);
  });

let clientId: string;
beforeAll(async () => {
  const { db } = database;
  await sql`create role ${sql.id(role)} nologin`.execute(db);
  await sql`grant usage on schema public to ${sql.id(role)}`.execute(db);
  await sql`grant select, insert, update, delete on all tables in schema public to ${sql.id(role)}`.execute(db);
  for (const statement of readmeStatements()) await sql.raw(statement).execute(db);
  clientId = (await createClient(db, { name: 'Olena Petrenko', mentorId: null, language: 'uk', timezone: 'Europe/Riga', checkinTime: '09:00' }, 'admin', new Date('2026-05-01T08:00:00Z'))).id;
});
afterAll(async () => {
  await sql`drop owned by ${sql.id(role)}`.execute(database.db);
  await sql`drop role ${sql.id(role)}`.execute(database.db);
});

describe('the audit trail for a service role without the README’s privileges', () => {
  it('takes new entries with their values, and reads them', async () => {
    await asService(async (trx) => {
      await recordAudit(trx, { actor: 'admin', action: 'client.updated', entityType: 'client', entityId: clientId, clientId, details: { fields: ['checkinTime'] }, changes: { checkinTime: { from: '09:00', to: '10:30' } }, at: new Date('2026-05-02T08:00:00Z') });
      await recordClientRead(trx, { actor: 'admin', clientId, what: 'thread', at: new Date('2026-05-02T09:00:00Z') });
      const page = await listAuditTrail(trx, { clientIds: [clientId], from: '2026-05-02' }, { timeZone: 'Europe/Riga' });
      expect(page.items.map((item) => [item.action, item.changes])).toEqual([
        ['read.thread', []],
        ['client.updated', [{ field: 'checkinTime', from: '09:00', to: '10:30' }]],
      ]);
    });
  });

  it('refuses to change or remove an entry', async () => {
    await expect(asService((trx) => trx.updateTable('audit_log').set({ actor: 'someone else' }).where('client_id', '=', clientId).execute())).rejects.toThrow(/permission denied/);
    await expect(asService((trx) => trx.deleteFrom('audit_log').where('client_id', '=', clientId).execute())).rejects.toThrow(/permission denied/);
    await expect(asService((trx) => sql`truncate audit_log cascade`.execute(trx))).rejects.toThrow(/permission denied/);
    await expect(asService((trx) => trx.updateTable('audit_changes').set({ new_value: '"12:00"' }).execute())).rejects.toThrow(/permission denied/);
  });

  it('lets erasure delete a client’s values, and keeps the entries', async () => {
    const deleted = await asService((trx) =>
      trx.deleteFrom('audit_changes').where('audit_id', 'in', trx.selectFrom('audit_log').select('id').where('client_id', '=', clientId)).executeTakeFirst(),
    );
    expect(deleted.numDeletedRows).toBe(1n);
    const entries = await database.db.selectFrom('audit_log').select('action').where('client_id', '=', clientId).orderBy('created_at').execute();
    expect(entries.map((entry) => entry.action)).toEqual(['client.created', 'client.updated', 'read.thread']);
  });
});
