import { sql, type Kysely } from 'kysely';
import type { AlertKind, Database } from '../../db/database.js';
import type { Translator } from '../../i18n/translator.js';
import { enqueueDeliveries } from '../../outbox/enqueue.js';

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
