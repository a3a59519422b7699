import type { Kysely } from 'kysely';
import { ValidationError } from '../../core/errors.js';
import type { Database } from '../../db/database.js';
import { getClient } from '../people/clients.js';
import { loadMentorContext } from '../people/contexts.js';
import { textToMentor } from '../threads/relay.js';
import type { Scope } from '../turn/scope.js';
import { interpreterAccounts } from '../people/accounts.js';
import { flagRequestsOfFormerInterpreter } from './waiting-translations.js';
import { textTo } from '../../outbox/enqueue.js';
import { languageName } from '../../i18n/language-name.js';

export interface InterpreterChange {
  clientId: string;
  clientName: string;
  clientLanguage: string;
  /** The mentor who hears of the change. */
  mentorId: string | null;
  fromInterpreterId: string | null;
  toInterpreterId: string | null;
}

/** The interpreter to be, checked: an active interpreter who lists the client's language. */
export async function assertInterpreterFor(db: Kysely<Database>, interpreterId: string, clientLanguage: string): Promise<{ name: string; language: string }> {
  const interpreter = await db
    .selectFrom('staff')
    .select(['name', 'language', 'languages', 'active'])
    .where('id', '=', interpreterId)
    .where('role', '=', 'interpreter')
    .executeTakeFirst();
  if (!interpreter) throw new ValidationError('UNKNOWN_INTERPRETER', 'interpreterId', `no interpreter with id ${interpreterId}`);
  if (!interpreter.active) throw new ValidationError('INTERPRETER_INACTIVE', 'interpreterId', 'is a deactivated interpreter');
  if (!interpreter.languages.includes(clientLanguage)) {
    throw new ValidationError('INTERPRETER_LANGUAGE', 'interpreterId', `does not translate the client's language (${clientLanguage}): they list ${interpreter.languages.join(', ')}`);
  }
  return interpreter;
}

/**
 * Gives a client another interpreter, or none, in the caller's transaction:
 * the old assignment ends and the new one starts at the same instant, what
 * still waits in the outbox for the former interpreter about this client is
 * cancelled (they receive nothing more about them), and the mentor's messages
 * waiting for the former interpreter's translation are flagged to the mentor.
 * The caller records the change (as a change of the client's `interpreterId`).
 */
export async function changeInterpreter(scope: Scope, change: InterpreterChange): Promise<void> {
  const { db, now, translator } = scope;
  const next = change.toInterpreterId === null ? undefined : await assertInterpreterFor(db, change.toInterpreterId, change.clientLanguage);
  if (change.fromInterpreterId !== null) {
    await db.updateTable('interpreter_assignments').set({ ended_at: now }).where('client_id', '=', change.clientId).where('ended_at', 'is', null).execute();
    await db
      .updateTable('deliveries')
      .set({ status: 'cancelled', updated_at: now })
      .where('status', '=', 'pending')
      .where('about_client_id', '=', change.clientId)
      .where('account_id', 'in', db.selectFrom('channel_accounts').select('id').where('interpreter_id', '=', change.fromInterpreterId))
      .execute();
    await flagRequestsOfFormerInterpreter(scope, change.clientId);
  }
  if (change.toInterpreterId !== null && next) {
    await db.insertInto('interpreter_assignments').values({ client_id: change.clientId, interpreter_id: change.toInterpreterId, started_at: now }).execute();
    const accounts = await interpreterAccounts(db, change.toInterpreterId);
    const text = translator.t(next.language, 'interpreter-assigned', { client: change.clientName, language: languageName(change.clientLanguage, next.language) });
    scope.send(...accounts.map((account) => textTo(account, text, { aboutClientId: change.clientId })));
    const mentor = change.mentorId === null ? undefined : await loadMentorContext(db, change.mentorId);
    if (mentor) {
      await textToMentor(scope, mentor.id, translator.t(mentor.language, 'interpreter-assigned-mentor', { client: change.clientName, interpreter: next.name }), { aboutClientId: change.clientId });
    }
  }
}

export interface InterpreterAssignment {
  interpreterId: string;
  interpreterName: string;
  startedAt: Date;
  endedAt: Date | null;
}

/** Who interpreted for a client, from when to when, newest first. */
export async function listInterpreterAssignments(db: Kysely<Database>, clientId: string): Promise<InterpreterAssignment[]> {
  await getClient(db, clientId);
  const rows = await db
    .selectFrom('interpreter_assignments as ia')
    .innerJoin('staff', 'staff.id', 'ia.interpreter_id')
    .select(['ia.interpreter_id', 'staff.name', 'ia.started_at', 'ia.ended_at'])
    .where('ia.client_id', '=', clientId)
    .orderBy('ia.started_at', 'desc')
    .orderBy('ia.id', 'desc')
    .execute();
  return rows.map((row) => ({ interpreterId: row.interpreter_id, interpreterName: row.name, startedAt: row.started_at, endedAt: row.ended_at }));
}

/** The active interpreters who translate a language, by name: whom a client speaking it may be given. */
export async function interpretersFor(db: Kysely<Database>, language: string): Promise<{ id: string; name: string }[]> {
  return db
    .selectFrom('staff')
    .select(['id', 'name'])
    .where('role', '=', 'interpreter')
    .where('active', '=', true)
    .where((eb) => eb(eb.val(language), '=', eb.fn.any('languages')))
    .orderBy('name')
    .execute();
}
