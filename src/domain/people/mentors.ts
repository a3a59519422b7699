import type { Kysely, Selectable } from 'kysely';
import type { Database, MentorRole, MentorTable } from '../../db/database.js';
import { changesBetween, recordAudit } from '../../core/audit.js';
import { NotFoundError } from '../../core/errors.js';
import { defaultPageSize, decodeCursor, toPage, type Page, type PageRequest } from '../../core/pagination.js';
import { inTransaction } from '../../core/transaction.js';

export interface Mentor {
  id: string;
  name: string;
  role: MentorRole;
  languages: string[];
  timezone: string;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewMentor {
  name: string;
  role?: MentorRole | undefined;
  languages?: string[] | undefined;
  timezone?: string | undefined;
}

export type MentorChanges = Partial<NewMentor & { active: boolean }>;

export function toMentor(row: Selectable<MentorTable>): Mentor {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    languages: row.languages,
    timezone: row.timezone,
    active: row.active,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function createMentor(db: Kysely<Database>, input: NewMentor, actor: string): Promise<Mentor> {
  return inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto('mentors')
      .values({
        name: input.name,
        role: input.role,
        languages: input.languages,
        timezone: input.timezone,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, { actor, action: 'mentor.created', entityType: 'mentor', entityId: row.id });
    return toMentor(row);
  });
}

export async function findMentor(db: Kysely<Database>, id: string): Promise<Mentor | undefined> {
  const row = await db.selectFrom('mentors').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toMentor(row);
}

export async function getMentor(db: Kysely<Database>, id: string): Promise<Mentor> {
  const mentor = await findMentor(db, id);
  if (!mentor) throw new NotFoundError('MENTOR_NOT_FOUND', `no mentor with id ${id}`);
  return mentor;
}

export async function listMentors(db: Kysely<Database>, page: PageRequest & { active?: boolean | undefined }): Promise<Page<Mentor>> {
  const limit = page.limit ?? defaultPageSize;
  const after = decodeCursor(page.cursor, 'timestamp');
  let query = db.selectFrom('mentors').selectAll().orderBy('created_at').orderBy('id').limit(limit + 1);
  if (after) {
    query = query.where((eb) =>
      eb(eb.refTuple('created_at', 'id'), '>', eb.tuple(new Date(after.after), after.id)),
    );
  }
  if (page.active !== undefined) query = query.where('active', '=', page.active);
  const rows = await query.execute();
  return toPage(rows, limit, toMentor, (row) => ({ after: row.created_at.toISOString(), id: row.id }));
}

/**
 * Changes a mentor's record. Making a mentor inactive also cancels what waits
 * in the outbox for their accounts: an inactive mentor receives nothing, and
 * a delivery enqueued before the change would otherwise still go out.
 */
export async function updateMentor(
  db: Kysely<Database>,
  id: string,
  changes: MentorChanges,
  actor: string,
  now: Date,
): Promise<Mentor> {
  return inTransaction(db, async (trx) => {
    // Locked, so two changes at once agree on whether this one is the deactivation.
    const before = await trx.selectFrom('mentors').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!before) throw new NotFoundError('MENTOR_NOT_FOUND', `no mentor with id ${id}`);
    const row = await trx
      .updateTable('mentors')
      .set({
        name: changes.name,
        role: changes.role,
        languages: changes.languages,
        timezone: changes.timezone,
        active: changes.active,
        updated_at: now,
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const changed = changesBetween(toMentor(before), toMentor(row), ['name', 'role', 'languages', 'timezone', 'active']);
    if (Object.keys(changed).length > 0) {
      await recordAudit(trx, { actor, action: 'mentor.updated', entityType: 'mentor', entityId: id, details: { fields: Object.keys(changed) }, changes: changed, at: now });
    }
    if (before.active && !row.active) await cancelPendingDeliveries(trx, id, actor, now);
    return toMentor(row);
  });
}

/** Cancels the deliveries waiting for a mentor's accounts, and records which. */
async function cancelPendingDeliveries(trx: Kysely<Database>, mentorId: string, actor: string, now: Date): Promise<void> {
  const cancelled = await trx
    .updateTable('deliveries')
    .set({ status: 'cancelled', updated_at: now })
    .where('status', '=', 'pending')
    .where('account_id', 'in', trx.selectFrom('channel_accounts').select('id').where('mentor_id', '=', mentorId))
    .returning('id')
    .execute();
  if (cancelled.length === 0) return;
  await recordAudit(trx, {
    actor,
    action: 'deliveries.cancelled',
    entityType: 'mentor',
    entityId: mentorId,
    details: { deliveryIds: cancelled.map((delivery) => delivery.id), reason: 'mentor_inactive' },
    at: now,
  });
}
