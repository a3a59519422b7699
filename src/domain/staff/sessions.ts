import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { recordAudit } from '../../core/audit.js';
import { sha256Hex } from '../../core/sha256.js';
import type { Database } from '../../db/database.js';
import { toStaff, type Staff } from './staff-record.js';

/** A session's last use is written at most this often: every page view would otherwise be a write. */
const touchEveryMs = 60_000;

/** How someone came to be signed in, for the audit log. */
export type SignInWay = 'password' | 'setup-link' | 'bot-link' | 'password-change';

/**
 * Starts a session and returns the token its cookie carries; only a digest
 * of it is kept. Each sign-in is recorded, with how it was made.
 */
export async function startSession(db: Kysely<Database>, staffId: string, now: Date, way: SignInWay): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.insertInto('staff_sessions').values({ token_digest: sha256Hex(token), staff_id: staffId, created_at: now, last_seen_at: now }).execute();
  await recordAudit(db, { actor: `staff:${staffId}`, action: 'staff.signed-in', entityType: 'staff', entityId: staffId, details: { way }, at: now });
  return token;
}

/**
 * The staff member a session token belongs to, while the session is open,
 * used within `idleMs` and its staff member active; otherwise undefined.
 * Using it counts as activity.
 */
export async function staffOfSession(db: Kysely<Database>, token: string, options: { now: Date; idleMs: number }): Promise<Staff | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const digest = sha256Hex(token);
  const row = await db
    .selectFrom('staff_sessions')
    .innerJoin('staff', 'staff.id', 'staff_sessions.staff_id')
    .selectAll('staff')
    .select('staff_sessions.last_seen_at')
    .where('staff_sessions.token_digest', '=', digest)
    .where('staff_sessions.ended_at', 'is', null)
    .where('staff_sessions.last_seen_at', '>', new Date(options.now.getTime() - options.idleMs))
    .where('staff.active', '=', true)
    .executeTakeFirst();
  if (!row) return undefined;
  if (options.now.getTime() - row.last_seen_at.getTime() > touchEveryMs) {
    await db.updateTable('staff_sessions').set({ last_seen_at: options.now }).where('token_digest', '=', digest).execute();
  }
  return toStaff(row);
}

/** Ends one session (signing out). */
export async function endSession(db: Kysely<Database>, token: string, now: Date): Promise<void> {
  const ended = await db
    .updateTable('staff_sessions')
    .set({ ended_at: now })
    .where('token_digest', '=', sha256Hex(token))
    .where('ended_at', 'is', null)
    .returning('staff_id')
    .executeTakeFirst();
  if (ended) await recordAudit(db, { actor: `staff:${ended.staff_id}`, action: 'staff.signed-out', entityType: 'staff', entityId: ended.staff_id, at: now });
}

/** Ends every session of a staff member: deactivated, or their password changed. */
export async function endSessionsOf(db: Kysely<Database>, staffId: string, now: Date): Promise<void> {
  await db.updateTable('staff_sessions').set({ ended_at: now }).where('staff_id', '=', staffId).where('ended_at', 'is', null).execute();
}
