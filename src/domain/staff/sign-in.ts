import type { Kysely } from 'kysely';
import { recordAudit } from '../../core/audit.js';
import { ConflictError, ValidationError } from '../../core/errors.js';
import type { Database } from '../../db/database.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { endSessionsOf } from './sessions.js';
import { findOpenLink, issueLink, useLink, type LinkPurpose } from './staff-links.js';
import { toStaff, type Staff } from './staff-record.js';

/** Verified against when no such person exists, so a wrong email costs as long as a wrong password. */
const decoyHash = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** The active staff member with this email and password, or undefined. */
export async function signInWithPassword(db: Kysely<Database>, email: string, password: string): Promise<Staff | undefined> {
  const row = await db.selectFrom('staff').selectAll().where('email', '=', email.trim().toLowerCase()).where('active', '=', true).executeTakeFirst();
  const matches = await verifyPassword(password, row?.password_hash ?? decoyHash);
  return row?.password_hash && matches ? toStaff(row) : undefined;
}

/** What an open one-time link is for and whom, without using it up: the page it opens asks what it needs. */
export async function describeLink(db: Kysely<Database>, token: string, now: Date): Promise<{ purpose: LinkPurpose; staff: Staff | null } | undefined> {
  const link = await findOpenLink(db, token, now);
  if (!link) return undefined;
  const row = link.staff_id ? await db.selectFrom('staff').selectAll().where('id', '=', link.staff_id).where('active', '=', true).executeTakeFirst() : undefined;
  if (link.staff_id && !row) return undefined;
  return { purpose: link.purpose, staff: row ? toStaff(row) : null };
}

export interface LinkAnswer {
  password?: string | undefined;
  email?: string | undefined;
  name?: string | undefined;
}

/**
 * Uses a one-time link and returns whom it signs in: a setup link sets the
 * person's password (ending their other sessions); the first-coordinator
 * link creates that coordinator; a sign-in link from the bot only signs in.
 * Undefined when the link no longer works.
 */
export async function useStaffLink(db: Kysely<Database>, token: string, answer: LinkAnswer, now: Date): Promise<Staff | undefined> {
  const link = await findOpenLink(db, token, now);
  if (!link) return undefined;
  if (link.purpose !== 'sign-in') {
    if (answer.password === undefined) throw new ValidationError('PASSWORD_REQUIRED', 'password', 'is required');
  }
  const passwordHash = answer.password === undefined ? undefined : await hashPassword(answer.password);
  return db.transaction().execute(async (trx) => {
    if (!(await useLink(trx, token, now))) return undefined;
    if (link.purpose === 'first-coordinator') {
      const email = answer.email?.trim().toLowerCase();
      const name = answer.name?.trim();
      if (!email || !/^[^\s@]+@[^\s@]+$/.test(email)) throw new ValidationError('EMAIL_INVALID', 'email', 'must be an email address');
      if (!name) throw new ValidationError('NAME_REQUIRED', 'name', 'must not be empty');
      if (await hasCoordinator(trx)) throw new ConflictError('COORDINATOR_EXISTS', 'a coordinator exists already: ask them to add you');
      const row = await trx
        .insertInto('staff')
        .values({ email, name, role: 'coordinator', password_hash: passwordHash ?? null, created_at: now, updated_at: now })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, { actor: `staff:${row.id}`, action: 'staff.created', entityType: 'staff', entityId: row.id, details: { role: 'coordinator', through: 'first-coordinator link' }, at: now });
      return toStaff(row);
    }
    const row = await trx.selectFrom('staff').selectAll().where('id', '=', link.staff_id ?? '').where('active', '=', true).executeTakeFirst();
    if (!row) return undefined;
    if (link.purpose === 'setup' && passwordHash !== undefined) {
      const updated = await trx.updateTable('staff').set({ password_hash: passwordHash, updated_at: now }).where('id', '=', row.id).returningAll().executeTakeFirstOrThrow();
      await endSessionsOf(trx, row.id, now);
      await recordAudit(trx, { actor: `staff:${row.id}`, action: 'staff.password-set', entityType: 'staff', entityId: row.id, at: now });
      return toStaff(updated);
    }
    return toStaff(row);
  });
}

async function hasCoordinator(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('staff').select('id').where('role', '=', 'coordinator').where('active', '=', true).executeTakeFirst();
  return row !== undefined;
}

/**
 * While nobody can run the programme (no active coordinator), a link to
 * create the first one; undefined once there is one. Each call issues a
 * fresh link and ends the earlier ones, since only digests are kept.
 */
export async function firstCoordinatorLink(db: Kysely<Database>, options: { now: Date; publicUrl: string }): Promise<string | undefined> {
  if (await hasCoordinator(db)) return undefined;
  return issueLink(db, { purpose: 'first-coordinator', staffId: null, ...options });
}

/**
 * A ten-minute sign-in link for a mentor who asked their bot for one (/web).
 * A mentor without a staff account gets one, named as their mentor record,
 * so signing in needs no coordinator. Undefined when the mentor's staff
 * account was deactivated.
 */
export async function mentorSignInLink(db: Kysely<Database>, mentorId: string, options: { now: Date; publicUrl: string }): Promise<string | undefined> {
  const mentor = await db.selectFrom('mentors').select(['id', 'name', 'languages', 'timezone']).where('id', '=', mentorId).executeTakeFirstOrThrow();
  const staff = await db
    .insertInto('staff')
    .values({ name: mentor.name, role: 'mentor', mentor_id: mentor.id, language: mentor.languages[0] ?? 'en', timezone: mentor.timezone, created_at: options.now, updated_at: options.now })
    .onConflict((oc) => oc.column('mentor_id').doUpdateSet({ updated_at: options.now }))
    .returning(['id', 'active'])
    .executeTakeFirstOrThrow();
  if (!staff.active) return undefined;
  return issueLink(db, { purpose: 'sign-in', staffId: staff.id, ...options });
}
