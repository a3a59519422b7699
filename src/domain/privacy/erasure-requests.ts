import { sql, type Kysely } from 'kysely';
import { recordAudit } from '../../core/audit.js';
import type { Database } from '../../db/database.js';
import type { ClientContext } from '../people/contexts.js';
import { textToMentor } from '../threads/relay.js';
import { appendThreadMessage } from '../threads/thread-store.js';
import { defineChoice, oneOf } from '../turn/choices.js';
import type { Turn } from '../turn/turn.js';
import { yesNoWords } from '../turn/yes-no-words.js';

/** The client's answer to "shall we erase your data?". */
export const forgetChoice = defineChoice(
  'forget',
  { answer: oneOf('yes', 'no') },
  { understands: ({ answer }, reply) => yesNoWords[answer].includes(reply.raw) || yesNoWords[answer].includes(reply.cleaned) },
);

async function openRequestOf(db: Kysely<Database>, clientId: string) {
  return db.selectFrom('erasure_requests').select('id').where('client_id', '=', clientId).where('erased_at', 'is', null).executeTakeFirst();
}

/** `/forget` (FORGET on WhatsApp): asks the client to confirm, unless they have asked already. */
export async function askToForget(turn: Turn<ClientContext>): Promise<void> {
  if (await openRequestOf(turn.db, turn.person.id)) return turn.say('forget-already');
  turn.say('forget-confirm', undefined, {
    choices: [[forgetChoice.option({ answer: 'yes' }, turn.t('forget-yes')), forgetChoice.option({ answer: 'no' }, turn.t('forget-no'))]],
  });
}

/**
 * The client confirmed: an erasure request is filed for the coordinators to carry out, the client
 * is told it was received, and their mentor sees it in the thread. Asking twice files one request.
 */
export async function answerForget(turn: Turn<ClientContext>, confirmed: boolean): Promise<void> {
  const { db, person: client, account, now } = turn;
  if (!confirmed) return turn.say('forget-kept');
  if (await openRequestOf(db, client.id)) return turn.say('forget-already');
  const filed = await db
    .insertInto('erasure_requests')
    .values({ client_id: client.id, channel: account.channel, requested_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordAudit(db, {
    actor: `client:${client.id}`,
    action: 'client.erasure-requested',
    entityType: 'client',
    entityId: client.id,
    clientId: client.id,
    at: now,
    details: { requestId: filed.id, channel: account.channel },
  });
  turn.say('forget-received');
  if (!client.mentor) return;
  const text = turn.translator.t(client.mentor.language, 'mentor-erasure-requested', { client: client.name });
  const stored = await appendThreadMessage(db, { clientId: client.id, direction: 'inbound', author: 'system', kind: 'system', text });
  await textToMentor(turn, client.mentor.id, text, { aboutClientId: client.id, messageId: stored?.id ?? null });
}

export interface OpenErasureRequest {
  id: string;
  clientId: string;
  clientName: string;
  channel: string;
  requestedAt: Date;
}

/** Requests not carried out yet, oldest first: what the coordinators have to do. */
export async function openErasureRequests(db: Kysely<Database>, clientId?: string): Promise<OpenErasureRequest[]> {
  const rows = await sql<{ id: string; client_id: string; name: string; channel: string; requested_at: Date }>`
    select r.id, r.client_id, c.name, r.channel, r.requested_at
      from erasure_requests r join clients c on c.id = r.client_id
     where r.erased_at is null ${clientId ? sql`and r.client_id = ${clientId}` : sql``}
     order by r.requested_at, r.id`.execute(db);
  return rows.rows.map((row) => ({ id: row.id, clientId: row.client_id, clientName: row.name, channel: row.channel, requestedAt: row.requested_at }));
}
