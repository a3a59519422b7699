import { sql, type Kysely } from 'kysely';
import type { Channel, Database } from '../db/database.js';
import type { OutboundDelivery } from './channel-sender.js';
import { heldNextAttempt } from './held-deliveries.js';
import { decodePayload } from './payload.js';

interface ClaimedRow {
  id: string;
  channel: Channel;
  recipient_chat_id: string;
  account_id: string | null;
  about_client_id: string | null;
  payload: unknown;
  attempts: number;
  media_sha256: string | null;
  media_content_type: string | null;
  media_size_bytes: number | null;
  /** Set for a delivery to a mentor's account about a client. */
  thread_title: string | null;
  thread_language: string | null;
  external_thread_id: string | null;
}

/**
 * Claims up to `limit` due deliveries of one channel, at most the
 * oldest unfinished one per chat, so several workers and replicas share the
 * work and every chat receives its messages in the order they were enqueued.
 * Among chats, live conversation goes first, then bulk sends, then answers to
 * strangers (deliveries.priority): a mentor's reply does not wait behind a
 * morning's prompts, though within one chat the order always holds.
 * The same statement reads what the senders need besides the payload (the
 * stored file, the mentor's sub-thread for the client), so a send looks
 * nothing up.
 */
export async function claimDeliveries(db: Kysely<Database>, channel: Channel, limit: number): Promise<OutboundDelivery[]> {
  const result = await sql<ClaimedRow>`
    with claimed as (
      update deliveries set status = 'sending', attempts = attempts + 1, updated_at = now()
      where id in (
        select d.id from deliveries d
        where d.status = 'pending' and d.next_attempt_at <= now() and d.channel = ${channel}
          and not exists (
            select 1 from deliveries e
            where e.channel = d.channel and e.recipient_chat_id = d.recipient_chat_id and e.seq < d.seq
              and e.status in ('pending', 'sending')
              -- One held until the person writes again (see heldDeliveries) does not hold up the rest.
              and e.next_attempt_at <> ${heldNextAttempt}
            -- Keeps this a probe of the chat's open deliveries per candidate: right after a
            -- fan-out, before statistics catch up, the planner would otherwise compare every
            -- pending delivery with every other (seconds, not milliseconds, at 10,000).
            offset 0)
        order by d.priority, d.seq
        limit ${limit}
        for update skip locked)
      returning id, seq, priority, channel, recipient_chat_id, account_id, about_client_id, payload, attempts
    )
    select k.id, k.channel, k.recipient_chat_id, k.account_id, k.about_client_id, k.payload, k.attempts,
           m.sha256 as media_sha256, m.content_type as media_content_type, m.size_bytes as media_size_bytes,
           -- A mentor's and an interpreter's chats have a topic per client.
           case when a.mentor_id is not null or a.interpreter_id is not null then c.name end as thread_title,
           coalesce(r.languages[1], i.language) as thread_language, t.external_thread_id
    from claimed k
    left join media m on m.id = (k.payload #>> '{payload,mediaId}')::uuid
    left join channel_accounts a on a.id = k.account_id
    left join mentors r on r.id = a.mentor_id
    left join staff i on i.id = a.interpreter_id
    left join clients c on c.id = k.about_client_id
    left join channel_threads t on t.account_id = k.account_id and t.client_id = k.about_client_id
    order by k.priority, k.seq`.execute(db);
  return result.rows.map((row) => {
    const stored = decodePayload(row.payload);
    return {
      id: row.id,
      channel: row.channel,
      chatId: row.recipient_chat_id,
      accountId: row.account_id,
      aboutClientId: row.about_client_id,
      payload: stored.payload,
      replyToExternalId: stored.replyToExternalId,
      attempts: row.attempts,
      ...(row.media_sha256 !== null && row.media_content_type !== null && row.media_size_bytes !== null
        ? { media: { sha256: row.media_sha256, contentType: row.media_content_type, sizeBytes: row.media_size_bytes } }
        : {}),
      ...(row.thread_title !== null
        ? { thread: { externalId: row.external_thread_id, title: row.thread_title, language: row.thread_language ?? 'en' } }
        : {}),
    };
  });
}

/** Remembers the sub-thread a sender opened for a client in a mentor's chat, for the deliveries after it. */
export async function recordOpenedThread(db: Kysely<Database>, delivery: OutboundDelivery, externalThreadId: string): Promise<void> {
  if (delivery.accountId === null || delivery.aboutClientId === null) return;
  await db
    .insertInto('channel_threads')
    .values({ account_id: delivery.accountId, client_id: delivery.aboutClientId, external_thread_id: externalThreadId })
    .onConflict((oc) => oc.columns(['account_id', 'client_id']).doUpdateSet({ external_thread_id: externalThreadId }))
    .execute();
}
