import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';

/**
 * Gives every client staff enrolled with a phone number and consent recorded
 * in person, and no account anywhere yet, a WhatsApp account addressed by that
 * number, so a transport that can write first (the Cloud API, by template)
 * reaches them before they ever write. A client who has any account, or whose
 * WhatsApp account was revoked, is left as they are. Set-based and idempotent;
 * returns how many accounts were opened, each recorded in the audit log.
 */
export async function openAccountsForEnrolledPhones(db: Kysely<Database>, now: Date): Promise<number> {
  const result = await sql<{ n: number }>`
    with opened as (
      insert into channel_accounts (channel, external_id, chat_id, client_id)
      select 'whatsapp', c.phone, substr(c.phone, 2), c.id
      from clients c
      where c.phone is not null and c.consent_given and c.consent_method = 'in_person' and c.status <> 'ended'
        and not exists (select 1 from channel_accounts a where a.client_id = c.id)
      on conflict (channel, external_id) do nothing
      returning id, client_id
    ), audited as (
      insert into audit_log (actor, action, entity_type, entity_id, client_id, details, created_at)
      select 'system', 'account.bound', 'client', o.client_id, o.client_id,
             jsonb_build_object('accountId', o.id, 'channel', 'whatsapp', 'through', 'enrolled_phone'), ${now}::timestamptz
      from opened o
      returning 1
    )
    select count(*)::int as n from audited`.execute(db);
  return result.rows[0]?.n ?? 0;
}
