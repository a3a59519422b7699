import type { Kysely } from 'kysely';
import { recordAudit } from '../../core/audit.js';
import { NotFoundError } from '../../core/errors.js';
import type { AccountStatus, Channel, Database } from '../../db/database.js';
import { textTo, type DeliveryRequest } from '../../outbox/enqueue.js';
import type { Scope } from '../turn/scope.js';
import type { ChannelAccount } from '../turn/turn.js';

/** Whose accounts or invites: a client's, a mentor's or an interpreter's (a staff member). */
export type Owner = { clientId: string } | { mentorId: string } | { interpreterId: string };

/** A channel account as staff see it: which channel and in what state, never the platform's ids. */
export interface AccountRecord {
  id: string;
  channel: Channel;
  status: AccountStatus;
  unreachableReason: string | null;
  /** When the person last wrote on this account, where the transport records it (WhatsApp's Cloud API window runs from it). */
  lastInboundAt: Date | null;
  createdAt: Date;
  revokedAt: Date | null;
}

/** The owner's column and id, after making sure the owner exists. */
export async function ownerColumn(db: Kysely<Database>, owner: Owner): Promise<{ column: 'client_id' | 'mentor_id' | 'interpreter_id'; id: string }> {
  const [table, column, id, code, noun] =
    'clientId' in owner
      ? (['clients', 'client_id', owner.clientId, 'CLIENT_NOT_FOUND', 'client'] as const)
      : 'mentorId' in owner
        ? (['mentors', 'mentor_id', owner.mentorId, 'MENTOR_NOT_FOUND', 'mentor'] as const)
        : (['staff', 'interpreter_id', owner.interpreterId, 'STAFF_NOT_FOUND', 'staff member'] as const);
  const found = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
  if (!found) throw new NotFoundError(code, `no ${noun} with id ${id}`);
  return { column, id };
}

/** WhatsApp lets a business write freely for this long after the person's last message (the customer-service window). */
export const whatsappWindowMs = 24 * 3600_000;

/** A client's or mentor's channel accounts, oldest first, revoked ones included. */
export async function listAccounts(db: Kysely<Database>, owner: Owner): Promise<AccountRecord[]> {
  const { column, id } = await ownerColumn(db, owner);
  const rows = await db
    .selectFrom('channel_accounts')
    .select(['id', 'channel', 'status', 'unreachable_reason', 'created_at', 'revoked_at', 'last_inbound_at'])
    .where(column, '=', id)
    .orderBy('created_at')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    channel: row.channel,
    status: row.status,
    unreachableReason: row.unreachable_reason,
    lastInboundAt: row.last_inbound_at,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  }));
}

/**
 * The last text to an account taken from its person, addressed to its chat
 * and not to the account: a failure to deliver it (the person blocked the
 * bot) must not mark the account unreachable, which would make it theirs again.
 */
export function farewellTo(account: Pick<ChannelAccount, 'channel' | 'chat_id'>, text: string): DeliveryRequest {
  return textTo({ channel: account.channel, chat_id: account.chat_id, id: null }, text);
}

/**
 * Takes an account from its person: what waits for it is cancelled, the
 * person is told once, in their language, and nothing more reaches it or
 * comes from it. Revoking a revoked account changes nothing.
 */
export async function revokeAccount(scope: Scope, accountId: string, actor: string): Promise<void> {
  const { db, now } = scope;
  const account = await db
    .selectFrom('channel_accounts')
    .leftJoin('clients', 'clients.id', 'channel_accounts.client_id')
    .leftJoin('mentors', 'mentors.id', 'channel_accounts.mentor_id')
    .leftJoin('staff', 'staff.id', 'channel_accounts.interpreter_id')
    .select(['channel_accounts.id', 'channel_accounts.channel', 'channel_accounts.chat_id', 'channel_accounts.status', 'channel_accounts.client_id', 'channel_accounts.mentor_id', 'channel_accounts.interpreter_id'])
    .select(['clients.language as client_language', 'mentors.languages as mentor_languages', 'staff.language as staff_language'])
    .where('channel_accounts.id', '=', accountId)
    .forUpdate('channel_accounts')
    .executeTakeFirst();
  if (!account) throw new NotFoundError('ACCOUNT_NOT_FOUND', `no account with id ${accountId}`);
  if (account.status === 'revoked') return;
  await db.updateTable('deliveries').set({ status: 'cancelled', updated_at: now }).where('account_id', '=', account.id).where('status', '=', 'pending').execute();
  const language = account.client_language ?? account.mentor_languages?.[0] ?? account.staff_language ?? 'en';
  scope.send(farewellTo(account, scope.translator.t(language, 'account-revoked')));
  await db
    .updateTable('channel_accounts')
    .set({ status: 'revoked', revoked_at: now, current_client_id: null, pending_action: null, updated_at: now })
    .where('id', '=', account.id)
    .execute();
  const person =
    account.client_id !== null
      ? { entityType: 'client', entityId: account.client_id }
      : account.mentor_id !== null
        ? { entityType: 'mentor', entityId: account.mentor_id }
        : { entityType: 'staff', entityId: account.interpreter_id };
  await recordAudit(db, { actor, action: 'account.revoked', ...person, clientId: account.client_id, details: { accountId: account.id, channel: account.channel }, at: now });
}
