import type { Selectable } from 'kysely';
import type { ChannelAccountTable } from '../../db/database.js';
import type { TranslationArgs } from '../../i18n/translator.js';
import { textTo, type TextOptions } from '../../outbox/enqueue.js';
import type { Scope } from './scope.js';

export type ChannelAccount = Selectable<ChannelAccountTable>;

/**
 * The handling of one event from one person: the scope it runs in (its
 * transaction, `now`, the deliveries it makes), the account the event came
 * from, the person bound to it and the language they read. Handlers take a
 * turn and nothing else that reaches the database, so none can step outside
 * the transaction that holds the account's lock.
 */
export interface Turn<Person extends { language: string }> extends Scope {
  readonly account: ChannelAccount;
  readonly person: Person;
  /** A catalog text in the person's language. */
  t(id: string, args?: TranslationArgs): string;
  /** Answers the person on the account the event came from. */
  say(id: string, args?: TranslationArgs, options?: TextOptions): void;
}

/** A turn for `person` on `account`, within `scope`. */
export function turnOf<Person extends { language: string }>(scope: Scope, account: ChannelAccount, person: Person): Turn<Person> {
  const t = (id: string, args?: TranslationArgs) => scope.translator.t(person.language, id, args);
  return {
    db: scope.db,
    now: scope.now,
    translator: scope.translator,
    send: scope.send,
    account,
    person,
    t,
    say: (id, args, options) => scope.send(textTo(account, t(id, args), options)),
  };
}
