import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { decodePayload, numberedChoices, type Choice } from '../../outbox/payload.js';
import type { ChoiceKind } from './choices.js';
import type { ChannelAccount } from './turn.js';

function normalise(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s']+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The data of the option a short typed reply picks, or null when it picks
 * none: its number, its label, or a word its kind understands ("yes", "jā",
 * "хорошо", an emoji).
 */
export function matchTypedChoice(offered: Choice[], text: string, kinds: readonly ChoiceKind[]): string | null {
  const raw = text.trim().toLowerCase();
  if (raw.length === 0 || raw.length > 40) return null;
  const number = /^(\d{1,2})\s*[.)]?$/u.exec(raw)?.[1];
  if (number !== undefined) return offered[Number(number) - 1]?.data ?? null;
  const cleaned = normalise(raw);
  for (const option of offered) {
    if (cleaned !== '' && normalise(option.label) === cleaned) return option.data;
    for (const kind of kinds) {
      const values = kind.match(option.data);
      if (values && kind.understands(values, { raw, cleaned })) return option.data;
    }
  }
  return null;
}

/** How long a question stays open to a typed answer. */
const openQuestionMs = 24 * 3600_000;

/**
 * The choices each account may still answer by typing, numbered as offered;
 * accounts with none are left out. On a channel without buttons this is how
 * a choice is made, and on one with buttons it lets a typed answer count too.
 */
export async function openChoicesOf(
  db: Kysely<Database>,
  accounts: Pick<ChannelAccount, 'id' | 'choices_answered_seq'>[],
  now: Date,
): Promise<Map<string, Choice[]>> {
  if (accounts.length === 0) return new Map();
  // Only the last thing said to the account, and only for a day: a number typed later, after
  // other messages, is an ordinary message, not an answer to a question long gone.
  const offered = await sql<{ account_id: string; seq: number; payload: unknown; fresh: boolean }>`
    select x.account_id, d.seq, d.payload, d.created_at > ${now.toISOString()}::timestamptz - ${openQuestionMs} * interval '1 millisecond' as fresh
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
  for (const { account_id: accountId, seq, payload, fresh } of offered.rows) {
    const answered = answeredSeq.get(accountId) ?? null;
    if (!fresh || (answered !== null && seq <= answered)) continue;
    const { payload: stored } = decodePayload(payload);
    if ('choices' in stored && stored.choices) open.set(accountId, numberedChoices(stored.choices));
  }
  return open;
}

/** The data of the open choice a typed reply picks on one account, or null. */
export async function resolveTypedChoice(
  db: Kysely<Database>,
  account: Pick<ChannelAccount, 'id' | 'choices_answered_seq'>,
  text: string,
  options: { now: Date; kinds: readonly ChoiceKind[] },
): Promise<string | null> {
  const offered = (await openChoicesOf(db, [account], options.now)).get(account.id);
  return offered ? matchTypedChoice(offered, text, options.kinds) : null;
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
