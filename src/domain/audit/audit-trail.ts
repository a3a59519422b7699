import { sql, type Kysely } from 'kysely';
import { defaultPageSize, decodeCursor, toPage, type Page, type PageRequest } from '../../core/pagination.js';
import type { Database } from '../../db/database.js';
import { isKindFilter, parseActor, type Actor } from './audit-actor.js';
import { namesFor, type PeopleNames } from './audit-names.js';

/** What the trail is narrowed to; every part is optional. */
export interface AuditFilter extends PageRequest {
  /** Entries about any of these clients. */
  clientIds?: readonly string[] | undefined;
  /** One actor (`staff:<id>`, `admin`, ...) or a kind of actor (`staff`, `mentor`, `client`). */
  actor?: string | undefined;
  /** One action (`read.thread`), or a family of them (`read.*`). */
  action?: string | undefined;
  /** Calendar dates in the agency's zone, both included. */
  from?: string | undefined;
  to?: string | undefined;
}

/** A changed field with its values; a field that names a mentor has their names too. */
export interface AuditChange {
  field: string;
  from: unknown;
  to: unknown;
  fromName?: string | null;
  toName?: string | null;
}

/** One entry as people read it: who, when, what, about whom, and what changed. */
export interface AuditTrailEntry {
  id: string;
  at: Date;
  actor: Actor & { name: string | null };
  action: string;
  /** What the entry is about; `name` when it is a person who still exists, `clientName` likewise. */
  subject: { type: string; id: string | null; name: string | null; clientId: string | null; clientName: string | null };
  details: Record<string, unknown>;
  changes: AuditChange[];
}

/** Fields whose values are mentor ids, shown with the mentor's name; staff ids (an interpreter), with the staff member's. */
const mentorFields = new Set(['mentorId']);
const staffFields = new Set(['interpreterId']);

/** An entry's changes in the order its `fields` names them, which is the order of the record's own fields. */
function inRecordedOrder<T extends { field: string }>(changes: T[], details: Record<string, unknown>): T[] {
  const order = Array.isArray(details.fields) ? details.fields : [];
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  return [...changes].sort((a, b) => rank(a.field) - rank(b.field));
}

function narrowed(db: Kysely<Database>, filter: AuditFilter, timeZone: string) {
  let query = db.selectFrom('audit_log').select(['id', 'created_at', 'actor', 'action', 'entity_type', 'entity_id', 'client_id', 'details']);
  if (filter.clientIds !== undefined) {
    // An empty choice (a name no client has) narrows to nothing, not to everything.
    query = filter.clientIds.length === 0 ? query.where(sql<boolean>`false`) : query.where('client_id', 'in', filter.clientIds);
  }
  if (filter.actor !== undefined) {
    query = isKindFilter(filter.actor) ? query.where('actor', 'like', `${filter.actor}:%`) : query.where('actor', '=', filter.actor);
  }
  if (filter.action !== undefined) {
    query = filter.action.endsWith('.*') ? query.where('action', 'like', `${filter.action.slice(0, -2)}.%`) : query.where('action', '=', filter.action);
  }
  // Midnight of each date in the agency's zone, as PostgreSQL's zone rules have it.
  if (filter.from !== undefined) query = query.where('created_at', '>=', sql<Date>`(${filter.from}::date)::timestamp at time zone ${timeZone}`);
  if (filter.to !== undefined) query = query.where('created_at', '<', sql<Date>`(${filter.to}::date + 1)::timestamp at time zone ${timeZone}`);
  return query;
}

/** The table each kind of person is named from. */
const personTables = { staff: 'staff', mentor: 'mentors', client: 'clients' } as const;
type PersonTable = (typeof personTables)[keyof typeof personTables];
const tableOf = (kind: string): PersonTable | undefined => (Object.hasOwn(personTables, kind) ? personTables[kind as keyof typeof personTables] : undefined);

type AuditRow = { id: string; created_at: Date; actor: string; action: string; entity_type: string; entity_id: string | null; client_id: string | null; details: Record<string, unknown> };
type ChangeRow = { audit_id: string; field: string; old_value: unknown; new_value: unknown };

/** The ids of the people a page of entries names, by the table their names are in. */
function peopleNamed(rows: AuditRow[], changes: ChangeRow[]): Record<PersonTable, unknown[]> {
  const wanted: Record<PersonTable, unknown[]> = { staff: [], mentors: [], clients: [] };
  for (const row of rows) {
    const actor = parseActor(row.actor);
    const actorTable = tableOf(actor.kind);
    if (actorTable) wanted[actorTable].push(actor.id);
    const subjectTable = tableOf(row.entity_type);
    if (subjectTable) wanted[subjectTable].push(row.entity_id);
    wanted.clients.push(row.client_id);
  }
  for (const change of changes) {
    if (mentorFields.has(change.field)) wanted.mentors.push(change.old_value, change.new_value);
    if (staffFields.has(change.field)) wanted.staff.push(change.old_value, change.new_value);
  }
  return wanted;
}

function toEntry(row: AuditRow, changes: ChangeRow[], names: PeopleNames): AuditTrailEntry {
  const nameIn = (table: PersonTable | undefined, id: unknown) => (table && typeof id === 'string' ? (names[table].get(id) ?? null) : null);
  const actor = parseActor(row.actor);
  return {
    id: row.id,
    at: row.created_at,
    actor: { ...actor, name: nameIn(tableOf(actor.kind), actor.id) },
    action: row.action,
    subject: {
      type: row.entity_type,
      id: row.entity_id,
      name: nameIn(tableOf(row.entity_type), row.entity_id),
      clientId: row.client_id,
      clientName: nameIn('clients', row.client_id),
    },
    details: row.details,
    changes: inRecordedOrder(changes, row.details).map((change) => ({
      field: change.field,
      from: change.old_value,
      to: change.new_value,
      ...(mentorFields.has(change.field) ? { fromName: nameIn('mentors', change.old_value), toName: nameIn('mentors', change.new_value) } : {}),
      ...(staffFields.has(change.field) ? { fromName: nameIn('staff', change.old_value), toName: nameIn('staff', change.new_value) } : {}),
    })),
  };
}

/**
 * The audit trail, newest first, narrowed by the filter, with the names of the people in it
 * where they still exist. The filter's values are the caller's to check; the cursor is checked
 * here, as every list's is.
 */
export async function listAuditTrail(db: Kysely<Database>, filter: AuditFilter, options: { timeZone: string }): Promise<Page<AuditTrailEntry>> {
  const limit = filter.limit ?? defaultPageSize;
  const after = decodeCursor(filter.cursor, 'timestamp');
  let query = narrowed(db, filter, options.timeZone).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit + 1);
  if (after) query = query.where((eb) => eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(new Date(after.after), after.id)));
  const rows = await query.execute();
  const shown = rows.slice(0, limit);
  const changes =
    shown.length === 0
      ? []
      : await db.selectFrom('audit_changes').select(['audit_id', 'field', 'old_value', 'new_value']).where('audit_id', 'in', shown.map((row) => row.id)).orderBy('field').execute();
  const names = await namesFor(db, peopleNamed(shown, changes));
  return toPage(
    rows,
    limit,
    (row) => toEntry(row, changes.filter((change) => change.audit_id === row.id), names),
    (row) => ({ after: row.created_at.toISOString(), id: row.id }),
  );
}
