import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { CloudTransportStatus, TransportChange } from './transport-state.js';

/** Sends and webhooks come many a second; the row needs to follow them only this often. */
const writeEveryMs = 1000;

export interface SharedTransportStatus {
  /** Notes a change of this process's state: the state and failed sends at once, the rest at most once a second. */
  record(status: CloudTransportStatus, what: TransportChange): void;
  /** The deployment's state as the row has it, or undefined when it cannot be read. */
  read(): Promise<CloudTransportStatus | undefined>;
  /** Writes what is still waiting. */
  flush(): Promise<void>;
}

/**
 * The Cloud API transport's state kept in PostgreSQL, so every replica's
 * /readyz and status route say the same: the replica that holds the send
 * lease meets a refused token and knows the last send, while a webhook may
 * reach any of them. Each replica writes only what it knows: the state when
 * it changes, the last send, the last webhook (never moved back).
 */
export function createSharedTransportStatus(db: Kysely<Database>, onError: (error: unknown) => void): SharedTransportStatus {
  const waiting = new Set<TransportChange>();
  let latest: CloudTransportStatus | undefined;
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();

  async function write(status: CloudTransportStatus, what: Set<TransportChange>): Promise<void> {
    const send = what.has('send') && status.lastSend ? status.lastSend : undefined;
    const webhookAt = what.has('webhook') ? status.lastWebhookAt : null;
    const stateFields = { state: status.state, reason: status.reason ?? null, since: status.since };
    await db
      .insertInto('transport_status')
      .values({
        channel: 'whatsapp',
        ...stateFields,
        last_webhook_at: webhookAt,
        ...(send ? { last_send_at: send.at, last_send_ok: send.ok, last_send_error: send.error ?? null } : {}),
      })
      .onConflict((oc) =>
        oc.column('channel').doUpdateSet({
          ...(what.has('state') ? stateFields : {}),
          ...(webhookAt ? { last_webhook_at: sql<Date>`greatest(transport_status.last_webhook_at, excluded.last_webhook_at)` } : {}),
          ...(send ? { last_send_at: send.at, last_send_ok: send.ok, last_send_error: send.error ?? null } : {}),
        }),
      )
      .execute();
  }

  function writeWaiting(): Promise<void> {
    timer = undefined;
    const status = latest;
    const what = new Set(waiting);
    waiting.clear();
    if (!status || what.size === 0) return writing;
    writing = writing.then(() => write(status, what)).catch(onError);
    return writing;
  }

  return {
    record(status, what) {
      latest = status;
      waiting.add(what);
      // A change of state, or a send that failed, is news at once; the rest can wait a second.
      if (what === 'state' || (what === 'send' && status.lastSend?.ok === false)) {
        if (timer) clearTimeout(timer);
        void writeWaiting();
        return;
      }
      timer ??= setTimeout(() => void writeWaiting(), writeEveryMs);
      timer.unref();
    },

    async read() {
      try {
        const row = await db.selectFrom('transport_status').selectAll().where('channel', '=', 'whatsapp').executeTakeFirst();
        if (!row) return undefined;
        return {
          transport: 'cloud',
          state: row.state === 'failed' ? 'failed' : 'ready',
          since: row.since,
          ...(row.reason !== null ? { reason: row.reason } : {}),
          lastWebhookAt: row.last_webhook_at,
          lastSend: row.last_send_at ? { at: row.last_send_at, ok: row.last_send_ok === true, ...(row.last_send_error ? { error: row.last_send_error } : {}) } : null,
        };
      } catch (error) {
        onError(error);
        return undefined;
      }
    },

    async flush() {
      if (timer) clearTimeout(timer);
      await writeWaiting();
    },
  };
}
