import type { Kysely } from 'kysely';
import type { ClientStatus, Database } from '../../db/database.js';
import type { Turn } from '../turn/turn.js';

/** A client with what conversations need to know: their language, zone, status and current mentor. */
export interface ClientContext {
  id: string;
  name: string;
  language: string;
  timezone: string;
  status: ClientStatus;
  consentGiven: boolean;
  consentMethod: 'in_person' | 'bot' | null;
  /** The mentor who reads and answers them now: null without one, and while theirs is inactive. */
  mentor: MentorContext | null;
  /** Their assigned mentor while that mentor is inactive: messages wait, as for a client without a mentor. */
  inactiveMentor: { id: string; name: string } | null;
  /** Who interprets for them now: null without one, and while theirs is deactivated. */
  interpreter: InterpreterContext | null;
}

/** An interpreter (a staff member) as conversations need them. */
export interface InterpreterContext {
  /** Their staff id. */
  id: string;
  name: string;
  /** The language they read the bot in: their console language. */
  language: string;
  languages: string[];
}

export interface MentorContext {
  id: string;
  name: string;
  /** The language the mentor reads the bot in: the first of their languages. */
  language: string;
  timezone: string;
  active: boolean;
}

export async function loadClientContext(db: Kysely<Database>, clientId: string): Promise<ClientContext | undefined> {
  return (await loadClientContexts(db, [clientId])).get(clientId);
}

/** The contexts of several clients in one query, by client id; unknown ids are left out. */
export async function loadClientContexts(db: Kysely<Database>, clientIds: string[]): Promise<Map<string, ClientContext>> {
  if (clientIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('clients')
    .leftJoin('assignments', (join) =>
      join.onRef('assignments.client_id', '=', 'clients.id').on('assignments.ended_at', 'is', null),
    )
    .leftJoin('mentors', 'mentors.id', 'assignments.mentor_id')
    .leftJoin('interpreter_assignments as ia', (join) => join.onRef('ia.client_id', '=', 'clients.id').on('ia.ended_at', 'is', null))
    .leftJoin('staff as interpreter', (join) =>
      join.onRef('interpreter.id', '=', 'ia.interpreter_id').on('interpreter.active', '=', true).on('interpreter.role', '=', 'interpreter'),
    )
    .select([
      'clients.id',
      'clients.name',
      'clients.language',
      'clients.timezone',
      'clients.status',
      'clients.consent_given',
      'clients.consent_method',
      'mentors.id as mentor_id',
      'mentors.name as mentor_name',
      'mentors.languages as mentor_languages',
      'mentors.timezone as mentor_timezone',
      'mentors.active as mentor_active',
      'interpreter.id as interpreter_id',
      'interpreter.name as interpreter_name',
      'interpreter.language as interpreter_language',
      'interpreter.languages as interpreter_languages',
    ])
    .where('clients.id', 'in', clientIds)
    .execute();
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        name: row.name,
        language: row.language,
        timezone: row.timezone,
        status: row.status,
        consentGiven: row.consent_given,
        consentMethod: row.consent_method,
        mentor:
          row.mentor_id !== null && row.mentor_name !== null && row.mentor_active === true
            ? { id: row.mentor_id, name: row.mentor_name, language: row.mentor_languages?.[0] ?? 'en', timezone: row.mentor_timezone ?? 'UTC', active: true }
            : null,
        inactiveMentor: row.mentor_id !== null && row.mentor_name !== null && row.mentor_active === false ? { id: row.mentor_id, name: row.mentor_name } : null,
        interpreter:
          row.interpreter_id !== null && row.interpreter_name !== null
            ? { id: row.interpreter_id, name: row.interpreter_name, language: row.interpreter_language ?? 'en', languages: row.interpreter_languages ?? [] }
            : null,
      },
    ]),
  );
}

export async function loadMentorContext(db: Kysely<Database>, mentorId: string): Promise<MentorContext | undefined> {
  const row = await db.selectFrom('mentors').select(['id', 'name', 'languages', 'timezone', 'active']).where('id', '=', mentorId).executeTakeFirst();
  return row && { id: row.id, name: row.name, language: row.languages[0] ?? 'en', timezone: row.timezone, active: row.active };
}

/** The client's context when they are assigned to the mentor right now: one query where isAssigned and loading would be two. */
export async function assignedClient(db: Kysely<Database>, mentorId: string, clientId: string): Promise<ClientContext | undefined> {
  const client = await loadClientContext(db, clientId);
  return client?.mentor?.id === mentorId ? client : undefined;
}

/** The client when they are the turn's mentor's; otherwise the mentor is told so and there is none. */
export async function assignedClientOrRefuse(turn: Turn<MentorContext>, clientId: string): Promise<ClientContext | undefined> {
  const client = await assignedClient(turn.db, turn.person.id, clientId);
  if (!client) turn.say('not-your-client');
  return client;
}

/** Whether the client is assigned to the mentor right now. */
export async function isAssigned(db: Kysely<Database>, mentorId: string, clientId: string): Promise<boolean> {
  const row = await db
    .selectFrom('assignments')
    .select('id')
    .where('mentor_id', '=', mentorId)
    .where('client_id', '=', clientId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}
