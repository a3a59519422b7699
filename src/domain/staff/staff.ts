import type { Kysely } from 'kysely';
import { changesBetween, recordAudit } from '../../core/audit.js';
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors.js';
import { defaultPageSize, decodeCursor, toPage, type Page, type PageRequest } from '../../core/pagination.js';
import { isUniqueViolation } from '../../core/postgres-errors.js';
import type { Database, StaffRole } from '../../db/database.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { endSessionsOf } from './sessions.js';
import { issueLink } from './staff-links.js';
import { toStaff, type Staff } from './staff-record.js';
import { inTransaction } from '../../core/transaction.js';

export interface NewStaff {
  /** Only an interpreter may have none: they sign in through links from the bot. */
  email?: string | undefined;
  name: string;
  role: StaffRole;
  mentorId?: string | undefined;
  password?: string | undefined;
  language?: string | undefined;
  timezone?: string | undefined;
  /** The languages an interpreter translates; for interpreters only. */
  languages?: string[] | undefined;
}

export interface StaffChanges {
  active?: boolean | undefined;
  role?: StaffRole | undefined;
  name?: string | undefined;
  language?: string | undefined;
  timezone?: string | undefined;
  password?: string | undefined;
  mentorId?: string | undefined;
  languages?: string[] | undefined;
}

/** What the staff module needs besides the database: the time, and where the console is reached from. */
export interface StaffContext {
  now: Date;
  /** The console's public base URL, for the links it issues. */
  publicUrl: string;
  actor: string;
}

function emailTaken(error: unknown): never {
  if (isUniqueViolation(error, 'staff_email_key')) throw new ConflictError('EMAIL_TAKEN', 'another staff member already has this email', { field: 'email' });
  if (isUniqueViolation(error, 'staff_mentor_id_key')) throw new ConflictError('MENTOR_HAS_STAFF', 'this mentor already has a staff account', { field: 'mentorId' });
  throw error;
}

/** A mentor works as exactly one mentor record; nobody else works as one. Returns that record's zone. */
async function assertMentorLink(db: Kysely<Database>, role: StaffRole, mentorId: string | null | undefined): Promise<string | undefined> {
  if (role === 'mentor' && !mentorId) throw new ValidationError('MENTOR_REQUIRED', 'mentorId', 'is required for a mentor');
  if (role !== 'mentor' && mentorId) throw new ValidationError('MENTOR_NOT_ALLOWED', 'mentorId', `is only for mentors, not for a ${role}`);
  if (!mentorId) return undefined;
  const mentor = await db.selectFrom('mentors').select('timezone').where('id', '=', mentorId).executeTakeFirst();
  if (!mentor) throw new ValidationError('UNKNOWN_MENTOR', 'mentorId', `no mentor with id ${mentorId}`);
  return mentor.timezone;
}

/** An interpreter translates at least one language, and only an interpreter lists languages here; anyone but an interpreter has an email. */
function assertRoleFields(role: StaffRole, fields: { languages: string[]; email: string | null }): void {
  if (role === 'interpreter' && fields.languages.length === 0) throw new ValidationError('LANGUAGES_REQUIRED', 'languages', 'is required for an interpreter: the languages they translate');
  if (role !== 'interpreter' && fields.languages.length > 0) throw new ValidationError('LANGUAGES_NOT_ALLOWED', 'languages', `is only for interpreters, not for a ${role}`);
  if (role !== 'interpreter' && fields.email === null) throw new ValidationError('EMAIL_REQUIRED', 'email', `is required for a ${role}`);
}

/**
 * Somebody must be able to run the programme: the last active coordinator
 * can be neither deactivated nor made something else. The coordinators are
 * locked, so two such changes at once cannot both pass.
 */
