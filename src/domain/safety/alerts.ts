import type { Kysely } from 'kysely';
import type { AlertKind, Database } from '../../db/database.js';
import { loadClientContext, type ClientContext, type MentorContext } from '../people/contexts.js';
import { textToMentor } from '../threads/relay.js';
import { defineChoice, recordId } from '../turn/choices.js';
import type { Scope } from '../turn/scope.js';
import type { Turn } from '../turn/turn.js';
import { recordAlertStep } from './record-alert-step.js';

/** The mentor's "Seen, I will follow up" button under an alert. */
export const acknowledgeAlertChoice = defineChoice('alert', { alertId: recordId });

const alertMessageIds: Record<AlertKind, string> = {
  low_mood: 'alert-low-mood',
  missed_checkins: 'alert-missed-checkins',
  crisis_words: 'alert-crisis-words',
};

export interface NewAlert {
  /** The client, as the caller has loaded them: the alert goes to their current mentor. */
  client: ClientContext;
  kind: AlertKind;
  checkinId?: string;
  /** The thread message that raised it. */
  messageId?: string;
  /** The alert text's variables besides the client's name. */
  args?: Record<string, string | number>;
}

/**
 * Records an alert for the client's current mentor and puts it at the top of
 * each of their chats with an acknowledge button. A second alert of the same
 * kind for the same check-in is not raised. Returns the alert's id when one
 * was raised.
 */
export async function raiseAlert(scope: Scope, alert: NewAlert): Promise<string | undefined> {
  const { client } = alert;
  const { translator } = scope;
  const row = await scope.db
    .insertInto('alerts')
    .values({
      client_id: client.id,
      mentor_id: client.mentor?.id ?? null,
      kind: alert.kind,
      checkin_id: alert.checkinId ?? null,
      message_id: alert.messageId ?? null,
      created_at: scope.now,
    })
    .onConflict((oc) => oc.columns(['kind', 'checkin_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row || !client.mentor) return row?.id;
  const language = client.mentor.language;
  const text = translator.t(language, alertMessageIds[alert.kind], { client: client.name, ...alert.args });
  await textToMentor(scope, client.mentor.id, text, {
    aboutClientId: client.id,
    choices: [[acknowledgeAlertChoice.option({ alertId: row.id }, translator.t(language, 'alert-acknowledge'))]],
    pin: true,
    messageId: alert.messageId ?? null,
  });
  return row.id;
}

/** A mentor acknowledges an alert about one of their clients; others' alerts are untouched. */
export async function acknowledgeAlert(db: Kysely<Database>, mentorId: string, alertId: string, now: Date) {
  return db
    .updateTable('alerts')
    .set({ acknowledged_at: now, acknowledged_by: `mentor:${mentorId}` })
    .where('id', '=', alertId)
    .where('mentor_id', '=', mentorId)
    .where('acknowledged_at', 'is', null)
    .returning(['id', 'client_id', 'kind'])
    .executeTakeFirst();
}

/** The mentor pressed an alert's button in their chat: it is acknowledged, and they hear so. */
export async function acknowledgeFromChat(turn: Turn<MentorContext>, alertId: string): Promise<void> {
  const acknowledged = await acknowledgeAlert(turn.db, turn.person.id, alertId, turn.now);
  if (acknowledged) await recordAlertStep(turn.db, 'alert.acknowledged', acknowledged, { actor: `mentor:${turn.person.id}`, now: turn.now });
  const client = acknowledged && (await loadClientContext(turn.db, acknowledged.client_id));
  if (client) turn.say('alert-acknowledged', { client: client.name });
}
