import type { Kysely } from 'kysely';
import { recordAudit } from '../../core/audit.js';
import type { Database } from '../../db/database.js';

/** Records who wrote a note about whom, in the bot or the console; never its words. */
export async function recordNote(db: Kysely<Database>, note: { noteId: string; clientId: string; actor: string; at: Date }): Promise<void> {
  await recordAudit(db, { actor: note.actor, action: 'note.written', entityType: 'note', entityId: note.noteId, clientId: note.clientId, at: note.at });
}
