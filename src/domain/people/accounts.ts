import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../../core/postgres-errors.js';
import type { Database, PendingAction } from '../../db/database.js';
import type { InboundSender } from '../turn/inbound-event.js';
import type { ChannelAccount } from '../turn/turn.js';
import { hashInviteCode } from './invites.js';
/** A channel account bound to a mentor. */
export type MentorAccount = ChannelAccount & { mentor_id: string };

export async function findAccount(
  db: Kysely<Database>,
  sender: InboundSender,
  options: { lock?: boolean } = {},
): Promise<ChannelAccount | undefined> {
  const query = db
    .selectFrom('channel_accounts')
    .selectAll()
    .where('channel', '=', sender.channel)
    .where('external_id', '=', sender.externalId);
  return (options.lock ? query.forUpdate() : query).executeTakeFirst();
}

/** The key an account is found by: its channel and the platform's id of the person. */
export const senderKey = (sender: Pick<InboundSender, 'channel' | 'externalId'>) => `${sender.channel}:${sender.externalId}`;

/**
 * The accounts of several senders in one query, locked, by `senderKey`. Rows are
 * locked in id order, so two batches over the same people cannot deadlock.
 */
export async function lockAccounts(db: Kysely<Database>, senders: InboundSender[]): Promise<Map<string, ChannelAccount>> {
  if (senders.length === 0) return new Map();
  const rows = await db
    .selectFrom('channel_accounts')
    .selectAll()
    .where((eb) => eb(eb.refTuple('channel', 'external_id'), 'in', senders.map((s) => eb.tuple(s.channel, s.externalId))))
    .orderBy('id')
    .forUpdate()
    .execute();
  return new Map(rows.map((row) => [senderKey({ channel: row.channel, externalId: row.external_id }), row]));
}

export type BindResult =
  | { ok: true; account: ChannelAccount; role: 'client' | 'mentor' }
  | { ok: false; reason: 'invalid_code' | 'account_taken' };

/**
 * Redeems a single-use invite and binds the sender to its client or mentor.
 * The invite row is claimed with a conditional update, so two people racing
 * with one code cannot both succeed.
 */
export async function bindWithInvite(
  db: Kysely<Database>,
  sender: InboundSender,
  code: string,
  now: Date,
): Promise<BindResult> {
  const invite = await db
    .updateTable('invites')
    .set({ used_at: now })
    .where('code_hash', '=', hashInviteCode(code))
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    // A mentor answers with buttons, which only Telegram has: a mentor's code works there alone.
    .$if(sender.channel !== 'telegram', (qb) => qb.where('mentor_id', 'is', null))
    .returning(['id', 'client_id', 'mentor_id'])
    .executeTakeFirst();
  if (!invite) return { ok: false, reason: 'invalid_code' };

  const existing = await findAccount(db, sender);
  if (existing) {
    const same =
      (invite.client_id !== null && existing.client_id === invite.client_id) ||
      (invite.mentor_id !== null && existing.mentor_id === invite.mentor_id);
    if (!same) return { ok: false, reason: 'account_taken' };
  }
  const account =
    existing ??
    (await db
      .insertInto('channel_accounts')
      .values({
        channel: sender.channel,
        external_id: sender.externalId,
        chat_id: sender.chatId,
        client_id: invite.client_id,
        mentor_id: invite.mentor_id,
      })
      .returningAll()
      .executeTakeFirstOrThrow()
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) return undefined;
        throw error;
      }));
  if (!account) return { ok: false, reason: 'account_taken' };
  await db.updateTable('invites').set({ used_by_account_id: account.id }).where('id', '=', invite.id).execute();
  return { ok: true, account, role: invite.client_id !== null ? 'client' : 'mentor' };
}

/** The accounts a mentor can be reached on. */
export async function mentorAccounts(db: Kysely<Database>, mentorId: string): Promise<ChannelAccount[]> {
  return (await accountsOfMentors(db, [mentorId])).get(mentorId) ?? [];
}

/** Accounts by the person they belong to, in the order given; accounts of nobody of that kind are left out. */
function groupedBy(rows: ChannelAccount[], owner: (row: ChannelAccount) => string | null): Map<string, ChannelAccount[]> {
  const groups = new Map<string, ChannelAccount[]>();
  for (const row of rows) {
    const key = owner(row);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Every account of each of several mentors, oldest first, by mentor id. */
export async function accountsOfMentors(db: Kysely<Database>, mentorIds: string[]): Promise<Map<string, ChannelAccount[]>> {
  if (mentorIds.length === 0) return new Map();
  const rows = await db.selectFrom('channel_accounts').selectAll().where('mentor_id', 'in', mentorIds).orderBy('created_at').execute();
  return groupedBy(rows, (row) => row.mentor_id);
}

/** The reachable accounts of a client. */
export async function clientAccounts(db: Kysely<Database>, clientId: string): Promise<ChannelAccount[]> {
  return (await reachableAccountsOfClients(db, [clientId])).get(clientId) ?? [];
}

/** The reachable accounts of each of several clients, oldest first, by client id. */
export async function reachableAccountsOfClients(db: Kysely<Database>, clientIds: string[]): Promise<Map<string, ChannelAccount[]>> {
  if (clientIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('channel_accounts')
    .selectAll()
    .where('client_id', 'in', clientIds)
    .where('status', '=', 'active')
    .orderBy('created_at')
    .execute();
  return groupedBy(rows, (row) => row.client_id);
}

/** Records the conversation step an account is in the middle of, or that it is in none. */
export async function setPendingAction(db: Kysely<Database>, accountId: string, pending: PendingAction | null): Promise<void> {
  await db
    .updateTable('channel_accounts')
    .set({ pending_action: pending === null ? null : JSON.stringify(pending) })
    .where('id', '=', accountId)
    .execute();
}
