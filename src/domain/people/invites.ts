import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { sha256Hex } from '../../core/sha256.js';
import { recordAudit } from '../../core/audit.js';
import { ConflictError, NotFoundError } from '../../core/errors.js';
import { ownerColumn, type Owner } from './account-access.js';

/** Letters and digits that cannot be mistaken for one another when read aloud or typed on a phone. */
const codeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const codeLength = 10;
export const defaultInviteTtlHours = 24 * 7;

export type InviteTarget = { clientId: string } | { mentorId: string } | { interpreterId: string };

export interface IssuedInvite {
  /** Shown once; only its hash is stored. */
  code: string;
  expiresAt: Date;
}

export function hashInviteCode(code: string): string {
  return sha256Hex(normaliseInviteCode(code));
}

/** People retype codes: case and stray spaces or dashes do not matter. */
export function normaliseInviteCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

/** What a client sends to redeem an invite on WhatsApp, which has no bot commands. */
export const whatsappInviteText = (code: string): string => `START ${code}`;

/**
 * The invite code in a `START <code>` message, as people retype it: maybe with
 * spaces or dashes, in any case. Lower-case words without a digit are taken
 * for speech ("start tomorrow..."), not a code.
 */
export function inviteCodeInStartText(text: string): string | undefined {
  const code = /^start\s+([A-Za-z0-9][A-Za-z0-9 -]{8,20})$/i.exec(text.trim())?.[1];
  if (!code || normaliseInviteCode(code).length !== codeLength) return undefined;
  return /\d/.test(code) || code === code.toUpperCase() ? code : undefined;
}

function generateCode(): string {
  let code = '';
  for (let i = 0; i < codeLength; i++) code += codeAlphabet[randomInt(codeAlphabet.length)];
  return code;
}

/** Whom an invite is for, after making sure they exist: an interpreter must be an active one. */
async function assertTargetExists(trx: Kysely<Database>, target: InviteTarget): Promise<{ entityType: 'client' | 'mentor' | 'staff'; ownerId: string }> {
  if ('interpreterId' in target) {
    const staff = await trx.selectFrom('staff').select(['role', 'active']).where('id', '=', target.interpreterId).executeTakeFirst();
    if (!staff) throw new NotFoundError('STAFF_NOT_FOUND', `no staff member with id ${target.interpreterId}`);
    if (staff.role !== 'interpreter') throw new ConflictError('NOT_AN_INTERPRETER', 'only an interpreter connects a Telegram account this way: mentors get their invites as mentors');
    if (!staff.active) throw new ConflictError('STAFF_INACTIVE', 'this staff member is deactivated: reactivate them first');
    return { entityType: 'staff', ownerId: target.interpreterId };
  }
  const [table, ownerId] = 'clientId' in target ? (['clients', target.clientId] as const) : (['mentors', target.mentorId] as const);
  const owner = await trx.selectFrom(table).select('id').where('id', '=', ownerId).executeTakeFirst();
  if (!owner) {
    throw table === 'clients' ? new NotFoundError('CLIENT_NOT_FOUND', `no client with id ${ownerId}`) : new NotFoundError('MENTOR_NOT_FOUND', `no mentor with id ${ownerId}`);
  }
  return { entityType: table === 'clients' ? 'client' : 'mentor', ownerId };
}

export async function createInvite(
  db: Kysely<Database>,
  target: InviteTarget,
  options: { now: Date; ttlHours?: number | undefined; actor: string },
): Promise<IssuedInvite> {
  return db.transaction().execute(async (trx) => {
    const clientId = 'clientId' in target ? target.clientId : null;
    const mentorId = 'mentorId' in target ? target.mentorId : null;
    const interpreterId = 'interpreterId' in target ? target.interpreterId : null;
    const { entityType, ownerId } = await assertTargetExists(trx, target);
    const code = generateCode();
    const expiresAt = new Date(options.now.getTime() + (options.ttlHours ?? defaultInviteTtlHours) * 3_600_000);
    const invite = await trx
      .insertInto('invites')
      .values({ code_hash: hashInviteCode(code), client_id: clientId, mentor_id: mentorId, interpreter_id: interpreterId, expires_at: expiresAt })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actor: options.actor,
      action: 'invite.created',
      entityType,
      entityId: ownerId,
      clientId,
      details: { inviteId: invite.id, expiresAt: expiresAt.toISOString() },
      at: options.now,
    });
    return { code, expiresAt };
  });
}

/** An invite as staff see it; its code is never shown again. */
export interface InviteRecord {
  id: string;
  status: 'open' | 'used' | 'expired' | 'revoked';
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

/** A client's or mentor's invites, newest first. */
export async function listInvites(db: Kysely<Database>, owner: Owner, now: Date): Promise<InviteRecord[]> {
  const { column, id } = await ownerColumn(db, owner);
  const rows = await db
    .selectFrom('invites')
    .select(['id', 'created_at', 'expires_at', 'used_at', 'revoked_at'])
    .where(column, '=', id)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    status: row.revoked_at ? 'revoked' : row.used_at ? 'used' : row.expires_at <= now ? 'expired' : 'open',
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    usedAt: row.used_at,
    revokedAt: row.revoked_at,
  }));
}

/** Withdraws an invite that has not been used, so its code binds nobody; withdrawing it twice changes nothing. */
export async function revokeInvite(db: Kysely<Database>, inviteId: string, options: { now: Date; actor: string }): Promise<void> {
  const invite = await db.selectFrom('invites').select(['id', 'client_id', 'mentor_id', 'interpreter_id', 'used_at', 'revoked_at']).where('id', '=', inviteId).forUpdate().executeTakeFirst();
  if (!invite) throw new NotFoundError('INVITE_NOT_FOUND', `no invite with id ${inviteId}`);
  if (invite.revoked_at) return;
  if (invite.used_at) throw new ConflictError('INVITE_USED', 'this invite was used already: revoke the account it bound instead', { status: 'used' });
  await db.updateTable('invites').set({ revoked_at: options.now }).where('id', '=', inviteId).execute();
  await recordAudit(db, {
    actor: options.actor,
    action: 'invite.revoked',
    entityType: invite.client_id !== null ? 'client' : invite.mentor_id !== null ? 'mentor' : 'staff',
    entityId: invite.client_id ?? invite.mentor_id ?? invite.interpreter_id,
    clientId: invite.client_id,
    details: { inviteIds: [inviteId] },
    at: options.now,
  });
}
