import type { Message } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../fakes/fake-whatsapp-client.js';
import { quietScheduleEnv } from '../support/quiet-schedule.js';
import { messageOf, startTelegramHarness, textOf, type TelegramHarness } from '../support/telegram-harness.js';
import { pinnedClock } from './pinned-clock.js';

const coordinatorsChat = -1009876543210;
const mentor = { id: 7801, first_name: 'Gatis', language_code: 'en' };
const anna = { id: 7802, first_name: 'Anna', language_code: 'en' };
const boris = { id: 7803, first_name: 'Boris', language_code: 'en' };

const kept = 'Thank you. Your message is kept, and a mentor will answer you soon.';
const mentorInactive = 'Your mentor account is not active, so nothing you send is passed on. Please ask your coordinator.';
const coordinatorsTold = (client: string) => `${client} wrote, but their mentor Gatis is not active. Their messages wait until another mentor is assigned.`;
/** What Telegram answers when it wants a chat left alone for a minute: the delivery waits, pending, meanwhile. */
const floodWait = { status: 429, body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 60', parameters: { retry_after: 60 } } };

// 10:00 UTC is 13:00 in Riga: no client's 09:00 check-in and no quiet-scheduled digest comes up, today or a day on.
const start = new Date('2026-06-03T10:00:00Z');
const clock = pinnedClock(start);

let h: TelegramHarness;
let mentorId: string;
let annaId: string;
/** A message of Anna's that reached the mentor before they were made inactive. */
let relayed: Message;

beforeAll(async () => {
  h = await startTelegramHarness({
    env: { COORDINATOR_CHAT_ID: String(coordinatorsChat), ...quietScheduleEnv(start) },
    overrides: { clock: clock.now },
  });
  mentorId = await h.bindMentor(mentor, { languages: ['en'] });
  annaId = await h.bindClient(anna, { mentorId });
  await h.bindClient(boris, { mentorId });
});
afterAll(async () => {
  await h.close();
});

async function queued(chatId: number) {
  const rows = await h.database.db
    .selectFrom('deliveries')
    .select(['id', 'status', 'last_error', 'payload'])
    .where('recipient_chat_id', '=', String(chatId))
    .orderBy('seq')
    .execute();
  return rows.map((row) => ({ ...row, text: String((row.payload as { payload: { text?: string } }).payload.text ?? '') }));
}

async function threadTexts(clientId: string): Promise<string[]> {
  return (await h.api('GET', `/api/clients/${clientId}/messages`)).body.items.map((m: { text: string }) => m.text);
}

describe('a mentor made inactive', () => {
  it('has what waits for them cancelled when they are made inactive, and that is in the audit log', async () => {
    h.fake.textFromUser(anna, 'Good morning');
    relayed = messageOf(await h.nextTo(mentor.id));
    h.fake.failNext('sendMessage', 1, floodWait);
    h.fake.textFromUser(anna, 'Before you go: one more thing');
    // The flood wait itself, not the chat's own pacing (which also leaves a last_error): until it is spent the failure stays armed for the next send to anyone.
    const waiting = await eventually(async () =>
      (await queued(mentor.id)).find((d) => d.text.endsWith('one more thing') && d.last_error === floodWait.body.description),
    );
    expect(waiting.status).toBe('pending');

    const patched = await h.api('PATCH', `/api/mentors/${mentorId}`, { active: false });
    expect(patched.status).toBe(200);
    expect(patched.body.active).toBe(false);
    expect((await queued(mentor.id)).find((d) => d.id === waiting.id)?.status).toBe('cancelled');
    const audit = await h.database.db
      .selectFrom('audit_log')
      .select(['actor', 'entity_type', 'entity_id', 'details'])
      .where('action', '=', 'deliveries.cancelled')
      .execute();
    expect(audit).toEqual([
      { actor: 'admin', entity_type: 'mentor', entity_id: mentorId, details: { deliveryIds: [waiting.id], reason: 'mentor_inactive' } },
    ]);
    // Saying it again is no second deactivation.
    expect((await h.api('PATCH', `/api/mentors/${mentorId}`, { active: false })).status).toBe(200);
    expect(await h.database.db.selectFrom('audit_log').select('id').where('action', '=', 'deliveries.cancelled').execute()).toHaveLength(1);
  });

  it('keeps their client’s message without passing it on, and tells the client and, once a day per client, the coordinators', async () => {
    h.fake.textFromUser(anna, 'Are you there?');
    expect(textOf(await h.nextTo(anna.id))).toBe(kept);
    expect(textOf(await h.nextTo(coordinatorsChat))).toBe(coordinatorsTold('Anna'));
    expect(await threadTexts(annaId)).toContain('Are you there?');

    h.fake.textFromUser(anna, 'Hello?');
    expect(textOf(await h.nextTo(anna.id))).toBe(kept);
    h.fake.textFromUser(boris, 'Is anyone reading this?');
    expect(textOf(await h.nextTo(boris.id))).toBe(kept);
    expect(textOf(await h.nextTo(coordinatorsChat))).toBe(coordinatorsTold('Boris'));
    // Boris's notice was enqueued after Anna's second message was handled: a second one for her would be queued by now.
    expect((await queued(coordinatorsChat)).map((d) => d.text)).toEqual([coordinatorsTold('Anna'), coordinatorsTold('Boris')]);

    clock.advance(25 * 3600_000);
    h.fake.textFromUser(anna, 'A day later: still nobody?');
    expect(textOf(await h.nextTo(anna.id))).toBe(kept);
    expect(textOf(await h.nextTo(coordinatorsChat))).toBe(coordinatorsTold('Anna'));

    const toMentor = (await queued(mentor.id)).map((d) => d.text).join('\n');
    for (const text of ['Are you there?', 'Hello?', 'Is anyone reading this?', 'A day later: still nobody?']) expect(toMentor).not.toContain(text);
  });

  it('passes on nothing the mentor writes, and tells them their account is not active', async () => {
    h.fake.textFromUser(mentor, 'I am back, Anna', { reply_to_message: relayed as never });
    expect(textOf(await h.nextTo(mentor.id))).toBe(mentorInactive);
    h.fake.textFromUser(mentor, '/clients');
    expect(textOf(await h.nextTo(mentor.id))).toBe(mentorInactive);
    expect((await queued(anna.id)).map((d) => d.text).join('\n')).not.toContain('I am back, Anna');
    expect(await threadTexts(annaId)).not.toContain('I am back, Anna');
  });
});
