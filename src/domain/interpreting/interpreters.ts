import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { loadClientContext, type ClientContext, type InterpreterContext } from '../people/contexts.js';

/** An interpreter as the bot answers them, when the staff member is an active interpreter. */
export async function loadInterpreterContext(db: Kysely<Database>, staffId: string): Promise<(InterpreterContext & { active: boolean }) | undefined> {
  const row = await db.selectFrom('staff').select(['id', 'name', 'language', 'languages', 'active']).where('id', '=', staffId).where('role', '=', 'interpreter').executeTakeFirst();
  return row && { id: row.id, name: row.name, language: row.language, languages: row.languages, active: row.active };
}

/**
 * The client when this interpreter interprets for them right now; otherwise
 * none, exactly as for a client that does not exist, so an interpreter learns
 * nothing of anyone else's clients by trying.
 */
export async function interpretedClient(db: Kysely<Database>, staffId: string, clientId: string): Promise<ClientContext | undefined> {
  const client = await loadClientContext(db, clientId);
  return client?.interpreter?.id === staffId ? client : undefined;
}

/** The ids of the clients an interpreter interprets for now. */
export async function interpretedClientIds(db: Kysely<Database>, staffId: string): Promise<string[]> {
  const rows = await db.selectFrom('interpreter_assignments').select('client_id').where('interpreter_id', '=', staffId).where('ended_at', 'is', null).execute();
  return rows.map((row) => row.client_id);
}
