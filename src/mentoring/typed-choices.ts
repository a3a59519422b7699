import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { ChannelAccount } from './accounts.js';
import { parseMood } from './mood-words.js';
import type { Choice, StoredPayload } from './outbound.js';

/**
 * Choices in the order a channel without buttons numbers them (1, 2, ...).
 * The channel renders with this and the domain resolves with it, so the
 * numbers a client sees are the numbers that are understood.
 */
export function numberedChoices(choices: Choice[][]): Choice[] {
  return choices.flat();
}

/** What people write, in the catalog's languages, to choose an option without its number. */
const choiceWords: Record<string, string[]> = {
  'consent:yes': [
    'yes', 'y', 'agree', 'i agree', 'ok', 'okay', 'sure', '👍', '✅',
    'jā', 'ja', 'piekrītu', 'da',
    'да', 'согласен', 'согласна', 'соглашаюсь',
    'так', 'згоден', 'згодна', 'погоджуюсь',
  ],
  'consent:no': [
    'no', 'n', 'decline', 'i decline', 'i do not agree', "i don't agree", '👎', '❌',
    'nē', 'ne', 'nepiekrītu',
    'нет', 'не согласен', 'не согласна',
    'ні', 'не згоден', 'не згодна',
  ],
};

function normalise(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s']+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The data of the choice a short typed reply picks, or null when it picks none. */
export function matchTypedChoice(choices: Choice[], text: string): string | null {
  const raw = text.trim().toLowerCase();
  if (raw.length === 0 || raw.length > 40) return null;
  const number = /^(\d{1,2})\s*[.)]?$/u.exec(raw)?.[1];
  if (number !== undefined) return choices[Number(number) - 1]?.data ?? null;
  const cleaned = normalise(raw);
  for (const choice of choices) {
    if (cleaned !== '' && normalise(choice.label) === cleaned) return choice.data;
    const words = choiceWords[choice.data];
    if (words?.includes(raw) || words?.includes(cleaned)) return choice.data;
    const mood = /^mood:([1-5])$/.exec(choice.data)?.[1];
    if (mood !== undefined && parseMood(raw) === Number(mood)) return choice.data;
  }
  return null;
}

/** How long a question stays open to a typed answer. */
const openQuestionMs = 24 * 3600_000;

/**
 * Resolves a typed reply against the choices last offered to an account and
 * not answered since: on a channel without buttons this is how a choice is
 * made, and on one with buttons it lets a typed answer count too.
 */
export async function resolveTypedChoice(
  db: Kysely<Database>,
  account: Pick<ChannelAccount, 'id' | 'choices_answered_seq'>,
  text: string,
): Promise<string | null> {
  // Only the last thing said to the account, and only for a day: a number typed later, after
  // other messages, is an ordinary message, not an answer to a question long gone.
  const offered = await db
    .selectFrom('deliveries')
    .select(['seq', 'payload', sql<boolean>`created_at > now() - ${openQuestionMs} * interval '1 millisecond'`.as('fresh')])
    .where('account_id', '=', account.id)
    // A reply can overtake the outbox recording that the question went out.
    .where('status', 'in', ['sending', 'sent', 'delivered', 'read'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!offered?.fresh || (account.choices_answered_seq !== null && offered.seq <= account.choices_answered_seq)) return null;
  const { payload } = offered.payload as StoredPayload;
  if (!('choices' in payload) || !payload.choices) return null;
  return matchTypedChoice(numberedChoices(payload.choices), text);
}

/**
 * Closes every choice offered so far, once one has been answered by button or
 * by text: an answer supersedes the questions before it, including any still
 * on their way.
 */
export async function markChoicesAnswered(db: Kysely<Database>, accountId: string): Promise<void> {
  await db
    .updateTable('channel_accounts')
    .set({ choices_answered_seq: sql<number>`(select max(seq) from deliveries where account_id = ${accountId})` })
    .where('id', '=', accountId)
    .execute();
}
