import type { Kysely } from 'kysely';
import { recordAudit } from '../../core/audit.js';
import { isUniqueViolation } from '../../core/postgres-errors.js';
import type { Database } from '../../db/database.js';
import type { InboundSender } from '../turn/inbound-event.js';
import type { ChannelAccount } from '../turn/turn.js';
import { findAccount } from './accounts.js';
import { hashInviteCode } from './invites.js';

export type BindResult =
  | {
      ok: true;
      account: ChannelAccount;
      role: 'client' | 'mentor' | 'interpreter';
      /** The person's earlier accounts on this channel, revoked by this binding: a person has one account per channel. */
      replaced: ChannelAccount[];
    }
  | { ok: false; reason: 'invalid_code' | 'account_taken' };

/**
 * Redeems a single-use invite and binds the sender to its client or mentor.
 * The code is checked against the redeeming account before it is used up, so
 * a code tried from an account that belongs to someone else stays good for
 * the person it was meant for. The invite row is locked, so two people racing
 * with one code cannot both succeed. Binding revokes the person's other open
 * invites and replaces any account they had on the channel before.
 */
export async function bindWithInvite(db: Kysely<Database>, sender: InboundSender, code: string, now: Date): Promise<BindResult> {
  const invite = await db
    .selectFrom('invites')
    .select(['id', 'client_id', 'mentor_id', 'interpreter_id'])
    .where('code_hash', '=', hashInviteCode(code))
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    // Mentors and interpreters answer with buttons and replies, which only Telegram has: their codes work there alone.
    .$if(sender.channel !== 'telegram', (qb) => qb.where('client_id', 'is not', null))
    .forUpdate()
    .executeTakeFirst();
  if (!invite) return { ok: false, reason: 'invalid_code' };
  const owner = { client_id: invite.client_id, mentor_id: invite.mentor_id, interpreter_id: invite.interpreter_id };
  const [ownerKey, ownerId, role] =
    owner.client_id !== null
      ? (['client_id', owner.client_id, 'client'] as const)
      : owner.mentor_id !== null
        ? (['mentor_id', owner.mentor_id, 'mentor'] as const)
        : (['interpreter_id', owner.interpreter_id ?? '', 'interpreter'] as const);

  const existing = await findAccount(db, sender);
  if (existing && existing.status !== 'revoked') {
    const same = existing[ownerKey] === ownerId;
    if (!same) return { ok: false, reason: 'account_taken' };
  }
  const account = existing
    ? existing.status === 'revoked'
      ? await db
          .updateTable('channel_accounts')
          .set({ ...owner, chat_id: sender.chatId, status: 'active', revoked_at: null, unreachable_reason: null, current_client_id: null, pending_action: null, updated_at: now })
          .where('id', '=', existing.id)
          .returningAll()
          .executeTakeFirstOrThrow()
      : existing
    : await db
        .insertInto('channel_accounts')
        .values({ channel: sender.channel, external_id: sender.externalId, chat_id: sender.chatId, ...owner })
        .returningAll()
        .executeTakeFirstOrThrow()
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) return undefined;
          throw error;
        });
  if (!account) return { ok: false, reason: 'account_taken' };

  await db.updateTable('invites').set({ used_at: now, used_by_account_id: account.id }).where('id', '=', invite.id).execute();
  const superseded = await db
    .updateTable('invites')
    .set({ revoked_at: now })
    .where(ownerKey, '=', ownerId)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .returning('id')
    .execute();
  const replaced = await db
    .updateTable('channel_accounts')
    .set({ status: 'revoked', revoked_at: now, current_client_id: null, pending_action: null, updated_at: now })
    .where(ownerKey, '=', ownerId)
    .where('channel', '=', sender.channel)
    .where('id', '!=', account.id)
    .where('status', '!=', 'revoked')
    .returningAll()
    .execute();
  if (replaced.length > 0) {
    await db
      .updateTable('deliveries')
      .set({ status: 'cancelled', updated_at: now })
      .where('account_id', 'in', replaced.map((old) => old.id))
      .where('status', '=', 'pending')
      .execute();
  }

  const person = { entityType: role === 'interpreter' ? 'staff' : role, entityId: ownerId };
  const actor = `${person.entityType}:${person.entityId}`;
  const audit = { actor, ...person, clientId: owner.client_id, at: now };
  await recordAudit(db, { ...audit, action: 'account.bound', details: { accountId: account.id, channel: account.channel, inviteId: invite.id } });
  for (const old of replaced) {
    await recordAudit(db, { ...audit, action: 'account.replaced', details: { accountId: old.id, by: account.id } });
  }
  if (superseded.length > 0) {
    await recordAudit(db, { ...audit, action: 'invite.revoked', details: { inviteIds: superseded.map((row) => row.id), reason: 'bound' } });
  }
  return { ok: true, account, role, replaced };
}
