import { describe, expect, it } from 'vitest';
import { targetClient } from '../../../src/domain/caseload/target-client.js';
import { loadMentorContext } from '../../../src/domain/people/contexts.js';
import { inScope } from '../../../src/domain/turn/scope.js';
import { turnOf } from '../../../src/domain/turn/turn.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
const deps = { translator: createTranslator(), clock: () => new Date('2026-05-04T10:00:00Z') };

async function setUp() {
  const { db } = database;
  const mentor = await db.insertInto('mentors').values({ name: 'Laura' }).returning('id').executeTakeFirstOrThrow();
  const other = await db.insertInto('mentors').values({ name: 'Marta' }).returning('id').executeTakeFirstOrThrow();
  const client = async (name: string, mentorId: string) => {
    const row = await db.insertInto('clients').values({ name, language: 'en', timezone: 'Europe/Riga', checkin_time: '09:00' }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('assignments').values({ client_id: row.id, mentor_id: mentorId }).execute();
    return row.id;
  };
  const [anna, oleh, foreign] = [await client('Anna', mentor.id), await client('Oleh', mentor.id), await client('Kim', other.id)];
  const account = await db
    .insertInto('channel_accounts')
    .values({ channel: 'telegram', external_id: `t-${mentor.id}`, chat_id: `t-${mentor.id}`, mentor_id: mentor.id, current_client_id: oleh })
    .returningAll()
    .executeTakeFirstOrThrow();
  await db.insertInto('channel_threads').values([
    { account_id: account.id, client_id: anna, external_thread_id: '11' },
    { account_id: account.id, client_id: foreign, external_thread_id: '99' },
  ]).execute();
  await db.insertInto('deliveries').values({
    channel: 'telegram', recipient_chat_id: account.chat_id, account_id: account.id, about_client_id: anna, payload: '{}', status: 'sent', external_id: '500',
  }).execute();
  const person = (await loadMentorContext(db, mentor.id))!;
  const ask = (place: { externalThreadId?: string; replyToExternalId?: string }) =>
    inScope(db, deps, (scope) => targetClient(turnOf(scope, account, person), place));
  return { anna, oleh, ask };
}

describe('the client a mentor means', () => {
  it('is the topic written in, else the message replied to, else the current client', async () => {
    const { anna, oleh, ask } = await setUp();
    expect(await ask({ externalThreadId: '11' })).toBe(anna);
    expect(await ask({ replyToExternalId: '500' })).toBe(anna);
    expect(await ask({})).toBe(oleh);
    expect(await ask({ externalThreadId: '12', replyToExternalId: '501' })).toBe(oleh);
  });

  it('is nobody when the place points at another mentor’s client', async () => {
    const { ask } = await setUp();
    expect(await ask({ externalThreadId: '99' })).toBeUndefined();
  });
});
