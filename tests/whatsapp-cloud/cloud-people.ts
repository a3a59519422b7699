import { sql } from 'kysely';
import type { RecordedCall } from '../fakes/bot-api/types.js';
import type { FakeUser } from '../fakes/fake-bot-api.js';
import { eventually } from '../fakes/fake-whatsapp-client.js';
import { inboundText } from '../fakes/graph-webhooks.js';
import { quietCheckinTime } from '../support/quiet-schedule.js';
import { messageOf, textOf } from '../support/telegram-harness.js';
import type { CloudHarness } from './cloud-harness.js';

/** A client enrolled with a phone number who has written once through the Cloud API. */
export interface CloudClient {
  clientId: string;
  waId: string;
  accountId: string;
  /** Their first message as the mentor got it in Telegram, for the mentor to reply to. */
  relayed: RecordedCall;
}

/** What the thread API shows of a message. */
export interface ThreadItem {
  id: string;
  kind: string;
  author: string;
  text: string | null;
  mediaId: string | null;
  location: { latitude: number; longitude: number } | null;
  deliveryStatus: string | null;
}

export async function threadOf(c: CloudHarness, clientId: string): Promise<ThreadItem[]> {
  return (await c.h.api('GET', `/api/clients/${clientId}/messages`)).body.items as ThreadItem[];
}

/** The first message to the mentor in Telegram whose text contains `fragment`. */
export function toMentorContaining(c: CloudHarness, mentor: FakeUser, fragment: string, timeoutMs = 5000): Promise<RecordedCall> {
  return eventually(async () => c.h.fake.sentTo(mentor.id).find((call) => textOf(call).includes(fragment)), timeoutMs);
}

/** Creates a client of `mentorId` with the phone +3712000 and `n` in four digits, who writes "Hello from <name>" at `at`. */
export async function clientWhoWrote(
  c: CloudHarness,
  mentor: FakeUser,
  mentorId: string,
  options: { name: string; n: number; at: Date; language?: string; checkinTime?: string },
): Promise<CloudClient> {
  const waId = `3712000${String(options.n).padStart(4, '0')}`;
  const created = await c.h.api('POST', '/api/clients', {
    name: options.name,
    mentorId,
    language: options.language ?? 'en',
    timezone: 'Europe/Riga',
    checkinTime: options.checkinTime ?? quietCheckinTime('Europe/Riga', options.at),
    phone: `+${waId}`,
    consentGiven: true,
  });
  if (created.status !== 201) throw new Error(`client not created: ${JSON.stringify(created.body)}`);
  const clientId = created.body.id as string;
  const hello = `Hello from ${options.name}`;
  const answer = await c.deliver({ messages: [inboundText(waId, hello, { timestamp: options.at, name: options.name })] });
  if (answer.status !== 200) throw new Error(`webhook answered ${answer.status}`);
  const relayed = await toMentorContaining(c, mentor, hello);
  const account = await c.h.database.db
    .selectFrom('channel_accounts')
    .select('id')
    .where('client_id', '=', clientId)
    .where('channel', '=', 'whatsapp')
    .executeTakeFirstOrThrow();
  // Their welcome goes out first; a test that arms a Graph API fault means it for what follows.
  await outboxSettled(c, account.id);
  return { clientId, waId, accountId: account.id, relayed };
}

/** Waits until nothing for the account is due or being sent. */
async function outboxSettled(c: CloudHarness, accountId: string): Promise<void> {
  await eventually(async () => {
    const due = await c.h.database.db
      .selectFrom('deliveries')
      .select('id')
      .where('account_id', '=', accountId)
      .where((eb) => eb.or([eb('status', '=', 'sending'), eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<', sql<Date>`'infinity'`)])]))
      .executeTakeFirst();
    return due === undefined;
  }, 10_000);
}

/** The mentor answers the client's first message in Telegram. */
export function mentorReplies(c: CloudHarness, mentor: FakeUser, client: CloudClient, text: string): void {
  c.h.fake.textFromUser(mentor, text, { reply_to_message: messageOf(client.relayed) as never });
}

/** The local HH:MM in Riga a minute before `now`: a check-in time the scheduler's next tick acts on. */
export function aMinuteBeforeInRiga(now: Date): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Riga', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(now.getTime() - 60_000));
}

export type MentorDelivery = NonNullable<Awaited<ReturnType<typeof deliveryOfMentorText>>>;

/** The delivery that carries the mentor's message with this text, once the outbox has written it. */
export async function deliveryOfMentorText(c: CloudHarness, text: string) {
  return c.h.database.db
    .selectFrom('deliveries as d')
    .innerJoin('messages as m', 'm.id', 'd.message_id')
    .select(['d.id', 'd.status', 'd.attempts', 'd.last_error', 'd.external_id', sql<boolean>`d.next_attempt_at = 'infinity'`.as('held')])
    .where('m.author', '=', 'mentor')
    .where('m.text', '=', text)
    .where('d.channel', '=', 'whatsapp')
    .executeTakeFirst();
}
