import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { loadClientContext } from '../people/contexts.js';
import { openScope, type ScopeDeps } from '../turn/scope.js';
import { textToMentor } from './relay.js';

/**
 * Tells a client's mentor, in the client's thread, that their message waits
 * for the client to write again (WhatsApp's window is closed), and whether the
 * client was told by template that it waits.
 */
export async function tellMentorMessageWaits(db: Kysely<Database>, deps: ScopeDeps, clientId: string, clientTold: boolean): Promise<void> {
  const scope = openScope(db, deps);
  const client = await loadClientContext(db, clientId);
  if (!client?.mentor) return;
  const text = scope.translator.t(client.mentor.language, clientTold ? 'whatsapp-window-closed' : 'whatsapp-window-held', { name: client.name });
  await textToMentor(scope, client.mentor.id, text, { aboutClientId: client.id });
  await scope.flush();
}
