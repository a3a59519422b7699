import type { Kysely } from 'kysely';
import type { Database } from '../../../src/db/database.js';
import type { ReportHistory } from './report-history.js';

/**
 * Interpreting added to the report history (report-history.ts): two interpreters who translate
 * some of its messages and are assigned to some of its clients, written row by row with every time
 * set so each figure can be counted by hand (the counts are in interpreting-figures.test.ts).
 * Translations change none of the history's other figures. Riga is UTC+2 until 29 March.
 */
export interface InterpretingHistory {
  interpreters: { karim: string; olena: string; lina: string; past: string };
  /** The messages translated, by their client and time. */
  messages: { amalFirst: string; bashirFebruary: string };
}

export async function seedInterpreting(db: Kysely<Database>, history: ReportHistory): Promise<InterpretingHistory> {
  const interpreter = async (name: string, languages: string[], active = true) =>
    (
      await db
        .insertInto('staff')
        .values({ email: `${name.split(' ')[0]?.toLowerCase()}@example.org`, name, role: 'interpreter', languages, active, created_at: new Date('2025-11-01T09:00:00Z'), updated_at: new Date('2025-11-01T09:00:00Z') })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const interpreters = {
    karim: await interpreter('Karim Haddad', ['ar', 'fa']),
    olena: await interpreter('Olena Shevchenko', ['uk', 'ru']),
    // Active, with nothing translated: listed with zeros, as an idle mentor is.
    lina: await interpreter('Lina Bērziņa', ['ti']),
    // No longer working and nothing translated in the period: not listed.
    past: await interpreter('Past Interpreter', ['ar'], false),
  };

  const assign = async (clientId: string, interpreterId: string, startedAt: string, endedAt: string | null) => {
    await db
      .insertInto('interpreter_assignments')
      .values({ client_id: clientId, interpreter_id: interpreterId, started_at: new Date(startedAt), ended_at: endedAt === null ? null : new Date(endedAt) })
      .execute();
  };
  const { clients } = history;
  await assign(clients.amal, interpreters.karim, '2025-12-10T09:00:00Z', null);
  await assign(clients.bashir, interpreters.karim, '2026-01-05T09:00:00Z', '2026-02-20T12:00:00Z');
  // Ended at 00:00 on 1 March in Riga: the last day is 28 February.
  await assign(clients.farid, interpreters.karim, '2026-02-01T08:00:00Z', '2026-02-28T22:00:00Z');
  await assign(clients.daria, interpreters.olena, '2026-02-01T21:30:00Z', null);
  // Ended at 00:00 on 1 January in Riga: nothing in the period.
  await assign(clients.samir, interpreters.past, '2025-11-01T09:00:00Z', '2025-12-31T22:00:00Z');

  const messageAt = async (clientId: string, at: string) =>
    (
      await db
        .selectFrom('messages')
        .innerJoin('threads', 'threads.id', 'messages.thread_id')
        .select('messages.id')
        .where('threads.client_id', '=', clientId)
        .where('messages.created_at', '=', new Date(at))
        .executeTakeFirstOrThrow()
    ).id;
  const translate = async (messageId: string, interpreterId: string, language: string, at: string) => {
    await db.insertInto('translations').values({ message_id: messageId, author_staff_id: interpreterId, language, text: `translated at ${at}`, created_at: new Date(at) }).execute();
  };
  const messages = {
    amalFirst: await messageAt(clients.amal, '2026-01-03T10:00:00Z'),
    bashirFebruary: await messageAt(clients.bashir, '2026-01-31T22:30:00Z'),
  };

  // December in Riga (23:59:30 on 31 December): outside the period.
  await translate(await messageAt(clients.samir, '2025-12-31T21:59:00Z'), interpreters.past, 'lv', '2025-12-31T21:59:30Z');
  // January: Amal's message and Anna's answer.
  await translate(messages.amalFirst, interpreters.karim, 'lv', '2026-01-03T10:05:00Z');
  await translate(await messageAt(clients.amal, '2026-01-03T10:30:00Z'), interpreters.karim, 'ar', '2026-01-03T10:35:00Z');
  // February: Amal's first message again at 00:30 on 1 February in Riga (still January in UTC).
  await translate(messages.amalFirst, interpreters.karim, 'lv', '2026-01-31T22:30:00Z');
  await translate(messages.bashirFebruary, interpreters.karim, 'lv', '2026-01-31T22:40:00Z');
  // Daria's message translated and corrected the same day, and Boris's answer.
  await translate(await messageAt(clients.daria, '2026-02-10T09:00:00Z'), interpreters.olena, 'lv', '2026-02-10T09:10:00Z');
  await translate(await messageAt(clients.daria, '2026-02-10T09:00:00Z'), interpreters.olena, 'lv', '2026-02-10T09:12:00Z');
  await translate(await messageAt(clients.daria, '2026-02-10T09:20:00Z'), interpreters.olena, 'uk', '2026-02-10T09:25:00Z');
  // Boris's message to Farid, into Persian by Karim and into Russian by Olena: one message.
  const toFarid = await messageAt(clients.farid, '2026-02-12T10:00:00Z');
  await translate(toFarid, interpreters.karim, 'fa', '2026-02-12T10:05:00Z');
  await translate(toFarid, interpreters.olena, 'ru', '2026-02-12T10:06:00Z');
  // April, and 00:40 on 1 May in Riga: outside the period.
  await translate(await messageAt(clients.amal, '2026-04-20T08:00:00Z'), interpreters.karim, 'lv', '2026-04-20T08:30:00Z');
  await translate(await messageAt(clients.amal, '2026-04-30T21:30:00Z'), interpreters.karim, 'lv', '2026-04-30T21:40:00Z');
  return { interpreters, messages };
}
