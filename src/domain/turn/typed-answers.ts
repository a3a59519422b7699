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
  const choices = (await openChoicesOf(db, [account])).get(account.id);
  return choices ? matchTypedChoice(choices, text) : null;
}

/**
 * The choices each account may still answer by typing, numbered as offered;
 * accounts with none are left out.
 */
export async function openChoicesOf(
  db: Kysely<Database>,
  accounts: Pick<ChannelAccount, 'id' | 'choices_answered_seq'>[],
): Promise<Map<string, Choice[]>> {
  if (accounts.length === 0) return new Map();
  // Only the last thing said to the account, and only for a day: a number typed later, after
  // other messages, is an ordinary message, not an answer to a question long gone.
  const offered = await sql<{ account_id: string; seq: number; payload: StoredPayload; fresh: boolean }>`
    select x.account_id, d.seq, d.payload, d.created_at > now() - ${openQuestionMs} * interval '1 millisecond' as fresh
    from unnest(${accounts.map((account) => account.id)}::uuid[]) as x(account_id)
    cross join lateral (
      select seq, payload, created_at from deliveries
      -- A reply can overtake the outbox recording that the question went out.
      where account_id = x.account_id and status in ('sending', 'sent', 'delivered', 'read')
      order by seq desc
      limit 1
    ) d`.execute(db);
  const answeredSeq = new Map(accounts.map((account) => [account.id, account.choices_answered_seq]));
  const open = new Map<string, Choice[]>();
  for (const { account_id: accountId, seq, payload: stored, fresh } of offered.rows) {
    const answered = answeredSeq.get(accountId) ?? null;
    if (!fresh || (answered !== null && seq <= answered)) continue;
    if ('choices' in stored.payload && stored.payload.choices) open.set(accountId, numberedChoices(stored.payload.choices));
  }
  return open;
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
