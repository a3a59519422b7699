import type { Kysely, Selectable } from 'kysely';
import { recordAudit } from '../../core/audit.js';
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors.js';
import { weekdayName, weekdayNumber, type Weekday } from '../../core/fields.js';
import { defaultPageSize, decodeCursor, toPage, type Page, type PageRequest } from '../../core/pagination.js';
import { isUniqueViolation } from '../../core/postgres-errors.js';
import type { ClientStatus, ClientTable, Database } from '../../db/database.js';
import { inTransaction } from '../../core/transaction.js';

export type ConsentMethod = 'in_person' | 'bot';

export interface Client {
  id: string;
  name: string;
  mentorId: string | null;
  /** The staff member who interprets for them now, if anyone does. */
  interpreterId: string | null;
  language: string;
  timezone: string;
  /** Local 'HH:MM'. */
  checkinTime: string;
  checkinDays: Weekday[];
  checkinsPausedUntil: string | null;
  /** The weekday of the client's weekly summary of tasks done and days active. */
  weeklySummaryDay: Weekday;
  status: ClientStatus;
  phone: string | null;
  country: string | null;
  programme: string | null;
  consentGiven: boolean;
  consentAt: Date | null;
  consentMethod: ConsentMethod | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewClient {
  name: string;
  mentorId: string | null;
  language: string;
  timezone: string;
  checkinTime: string;
  checkinDays?: Weekday[] | undefined;
  checkinsPausedUntil?: string | null | undefined;
  weeklySummaryDay?: Weekday | undefined;
  phone?: string | null | undefined;
  consentGiven?: boolean | undefined;
  country?: string | null | undefined;
  programme?: string | null | undefined;
}

export type ClientChanges = Partial<NewClient & { status: ClientStatus; interpreterId: string | null }>;

export type ClientRow = Selectable<ClientTable> & { mentor_id: string | null; interpreter_id: string | null };

export function toClient(row: ClientRow): Client {
  return {
    id: row.id,
    name: row.name,
    mentorId: row.mentor_id,
    interpreterId: row.interpreter_id,
    language: row.language,
    timezone: row.timezone,
    checkinTime: row.checkin_time.slice(0, 5),
    checkinDays: [...row.checkin_days].sort((a, b) => a - b).map(weekdayName),
    checkinsPausedUntil: row.checkins_paused_until,
    weeklySummaryDay: weekdayName(row.weekly_summary_day),
    status: row.status,
    phone: row.phone,
    country: row.country,
    programme: row.programme,
    consentGiven: row.consent_given,
    consentAt: row.consent_at,
    consentMethod: row.consent_method,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function selectClients(db: Kysely<Database>) {
  return db
    .selectFrom('clients')
    .leftJoin('assignments', (join) =>
      join.onRef('assignments.client_id', '=', 'clients.id').on('assignments.ended_at', 'is', null),
    )
    .leftJoin('interpreter_assignments', (join) =>
      join.onRef('interpreter_assignments.client_id', '=', 'clients.id').on('interpreter_assignments.ended_at', 'is', null),
    )
    .selectAll('clients')
    .select(['assignments.mentor_id', 'interpreter_assignments.interpreter_id']);
}

export async function assertMentorExists(db: Kysely<Database>, mentorId: string): Promise<void> {
  const found = await db.selectFrom('mentors').select('id').where('id', '=', mentorId).executeTakeFirst();
  if (!found) throw new ValidationError('UNKNOWN_MENTOR', 'mentorId', `no mentor with id ${mentorId}`);
}

function phoneTaken(error: unknown): never {
  if (isUniqueViolation(error, 'clients_phone_key')) {
    throw new ConflictError('PHONE_TAKEN', 'another client already has this phone number', { field: 'phone' });
  }
  throw error;
}

export async function createClient(db: Kysely<Database>, input: NewClient, actor: string, now: Date): Promise<Client> {
  return inTransaction(db, async (trx) => {
    if (input.mentorId !== null) await assertMentorExists(trx, input.mentorId);
    const consentGiven = input.consentGiven ?? false;
    const row = await trx
      .insertInto('clients')
      .values({
        name: input.name,
        language: input.language,
        timezone: input.timezone,
        checkin_time: input.checkinTime,
        checkin_days: input.checkinDays?.map(weekdayNumber),
        checkins_paused_until: input.checkinsPausedUntil ?? null,
        weekly_summary_day: input.weeklySummaryDay === undefined ? undefined : weekdayNumber(input.weeklySummaryDay),
        phone: input.phone ?? null,
        country: input.country ?? null,
        programme: input.programme ?? null,
        consent_given: consentGiven,
        consent_at: consentGiven ? now : null,
        consent_method: consentGiven ? 'in_person' : null,
        // The service's clock, not the database's: reports count clients by the day they joined.
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow()
      .catch(phoneTaken);
    await trx.insertInto('threads').values({ client_id: row.id }).execute();
    if (input.mentorId !== null) {
      await trx.insertInto('assignments').values({ client_id: row.id, mentor_id: input.mentorId, started_at: now }).execute();
    }
    await recordAudit(trx, {
      actor,
      action: 'client.created',
      entityType: 'client',
      entityId: row.id,
      clientId: row.id,
      // Consent recorded at enrolment is given in person; the trail tells it with the enrolment.
      ...(consentGiven ? { details: { consentGiven: true } } : {}),
      at: now,
    });
    return toClient({ ...row, mentor_id: input.mentorId, interpreter_id: null });
  });
}

export async function findClient(db: Kysely<Database>, id: string): Promise<Client | undefined> {
  const row = await selectClients(db).where('clients.id', '=', id).executeTakeFirst();
  return row && toClient(row);
}

export async function getClient(db: Kysely<Database>, id: string): Promise<Client> {
  const client = await findClient(db, id);
  if (!client) throw new NotFoundError('CLIENT_NOT_FOUND', `no client with id ${id}`);
  return client;
}

export interface ClientFilter extends PageRequest {
  mentorId?: string | undefined;
  status?: ClientStatus | undefined;
}

export async function listClients(db: Kysely<Database>, filter: ClientFilter): Promise<Page<Client>> {
  const limit = filter.limit ?? defaultPageSize;
  const after = decodeCursor(filter.cursor, 'timestamp');
  let query = selectClients(db).orderBy('clients.created_at').orderBy('clients.id').limit(limit + 1);
  if (after) {
    query = query.where((eb) =>
      eb(eb.refTuple('clients.created_at', 'clients.id'), '>', eb.tuple(new Date(after.after), after.id)),
    );
  }
  if (filter.mentorId !== undefined) query = query.where('assignments.mentor_id', '=', filter.mentorId);
  if (filter.status !== undefined) query = query.where('clients.status', '=', filter.status);
  const rows = await query.execute();
  return toPage(rows, limit, toClient, (row) => ({ after: row.created_at.toISOString(), id: row.id }));
}

/**
 * Changes a client's own fields (not who mentors them: see assignments/) in
 * the caller's transaction; returns the row as it was and as it is now.
 */
export async function updateClientRecord(
  trx: Kysely<Database>,
  id: string,
  changes: Omit<ClientChanges, 'mentorId' | 'interpreterId'>,
  now: Date,
): Promise<{ before: ClientRow; after: Selectable<ClientTable> }> {
  const before = await selectClients(trx).where('clients.id', '=', id).forUpdate('clients').executeTakeFirst();
  if (!before) throw new NotFoundError('CLIENT_NOT_FOUND', `no client with id ${id}`);
  const consentChanged = changes.consentGiven !== undefined && changes.consentGiven !== before.consent_given;
  const after = await trx
    .updateTable('clients')
    .set({
      name: changes.name,
      language: changes.language,
      timezone: changes.timezone,
      checkin_time: changes.checkinTime,
      checkin_days: changes.checkinDays?.map(weekdayNumber),
      checkins_paused_until: changes.checkinsPausedUntil,
      weekly_summary_day: changes.weeklySummaryDay === undefined ? undefined : weekdayNumber(changes.weeklySummaryDay),
      status: changes.status,
      ...(changes.status !== undefined && changes.status !== before.status
        ? { ended_at: changes.status === 'ended' ? now : null }
        : {}),
      phone: changes.phone,
      country: changes.country,
      programme: changes.programme,
      ...(consentChanged ? { consent_given: changes.consentGiven, consent_at: now, consent_method: 'in_person' as const } : {}),
      updated_at: now,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
    .catch(phoneTaken);
  return { before, after };
}
