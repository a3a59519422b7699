import type { Kysely } from 'kysely';
import type { Database, PendingAction } from '../../db/database.js';
import type { InboundSender } from '../turn/inbound-event.js';
import type { ChannelAccount } from '../turn/turn.js';
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

/**
 * Every account of each of several mentors, oldest first, by mentor id. An
 * inactive mentor receives nothing, and a revoked account is nobody's.
 */
export async function accountsOfMentors(db: Kysely<Database>, mentorIds: string[]): Promise<Map<string, ChannelAccount[]>> {
  if (mentorIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('channel_accounts')
    .innerJoin('mentors', 'mentors.id', 'channel_accounts.mentor_id')
    .selectAll('channel_accounts')
    .where('channel_accounts.mentor_id', 'in', mentorIds)
    .where('mentors.active', '=', true)
    .where('channel_accounts.status', '!=', 'revoked')
    .orderBy('channel_accounts.created_at')
    .execute();
  return groupedBy(rows, (row) => row.mentor_id);
}

/** The accounts an active interpreter is reached on, oldest first; a deactivated one receives nothing. */
export async function interpreterAccounts(db: Kysely<Database>, staffId: string): Promise<ChannelAccount[]> {
  return db
    .selectFrom('channel_accounts')
    .innerJoin('staff', 'staff.id', 'channel_accounts.interpreter_id')
    .selectAll('channel_accounts')
    .where('channel_accounts.interpreter_id', '=', staffId)
    .where('staff.active', '=', true)
    .where('staff.role', '=', 'interpreter')
    .where('channel_accounts.status', '!=', 'revoked')
    .orderBy('channel_accounts.created_at')
    .execute();
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
