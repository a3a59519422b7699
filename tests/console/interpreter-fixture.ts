import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/database.js';
import { updateClient } from '../../src/domain/assignments/update-client.js';
import { createStaff } from '../../src/domain/staff/staff.js';
import type { ScopeDeps } from '../../src/domain/turn/scope.js';
import { now, password } from './clients-fixture.js';

/**
 * An interpreter who signs in with `password` and is bound on Telegram (their
 * chat is `i-<staff id>`), translating the languages given.
 */
export async function interpreter(db: Kysely<Database>, name: string, email: string, languages: string[]) {
  const { staff } = await createStaff(db, { email, name, role: 'interpreter', languages, password, timezone: 'Europe/Riga' }, { now, publicUrl: 'http://console.test', actor: 'admin' });
  const chat = `i-${staff.id}`;
  await db.insertInto('channel_accounts').values({ channel: 'telegram', external_id: chat, chat_id: chat, interpreter_id: staff.id }).execute();
  return { id: staff.id, staff, email, chat };
}

/** Gives a client an interpreter (or none) as a coordinator does, through `updateClient`. */
export async function giveInterpreter(db: Kysely<Database>, deps: ScopeDeps, clientId: string, interpreterId: string | null): Promise<void> {
  await updateClient(db, deps, clientId, { interpreterId }, 'admin');
}
