import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../db/database.js';

/** Statuses a delivery does not leave by itself: its text has done its work. */
export const finishedStatuses = ['sent', 'delivered', 'read', 'failed', 'dead', 'cancelled'] as const;

/**
 * Clears the texts of the deliveries chosen: text, caption, choices and file name go, and what
 * the outbox and receipts still need stays (the kind, the chat, status, times, platform ids, what
 * it answered). A pending one among them is cancelled first: it must not go out with no text.
 */
export async function clearDeliveryTexts(
  db: Kysely<Database>,
  which: Expression<SqlBool>,
  now: Date,
  limit?: number,
): Promise<number> {
  const cleared = await sql<{ n: number }>`
    with chosen as (
      select id from deliveries d where d.payload_cleared_at is null and ${which}
      ${limit === undefined ? sql`` : sql`limit ${limit}`} for update
    ), changed as (
      update deliveries d
         set payload = jsonb_build_object(
               'payload', jsonb_build_object('kind', d.payload -> 'payload' -> 'kind'),
               'replyToExternalId', d.payload -> 'replyToExternalId'),
             payload_cleared_at = ${now},
             status = case when d.status in ('pending', 'sending') then 'cancelled' else d.status end,
             updated_at = ${now}
        from chosen where d.id = chosen.id
      returning 1
    )
    select count(*)::int as n from changed`.execute(db);
  return cleared.rows[0]?.n ?? 0;
}
