import type { Kysely } from 'kysely';
import type { KeyedDigest } from '../../core/keyed-digest.js';
import type { Database } from '../../db/database.js';
import type { InboundSender } from '../turn/inbound-event.js';
import { noticeDue } from '../turn/notice-windows.js';

/** A stranger hears why nothing they send goes anywhere once in this long, whatever and however often they send. */
export const strangerAnswerWindowMs = 3600_000;

/**
 * Whether a stranger is owed the polite explanation now. They are kept by a
 * keyed digest of their platform id, never by the id itself (a WhatsApp id is
 * a phone number).
 */
export function strangerOwedAnswer(db: Kysely<Database>, sender: InboundSender, options: { now: Date; digest: KeyedDigest }): Promise<boolean> {
  return noticeDue(db, {
    kind: `stranger:${sender.channel}`,
    subject: options.digest(sender.externalId),
    now: options.now,
    windowMs: strangerAnswerWindowMs,
  });
}
