import { sql, type Kysely } from 'kysely';
import type { AlertKind, Database } from '../db/database.js';
import type { Translator } from '../i18n/translator.js';
import { enqueueDeliveries } from './outbound.js';
import type { ClientContext } from './people.js';
import { textToMentor } from './relay.js';

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
export async function raiseAlert(db: Kysely<Database>, translator: Translator, alert: NewAlert): Promise<string | undefined> {
  const { client } = alert;
  const row = await db
    .insertInto('alerts')
    .values({
      client_id: client.id,
      mentor_id: client.mentor?.id ?? null,
      kind: alert.kind,
      checkin_id: alert.checkinId ?? null,
      message_id: alert.messageId ?? null,
    })
    .onConflict((oc) => oc.columns(['kind', 'checkin_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row || !client.mentor) return row?.id;
  const language = client.mentor.language;
  const text = translator.t(language, alertMessageIds[alert.kind], { client: client.name, ...alert.args });
  await textToMentor(db, client.mentor.id, text, {
    aboutClientId: client.id,
    choices: [[{ data: `alert:${row.id}`, label: translator.t(language, 'alert-acknowledge') }]],
    pin: true,
    messageId: alert.messageId ?? null,
  });
  return row.id;
}

/** A mentor acknowledges an alert about one of their clients; others' alerts are untouched. */
export async function acknowledgeAlert(db: Kysely<Database>, mentorId: string, alertId: string, now: Date) {
  return db
    .updateTable('alerts')
    .set({ acknowledged_at: now })
    .where('id', '=', alertId)
    .where('mentor_id', '=', mentorId)
    .where('acknowledged_at', 'is', null)
    .returning('client_id')
    .executeTakeFirst();
}

export interface EscalationOptions {
  translator: Translator;
  now: Date;
  afterMs: number;
  /** The coordinators' Telegram chat and the language they read. */
  coordinators: { chatId: string; language: string };
}

/**
 * Passes every alert left unacknowledged for `afterMs` to the coordinators'
 * chat, once: the update marks it escalated in the same statement that
 * selects it, so several schedulers escalate each alert once.
 */
export async function escalateAlerts(db: Kysely<Database>, options: EscalationOptions): Promise<number> {
  const { translator, coordinators } = options;
  const now = options.now.toISOString();
  return db.transaction().execute(async (trx) => {
    const escalated = await sql<{ client: string; mentor: string | null; kind: AlertKind; created_at: Date }>`
      with due as (
        update alerts set escalated_at = ${now}::timestamptz
        where acknowledged_at is null and escalated_at is null
          and created_at <= ${now}::timestamptz - ${options.afterMs} * interval '1 millisecond'
        returning client_id, mentor_id, kind, created_at
      )
      select c.name as client, m.name as mentor, due.kind, due.created_at
      from due join clients c on c.id = due.client_id left join mentors m on m.id = due.mentor_id
      order by due.created_at`.execute(trx);
    const t = (id: string, args?: Record<string, string | number>) => translator.t(coordinators.language, id, args);
    await enqueueDeliveries(
      trx,
      escalated.rows.map((alert) => ({
        channel: 'telegram' as const,
        chatId: coordinators.chatId,
        accountId: null,
        payload: {
          kind: 'text' as const,
          text: t('alert-escalated', {
            client: alert.client,
            mentor: alert.mentor ?? t('no-mentor'),
            reason: t(`alert-reason-${alert.kind}`),
            minutes: Math.round((options.now.getTime() - alert.created_at.getTime()) / 60_000),
          }),
        },
      })),
    );
    return escalated.rows.length;
  });
}
