import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/database.js';

/**
 * Creates `count` consenting clients, each with a thread and bound to a Telegram chat
 * (`firstChatId`, `firstChatId + 1`, ...), whose check-in time came a minute
 * ago in UTC, so the next scheduler tick prompts all of them at once.
 */
export async function seedDueClients(db: Kysely<Database>, count: number, firstChatId = 10_000_000): Promise<void> {
  await sql`
    with created as (
      insert into clients (name, language, timezone, checkin_time, consent_given, consent_at, consent_method)
      select 'Client ' || n, 'en', 'UTC', to_char(now() at time zone 'UTC' - interval '1 minute', 'HH24:MI')::time,
             true, now(), 'in_person'
      from generate_series(1, ${count}::int) n
      returning id
    ),
    threads as (insert into threads (client_id) select id from created),
    numbered as (select id, row_number() over (order by id) - 1 as n from created)
    insert into channel_accounts (channel, external_id, chat_id, client_id)
    select 'telegram', (${firstChatId}::bigint + n)::text, (${firstChatId}::bigint + n)::text, id from numbered
  `.execute(db);
}

/** The chat ids seedDueClients bound. */
export const seededChats = (count: number, firstChatId = 10_000_000) =>
  Array.from({ length: count }, (_, i) => firstChatId + i);
