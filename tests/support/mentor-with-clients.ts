import type { Kysely } from 'kysely';
import { beforeEach } from 'vitest';
import type { Database } from '../../src/db/database.js';

/**
 * A mentor of the test's own, with a Telegram account, created afresh before
 * each test (earlier ones stop receiving digests), and helpers to give them
 * clients and check-ins.
 */
export function useMentorWithClients(db: Kysely<Database>) {
  const fixture = { mentorId: '', mentorChat: '' };
  beforeEach(async () => {
    await db.deleteFrom('deliveries').execute();
    await db.deleteFrom('alerts').execute();
    await db.deleteFrom('mentor_digests').execute();
    await db.updateTable('mentors').set({ active: false }).execute();
    const mentor = await db
      .insertInto('mentors')
      .values({ name: 'Laura', timezone: 'Europe/Riga', languages: ['en'] })
      .returning('id')
      .executeTakeFirstOrThrow();
    fixture.mentorId = mentor.id;
    fixture.mentorChat = `m-${mentor.id}`;
    await db
      .insertInto('channel_accounts')
      .values({ channel: 'telegram', external_id: fixture.mentorChat, chat_id: fixture.mentorChat, mentor_id: mentor.id })
      .execute();
  });

  async function addClient(name: string, timezone = 'Europe/Riga') {
    const client = await db
      .insertInto('clients')
      .values({ name, language: 'en', timezone, checkin_time: '09:00', consent_given: true })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('threads').values({ client_id: client.id }).execute();
    await db.insertInto('assignments').values({ client_id: client.id, mentor_id: fixture.mentorId }).execute();
    await db.insertInto('channel_accounts').values({ channel: 'telegram', external_id: client.id, chat_id: client.id, client_id: client.id }).execute();
    return client.id;
  }

  /** A check-in on a local date, prompted at 09:00 Riga time, answered with `mood` or left unanswered. */
  async function checkin(clientId: string, date: string, mood: number | null) {
    const promptedAt = new Date(`${date}T07:00:00Z`);
    await db
      .insertInto('checkins')
      .values({ client_id: clientId, local_date: date, prompted_at: promptedAt, ...(mood === null ? {} : { mood, answered_at: promptedAt, source: 'text' }) })
      .execute();
  }

  const sentTo = async (chatId: string) =>
    (await db.selectFrom('deliveries').select('payload').where('recipient_chat_id', '=', chatId).orderBy('id').execute()).map(
      (d) => (d.payload as unknown as { payload: { text: string; choices?: Array<Array<{ data: string }>>; pin?: boolean } }).payload,
    );

  return { fixture, addClient, checkin, sentTo };
}