async function assertCoordinatorRemains(trx: Kysely<Database>, current: { id: string; role: StaffRole; active: boolean }, after: { role: StaffRole; active: boolean }): Promise<void> {
  const stopsCoordinating = current.role === 'coordinator' && current.active && (after.role !== 'coordinator' || !after.active);
  if (!stopsCoordinating) return;
  const others = await trx.selectFrom('staff').select('id').where('role', '=', 'coordinator').where('active', '=', true).where('id', '<>', current.id).forUpdate().execute();
  if (others.length === 0) throw new ConflictError('LAST_COORDINATOR', 'the programme needs at least one active coordinator: make someone else a coordinator first');
}

/**
 * Adds a staff member. Without a password the answer carries a one-time
 * link (72 hours) to choose one.
 */
export async function createStaff(db: Kysely<Database>, input: NewStaff, context: StaffContext): Promise<{ staff: Staff; setupUrl: string | null }> {
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  const email = input.email?.toLowerCase() ?? null;
  const languages = [...new Set(input.languages ?? [])];
  assertRoleFields(input.role, { languages, email });
  return inTransaction(db, async (trx) => {
    const mentorZone = await assertMentorLink(trx, input.role, input.mentorId);
    const row = await trx
      .insertInto('staff')
      .values({
        email,
        name: input.name,
        role: input.role,
        languages,
        mentor_id: input.mentorId ?? null,
        language: input.language ?? 'en',
        timezone: input.timezone ?? mentorZone ?? 'UTC',
        password_hash: passwordHash,
        created_at: context.now,
        updated_at: context.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow()
      .catch(emailTaken);
    await recordAudit(trx, { actor: context.actor, action: 'staff.created', entityType: 'staff', entityId: row.id, details: { role: row.role, mentorId: row.mentor_id }, at: context.now });
    // Without an email there is nothing to sign in with a password: such an interpreter signs in from the bot.
    const setupUrl = passwordHash === null && email !== null ? await issueLink(trx, { purpose: 'setup', staffId: row.id, now: context.now, publicUrl: context.publicUrl }) : null;
    return { staff: toStaff(row), setupUrl };
  });
}

export async function getStaff(db: Kysely<Database>, id: string): Promise<Staff> {
  const row = await db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError('STAFF_NOT_FOUND', `no staff member with id ${id}`);
  return toStaff(row);
}

export async function listStaff(db: Kysely<Database>, page: PageRequest): Promise<Page<Staff>> {
  const limit = page.limit ?? defaultPageSize;
  const after = decodeCursor(page.cursor, 'timestamp');
  let query = db.selectFrom('staff').selectAll().orderBy('created_at').orderBy('id').limit(limit + 1);
  if (after) query = query.where((eb) => eb(eb.refTuple('created_at', 'id'), '>', eb.tuple(new Date(after.after), after.id)));
  const rows = await query.execute();
  return toPage(rows, limit, toStaff, (row) => ({ after: row.created_at.toISOString(), id: row.id }));
}

/**
 * Changes a staff member. Deactivating them or changing their password ends
 * every session they have; the audit log records which fields changed, with
 * their values before and after, and that the password changed, never the password.
 */
export async function updateStaff(db: Kysely<Database>, id: string, changes: StaffChanges, context: Omit<StaffContext, 'publicUrl'>): Promise<Staff> {
  const passwordHash = changes.password === undefined ? undefined : await hashPassword(changes.password);
  return inTransaction(db, async (trx) => {
    const current = await trx.selectFrom('staff').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!current) throw new NotFoundError('STAFF_NOT_FOUND', `no staff member with id ${id}`);
    const role = changes.role ?? current.role;
    const mentorId = changes.mentorId !== undefined ? changes.mentorId : role === 'mentor' ? current.mentor_id : null;
    await assertMentorLink(trx, role, mentorId);
    const languages = changes.languages !== undefined ? [...new Set(changes.languages)] : role === 'interpreter' ? current.languages : [];
    assertRoleFields(role, { languages, email: current.email });
    await assertCoordinatorRemains(trx, current, { role, active: changes.active ?? current.active });
    const row = await trx
      .updateTable('staff')
      .set({
        active: changes.active,
        role,
        mentor_id: mentorId,
        languages,
        name: changes.name,
        language: changes.language,
        timezone: changes.timezone,
        password_hash: passwordHash,
        updated_at: context.now,
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow()
      .catch(emailTaken);
    if (changes.active === false || passwordHash !== undefined) await endSessionsOf(trx, id, context.now);
    if (current.role === 'interpreter' && current.active && (!row.active || row.role !== 'interpreter')) await cancelInterpreterDeliveries(trx, id, context);
    const changed = changesBetween(toStaff(current), toStaff(row), ['active', 'role', 'mentorId', 'languages', 'name', 'language', 'timezone']);
    if (Object.keys(changed).length > 0 || passwordHash !== undefined) {
      await recordAudit(trx, {
        actor: context.actor,
        action: 'staff.updated',
        entityType: 'staff',
        entityId: id,
        details: { fields: Object.keys(changed), ...(passwordHash !== undefined ? { passwordChanged: true } : {}) },
        changes: changed,
        at: context.now,
      });
    }
    return toStaff(row);
  });
}

/**
 * What still waits in the outbox for an interpreter who stops interpreting
 * (deactivated, or given another role) goes nowhere: they receive nothing
 * more. Their accounts stay, so reactivating them needs no new invite.
 */
async function cancelInterpreterDeliveries(trx: Kysely<Database>, staffId: string, context: Omit<StaffContext, 'publicUrl'>): Promise<void> {
  const cancelled = await trx
    .updateTable('deliveries')
    .set({ status: 'cancelled', updated_at: context.now })
    .where('status', '=', 'pending')
    .where('account_id', 'in', trx.selectFrom('channel_accounts').select('id').where('interpreter_id', '=', staffId))
    .returning('id')
    .execute();
  if (cancelled.length === 0) return;
  await recordAudit(trx, {
    actor: context.actor,
    action: 'deliveries.cancelled',
    entityType: 'staff',
    entityId: staffId,
    details: { deliveryIds: cancelled.map((delivery) => delivery.id), reason: 'interpreter_inactive' },
    at: context.now,
  });
}

/**
 * A staff member changes their own password: the current one is asked for
 * when they have one, so a session left open on a shared computer cannot
 * take the account over. Ends every session they have, as any change of
 * password does.
 */
export async function changeOwnPassword(
  db: Kysely<Database>,
  staffId: string,
  passwords: { current: string; next: string },
  context: Omit<StaffContext, 'publicUrl'>,
): Promise<Staff> {
  const row = await db.selectFrom('staff').select('password_hash').where('id', '=', staffId).executeTakeFirst();
  if (!row) throw new NotFoundError('STAFF_NOT_FOUND', `no staff member with id ${staffId}`);
  if (row.password_hash !== null && !(await verifyPassword(passwords.current, row.password_hash))) {
    throw new ValidationError('PASSWORD_WRONG', 'current', 'is not your current password');
  }
  return updateStaff(db, staffId, { password: passwords.next }, context);
}

/**
 * A new one-time link (72 hours) for a staff member to choose their
 * password, ending their earlier ones; refused for someone deactivated,
 * whom the link could not sign in.
 */
export async function newSetupLink(db: Kysely<Database>, staffId: string, context: StaffContext): Promise<string> {
  return inTransaction(db, async (trx) => {
    const row = await trx.selectFrom('staff').select(['id', 'active']).where('id', '=', staffId).forUpdate().executeTakeFirst();
    if (!row) throw new NotFoundError('STAFF_NOT_FOUND', `no staff member with id ${staffId}`);
    if (!row.active) throw new ConflictError('STAFF_INACTIVE', 'this staff member is deactivated: reactivate them first');
    const url = await issueLink(trx, { purpose: 'setup', staffId, now: context.now, publicUrl: context.publicUrl });
    await recordAudit(trx, { actor: context.actor, action: 'staff.setup-link-issued', entityType: 'staff', entityId: staffId, at: context.now });
    return url;
  });
}
