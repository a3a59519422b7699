import type { Kysely } from 'kysely';
import type { Clock } from '../../core/clock.js';
import type { Database } from '../../db/database.js';
import type { Translator } from '../../i18n/translator.js';
import { enqueueDeliveries, type DeliveryRequest } from '../../outbox/enqueue.js';

/**
 * One unit of domain work: its transaction, the instant it happens at, and
 * the deliveries it makes. The deliveries are written to the outbox when the
 * work ends, in the order they were made and in the same transaction, so they
 * land or vanish with everything else the work did.
 */
export interface Scope {
  /** The transaction: every read and write of this unit goes through it. */
  readonly db: Kysely<Database>;
  readonly now: Date;
  readonly translator: Translator;
  /** Puts deliveries in the outbox with this unit's other effects. */
  send(...requests: DeliveryRequest[]): void;
}

export interface ScopeDeps {
  translator: Translator;
  clock: Clock;
}

/** A scope over an open transaction; `flush` writes what it sent. */
export function openScope(trx: Kysely<Database>, deps: ScopeDeps): Scope & { flush(): Promise<void> } {
  let pending: DeliveryRequest[] = [];
  return {
    db: trx,
    now: deps.clock(),
    translator: deps.translator,
    send: (...requests) => {
      pending.push(...requests);
    },
    async flush() {
      const requests = pending;
      pending = [];
      await enqueueDeliveries(trx, requests);
    },
  };
}

/** Runs `work` in a transaction of its own and writes its deliveries before committing. */
export async function inScope<T>(db: Kysely<Database>, deps: ScopeDeps, work: (scope: Scope) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const scope = openScope(trx, deps);
    const result = await work(scope);
    await scope.flush();
    return result;
  });
}
