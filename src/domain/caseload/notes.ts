import { setPendingAction } from '../people/accounts.js';
import { assignedClientOrRefuse, loadClientContext, type MentorContext } from '../people/contexts.js';
import type { Turn } from '../turn/turn.js';
import { recordNote } from './record-note.js';

/** The mentor's /note: with text, saved at once; without, the next message is the note. */
export async function startNote(turn: Turn<MentorContext>, clientId: string, text: string): Promise<void> {
  if (text) return saveNote(turn, clientId, text);
  const client = await loadClientContext(turn.db, clientId);
  await setPendingAction(turn.db, turn.account.id, { type: 'note', clientId });
  turn.say('note-prompt', { name: client?.name ?? '' });
}

/** Keeps a private case note about one of the mentor's clients; the client never sees it. */
export async function saveNote(turn: Turn<MentorContext>, clientId: string, text: string): Promise<void> {
  await setPendingAction(turn.db, turn.account.id, null);
  const client = await assignedClientOrRefuse(turn, clientId);
  if (!client) return;
  const note = await turn.db.insertInto('case_notes').values({ client_id: clientId, mentor_id: turn.person.id, text, created_at: turn.now }).returning('id').executeTakeFirstOrThrow();
  await recordNote(turn.db, { noteId: note.id, clientId, actor: `mentor:${turn.person.id}`, at: turn.now });
  turn.say('note-saved', { name: client.name }, { aboutClientId: clientId });
}
