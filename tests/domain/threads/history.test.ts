import { describe, expect, it } from 'vitest';
import { recentHistoryLines } from '../../../src/domain/threads/history.js';
import { appendThreadMessage } from '../../../src/domain/threads/thread-store.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
const translator = createTranslator();

describe('history lines', () => {
  it('are stamped on the mentor’s own clock', async () => {
    const { db } = database;
    const client = await db.insertInto('clients').values({ name: 'Anna', language: 'en', timezone: 'Europe/Riga', checkin_time: '09:00' }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('threads').values({ client_id: client.id }).execute();
    const stored = await appendThreadMessage(db, { clientId: client.id, direction: 'inbound', author: 'client', kind: 'text', text: 'Good morning' });
    // 23:30 UTC on 31 May is 08:30 on 1 June in Tokyo, and 02:30 on 1 June in Riga.
    await db.updateTable('messages').set({ created_at: new Date('2026-05-31T23:30:00Z') }).where('id', '=', stored?.id ?? '').execute();
    expect(await recentHistoryLines(db, translator, client.id, { language: 'en', timezone: 'Asia/Tokyo' }, 10)).toEqual(['06-01 08:30 Anna: Good morning']);
    expect(await recentHistoryLines(db, translator, client.id, { language: 'en', timezone: 'Europe/Riga' }, 10)).toEqual(['06-01 02:30 Anna: Good morning']);
  });
});
