import { sql, type Kysely } from 'kysely';
import { recordAudit } from '../../core/audit.js';
import { NotFoundError, ValidationError } from '../../core/errors.js';
import type { KeyedDigest } from '../../core/keyed-digest.js';
import type { Channel, Database } from '../../db/database.js';
import type { Translator } from '../../i18n/translator.js';
import { clearDeliveryTexts } from '../../outbox/delivery-texts.js';
import { encodePayload } from '../../outbox/payload.js';
import { notifyOutbox } from '../../outbox/enqueue.js';
import { archiveClientFacts } from '../reports/report-archive.js';
import { withoutPerson } from './erasure-reason.js';

export interface ErasureDeps {
  translator: Translator;
  /** Keyed digests of platform ids: the form strangers' notices and WhatsApp event ids are kept in. */
  digest: KeyedDigest;
  /** The agency's zone, for the de-identified report facts that stay. */
  agencyTimezone: string;
}

export interface Erasure {
  id: string;
  clientId: string;
  erasedAt: Date;
  erasedBy: string;
  reason: string;
}

export interface ErasureOutcome {
  erasure: Erasure;
  /** Digests of stored files no remaining record refers to: remove them once this has committed. */
  unreferencedMedia: string[];
}

export const maxReasonLength = 500;

/**
 * Removes a client and everything about them, in one transaction: profile, accounts, invites,
 * thread, check-ins, tasks and evidence, notes, alerts, deliveries to them and about them, their
 * entries in the dedupe log and the strangers' notices, and the media only they referred to.
 * What stays: a row saying they were erased (no personal data), their de-identified report facts,
 * and the audit entries about them, which never held their data. Before their accounts go they
 * are told once, in their language, through deliveries that no longer point at any account.
 */
export async function eraseClient(
  db: Kysely<Database>,
  deps: ErasureDeps,
  clientId: string,
  request: { actor: string; reason: string; now: Date },
): Promise<ErasureOutcome> {
  const reason = request.reason.trim();
  if (reason === '') throw new ValidationError('REASON_REQUIRED', 'reason', 'must say why the client is erased');
  if ([...reason].length > maxReasonLength) throw new ValidationError('REASON_TOO_LONG', 'reason', `must be at most ${maxReasonLength} characters`);
  return db.transaction().execute(async (trx) => {
    const client = await trx.selectFrom('clients').selectAll().where('id', '=', clientId).forUpdate().executeTakeFirst();
    if (!client) throw new NotFoundError('CLIENT_NOT_FOUND', `no client with id ${clientId}`);
    const { now } = request;

    await archiveClientFacts(trx, client.id, deps.agencyTimezone, now);
    const accounts = await trx.selectFrom('channel_accounts').select(['id', 'channel', 'chat_id', 'external_id', 'status']).where('client_id', '=', client.id).execute();
    const farewells = await tellThemOnce(trx, deps.translator.t(client.language, 'client-erased'), accounts);

    const media = await sql<{ id: string }>`
      select m.media_id as id from messages m join threads t on t.id = m.thread_id where t.client_id = ${client.id} and m.media_id is not null
      union select worksheet_media_id from tasks where client_id = ${client.id} and worksheet_media_id is not null
      union select e.media_id from task_evidence e join tasks k on k.id = e.task_id where k.client_id = ${client.id} and e.media_id is not null`.execute(trx);
    const whatsAppMessageIds = await sql<{ external_id: string }>`
      select m.external_id from messages m join threads t on t.id = m.thread_id
       where t.client_id = ${client.id} and m.channel = 'whatsapp' and m.direction = 'inbound' and m.external_id is not null`.execute(trx);

    // Texts that name them outside their own rows: a mentor's digest, a coordinators' escalation,
    // choices that carry their id. Deliveries to their accounts and about them go with the client.
    const named = [client.id, client.phone, [...client.name].length >= 3 ? client.name : null].filter((value): value is string => value !== null);
    await clearDeliveryTexts(trx, sql<boolean>`(${sql.join(named.map((value) => sql`strpos(d.payload::text, ${value}) > 0`), sql` or `)})`, now);

    const whatsAppEvents = [...whatsAppMessageIds.rows.map((row) => deps.digest(row.external_id)), ''];
    await trx.deleteFrom('inbound_events').where('channel', '=', 'whatsapp').where('event_id', 'in', whatsAppEvents).execute();
    await trx.deleteFrom('inbound_failures').where('channel', '=', 'whatsapp').where('event_id', 'in', whatsAppEvents).execute();
    await trx
      .deleteFrom('notice_windows')
      .where('subject', 'in', [client.id, ...accounts.map((account) => deps.digest(account.external_id))])
      .execute();
    const asked = await trx
      .updateTable('erasure_requests')
      .set({ erased_at: now })
      .where('client_id', '=', client.id)
      .where('erased_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    await trx.deleteFrom('clients').where('id', '=', client.id).execute();
    // The audit log keeps its entries about them (append-only); the values they changed go.
    await sql`delete from audit_changes where audit_id in (select id from audit_log where client_id = ${client.id})`.execute(trx);

    const unreferenced = await sql<{ sha256: string }>`
      delete from media md
       where md.id = any(${media.rows.map((row) => row.id)}::uuid[])
         and not exists (select 1 from messages m where m.media_id = md.id)
         and not exists (select 1 from tasks k where k.worksheet_media_id = md.id)
         and not exists (select 1 from task_evidence e where e.media_id = md.id)
      returning md.sha256`.execute(trx);

    const erasure = await trx
      .insertInto('erasures')
      .values({
        client_id: client.id,
        erased_at: now,
        erased_by: request.actor,
        reason: withoutPerson(reason, { name: client.name, phone: client.phone }),
        request_id: asked?.id ?? null,
        farewell_delivery_ids: farewells,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, { actor: request.actor, action: 'client.erased', entityType: 'client', entityId: client.id, clientId: client.id, at: now, details: { erasureId: erasure.id } });
    return {
      erasure: { id: erasure.id, clientId: erasure.client_id, erasedAt: erasure.erased_at, erasedBy: erasure.erased_by, reason: erasure.reason },
      unreferencedMedia: unreferenced.rows.map((row) => row.sha256),
    };
  });
}

/**
 * The one message that tells them, to each active chat of theirs, written to no account (theirs
 * are about to go) so it outlives them until sent.
 */
async function tellThemOnce(
  db: Kysely<Database>,
  text: string,
  accounts: Array<{ channel: Channel; chat_id: string; status: string }>,
): Promise<string[]> {
  const active = accounts.filter((account) => account.status === 'active');
  if (active.length === 0) return [];
  const rows = await db
    .insertInto('deliveries')
    .values(active.map((account) => ({ channel: account.channel, recipient_chat_id: account.chat_id, account_id: null, payload: encodePayload({ kind: 'text', text }) })))
    .returning('id')
    .execute();
  await sql`select ${notifyOutbox()}`.execute(db);
  return rows.map((row) => row.id);
}
