import { sql, type Expression, type SqlBool } from 'kysely';
import { defineChoice, recordId } from '../turn/choices.js';
import type { Scope } from '../turn/scope.js';
import { textToMentor } from '../threads/relay.js';

/** The mentor's button under a flagged message: send it to the client as they wrote it. */
export const sendOriginalChoice = defineChoice('original', { messageId: recordId });

/** Whether a request's interpreter still interprets for its client: assigned now, active, and still an interpreter. */
const stillInterpreting = (clientId: string, interpreterId: string) => sql<SqlBool>`exists (
  select 1 from interpreter_assignments ia join staff s on s.id = ia.interpreter_id and s.active and s.role = 'interpreter'
  where ia.client_id = ${sql.ref(clientId)} and ia.interpreter_id = ${sql.ref(interpreterId)} and ia.ended_at is null)`;

interface Flagged {
  message_id: string;
  client_id: string;
  client_name: string;
  interpreter_name: string;
  mentor_id: string | null;
  mentor_language: string | null;
  text: string | null;
  former: boolean;
}

/**
 * Marks waiting requests as flagged and tells each one's mentor, with a button
 * to send their words as written. A request is flagged once; it stays open, so
 * a translation that comes later still goes.
 */
async function flag(scope: Scope, which: Expression<SqlBool>): Promise<number> {
  const { rows } = await sql<Flagged>`
    with flagged as (
      update interpretation_requests r set flagged_at = ${scope.now}
      where r.settled_at is null and r.flagged_at is null and ${which}
      returning r.message_id, r.client_id, r.interpreter_id
    )
    select f.message_id, f.client_id, c.name as client_name, st.name as interpreter_name,
           mt.id as mentor_id, mt.languages[1] as mentor_language, m.text,
           not ${stillInterpreting('f.client_id', 'f.interpreter_id')} as former
    from flagged f
    join messages m on m.id = f.message_id
    join clients c on c.id = f.client_id
    join staff st on st.id = f.interpreter_id
    left join mentors mt on mt.id = m.author_mentor_id and mt.active
    order by m.seq`.execute(scope.db);
  for (const row of rows) {
    if (row.mentor_id === null) continue;
    const language = row.mentor_language ?? 'en';
    const t = (id: string, args?: Record<string, string>) => scope.translator.t(language, id, args);
    const text = t(row.former ? 'translation-interpreter-left' : 'translation-waiting', { interpreter: row.interpreter_name, client: row.client_name, text: row.text ?? '' });
    await textToMentor(scope, row.mentor_id, text, {
      aboutClientId: row.client_id,
      choices: [[sendOriginalChoice.option({ messageId: row.message_id }, t('send-original-button'))]],
    });
  }
  return rows.length;
}

/** The scheduler's step: requests waiting longer than `waitMs`, or whose interpreter no longer interprets for the client (unassigned, deactivated). */
export function flagWaitingTranslations(scope: Scope, waitMs: number): Promise<number> {
  const before = new Date(scope.now.getTime() - waitMs);
  return flag(
    scope,
    sql<SqlBool>`(r.requested_at <= ${before} or not ${stillInterpreting('r.client_id', 'r.interpreter_id')})`,
  );
}

/** At once, when a client's interpreter changes: what waited for the former one. */
export function flagRequestsOfFormerInterpreter(scope: Scope, clientId: string): Promise<number> {
  return flag(scope, sql<SqlBool>`r.client_id = ${clientId}`);
}
