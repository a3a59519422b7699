import type { Kysely } from 'kysely';
import { inTransaction } from '../../core/transaction.js';
import type { Database } from '../../db/database.js';
import { recordNote } from './record-note.js';

/** A private case note as staff read it; the client never sees one. */
export interface CaseNote {
  id: string;
  text: string;
  authorName: string | null;
  createdAt: Date;
}

/**
 * Keeps a private case note written in the console. A mentor's note is
 * theirs as if sent with /note in the bot; a coordinator's is the staff
 * member's. Either way the staff account that wrote it is kept.
 */
export async function writeConsoleNote(
  db: Kysely<Database>,
  note: { clientId: string; text: string; staffId: string; mentorId: string | null },
  now: Date,
): Promise<string> {
  return inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto('case_notes')
      .values({ client_id: note.clientId, text: note.text, mentor_id: note.mentorId, author_staff_id: note.staffId, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordNote(trx, { noteId: row.id, clientId: note.clientId, actor: `staff:${note.staffId}`, at: now });
    return row.id;
  });
}

/** A client's notes, newest first, from the bot and the console alike. */
export async function listCaseNotes(db: Kysely<Database>, clientId: string, limit = 100): Promise<CaseNote[]> {
  const rows = await db
    .selectFrom('case_notes')
    .leftJoin('mentors', 'mentors.id', 'case_notes.mentor_id')
    .leftJoin('staff', 'staff.id', 'case_notes.author_staff_id')
    .select(['case_notes.id', 'case_notes.text', 'case_notes.created_at', 'mentors.name as mentor_name', 'staff.name as staff_name'])
    .where('case_notes.client_id', '=', clientId)
    .orderBy('case_notes.created_at', 'desc')
    .orderBy('case_notes.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ id: row.id, text: row.text, authorName: row.mentor_name ?? row.staff_name, createdAt: row.created_at }));
}
