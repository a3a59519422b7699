import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPH_ERRORS } from '../fakes/fake-graph-api.js';
import { eventually } from '../fakes/fake-whatsapp-client.js';
import { inboundText, status } from '../fakes/graph-webhooks.js';
import { quietScheduleEnv } from '../support/quiet-schedule.js';
import { textOf } from '../support/telegram-harness.js';
import { pinnedClock } from '../telegram/pinned-clock.js';
import { startCloudHarness, type CloudHarness } from './cloud-harness.js';
import { aMinuteBeforeInRiga, clientWhoWrote, deliveryOfMentorText, mentorReplies, toMentorContaining, type MentorDelivery } from './cloud-people.js';

// 10:00 UTC is 13:00 in Riga: nobody's scheduled time comes up unless a test sets it.
const start = new Date('2026-06-03T10:00:00Z');
const clock = pinnedClock(start);
const mentor = { id: 8811, first_name: 'Dace', language_code: 'en' };

let c: CloudHarness;
let mentorId: string;

beforeAll(async () => {
  c = await startCloudHarness({ env: { CHECKIN_TICK_CRON: '* * * * * *', ...quietScheduleEnv(start) }, overrides: { clock: clock.now } });
  mentorId = await c.h.bindMentor(mentor, { languages: ['en'] });
});
afterAll(async () => {
  await c?.close();
});

/** The mentor's message once its delivery matches `done`. */
function deliveryOnce(text: string, done: (d: MentorDelivery) => boolean, timeoutMs = 5000) {
  return eventually(async () => {
    const delivery = await deliveryOfMentorText(c, text);
    return delivery && done(delivery) ? delivery : undefined;
  }, timeoutMs);
}

function accountRow(accountId: string) {
  return c.h.database.db.selectFrom('channel_accounts').select(['status', 'last_inbound_at']).where('id', '=', accountId).executeTakeFirstOrThrow();
}

describe('the Cloud API’s error answers', () => {
  it('131047 on a free-form send: the window is taken as closed, the client told by template, the message held until they write', async () => {
    const client = await clientWhoWrote(c, mentor, mentorId, { name: 'Anna', n: 1, at: clock.now() });
    c.graph.failNext('messages', 1, GRAPH_ERRORS.reEngagement);
    mentorReplies(c, mentor, client, 'Anna, shall we meet on Friday?');
    const held = await deliveryOnce('Anna, shall we meet on Friday?', (d) => d.held);
    expect(held).toMatchObject({ status: 'pending', attempts: 0, external_id: null });
    expect(held.last_error).toContain('held until the client writes');
    expect((await accountRow(client.accountId)).last_inbound_at).toBeNull();
    const sent = c.graph.messagesTo(client.waId);
    expect(sent.at(-1)?.type).toBe('template');
    expect((sent.at(-1)?.body.template as { name: string }).name).toBe('mentor_message_waiting');
    await toMentorContaining(c, mentor, "Anna's WhatsApp window is closed");

    expect((await c.deliver({ messages: [inboundText(client.waId, 'Here I am', { timestamp: clock.now() })] })).status).toBe(200);
    const released = await eventually(async () => c.graph.messagesTo(client.waId).find((m) => m.type === 'text' && JSON.stringify(m.body).includes('shall we meet on Friday?')));
    expect(released.to).toBe(client.waId);
    expect((await deliveryOnce('Anna, shall we meet on Friday?', (d) => d.status === 'sent')).external_id).toBe(released.id);
  });

  it('131047 on a templated purpose: the daily prompt goes as its template instead', async () => {
    const client = await clientWhoWrote(c, mentor, mentorId, { name: 'Boris', n: 2, at: clock.now() });
    const before = c.graph.messagesTo(client.waId).length;
    c.graph.failNext('messages', 1, GRAPH_ERRORS.reEngagement);
    expect((await c.h.api('PATCH', `/api/clients/${client.clientId}`, { checkinTime: aMinuteBeforeInRiga(clock.now()) })).status).toBe(200);
    const prompt = await eventually(async () => c.graph.messagesTo(client.waId).slice(before).find((m) => m.type === 'template'), 10_000);
    expect((prompt.body.template as { name: string }).name).toBe('daily_checkin');
    // The free-form attempt was refused, so the template is all the client got.
    expect(c.graph.messagesTo(client.waId).slice(before)).toHaveLength(1);
    const refused = c.graph.requests.filter((r) => r.endpoint === 'messages' && r.errorCode === GRAPH_ERRORS.reEngagement.code);
    expect(refused.length).toBeGreaterThan(0);
  });

  it('a failed status with 131047 for a sent free-form message puts it back, to go the closed-window way', async () => {
    const client = await clientWhoWrote(c, mentor, mentorId, { name: 'Citra', n: 3, at: clock.now() });
    mentorReplies(c, mentor, client, 'Citra, how did the interview go?');
    const sent = await deliveryOnce('Citra, how did the interview go?', (d) => d.status === 'sent');
    const errors = [{ code: 131047, title: 'Re-engagement message' }];
    expect((await c.deliver({ statuses: [status(sent.external_id ?? '', 'failed', client.waId, { timestamp: clock.now(), errors })] })).status).toBe(200);
    const held = await deliveryOnce('Citra, how did the interview go?', (d) => d.held);
    expect(held).toMatchObject({ status: 'pending', external_id: null });
    expect((await accountRow(client.accountId)).last_inbound_at).toBeNull();
    const waiting = await eventually(async () => c.graph.messagesTo(client.waId).find((m) => m.type === 'template'));
    expect((waiting.body.template as { name: string }).name).toBe('mentor_message_waiting');
  });

  it('131026: the delivery fails, the account is unreachable and the mentor is told', async () => {
    const client = await clientWhoWrote(c, mentor, mentorId, { name: 'Dina', n: 4, at: clock.now() });
    c.graph.failNext('messages', 1, GRAPH_ERRORS.undeliverable);
    mentorReplies(c, mentor, client, 'Dina, please call me');
    const failed = await deliveryOnce('Dina, please call me', (d) => d.status === 'failed');
    expect(failed.attempts).toBe(1);
    expect(failed.last_error).toContain('131026');
    expect((await accountRow(client.accountId)).status).toBe('unreachable');
    await toMentorContaining(c, mentor, 'Dina could not receive your message');
  });

  it('a failed status with 131026 for a sent message does the same', async () => {
    const client = await clientWhoWrote(c, mentor, mentorId, { name: 'Juris', n: 10, at: clock.now() });
    mentorReplies(c, mentor, client, 'Juris, the appointment moved');
    const sent = await deliveryOnce('Juris, the appointment moved', (d) => d.status === 'sent');
    const errors = [{ code: 131026, title: 'Message undeliverable' }];
    expect((await c.deliver({ statuses: [status(sent.external_id ?? '', 'failed', client.waId, { timestamp: clock.now(), errors })] })).status).toBe(200);
    const failed = await deliveryOnce('Juris, the appointment moved', (d) => d.status === 'failed');
    expect(failed.last_error).toContain('131026');
    expect((await accountRow(client.accountId)).status).toBe('unreachable');
    await toMentorContaining(c, mentor, 'Juris could not receive your message');
  });

  it('130429 and 131056: the send waits and goes again without using an attempt', async () => {
    const first = await clientWhoWrote(c, mentor, mentorId, { name: 'Egils', n: 5, at: clock.now() });
    const second = await clientWhoWrote(c, mentor, mentorId, { name: 'Fatima', n: 6, at: clock.now() });
    c.graph.failNext('messages', 1, GRAPH_ERRORS.throughput);
    mentorReplies(c, mentor, first, 'Egils, see you at noon');
    const throttled = await deliveryOnce('Egils, see you at noon', (d) => d.last_error !== null);
    c.graph.failNext('messages', 1, GRAPH_ERRORS.pairRateLimit);
    mentorReplies(c, mentor, second, 'Fatima, see you at one');
    const paired = await deliveryOnce('Fatima, see you at one', (d) => d.last_error !== null);
    for (const [delivery, code] of [
      [throttled, '130429'],
      [paired, '131056'],
    ] as const) {
      expect(delivery).toMatchObject({ status: 'pending', attempts: 0, held: false });
      expect(delivery.last_error).toContain(code);
    }
    expect(c.graph.messagesTo(first.waId).some((m) => JSON.stringify(m.body).includes('see you at noon'))).toBe(false);
    // Meta asked for a pause of seconds; both go once it is over.
    expect(await deliveryOnce('Egils, see you at noon', (d) => d.status === 'sent', 15_000)).toMatchObject({ attempts: 1 });
    expect(await deliveryOnce('Fatima, see you at one', (d) => d.status === 'sent', 15_000)).toMatchObject({ attempts: 1 });
  }, 30_000);

  it('another error is retried as usual, counting the attempt', async () => {
    const client = await clientWhoWrote(c, mentor, mentorId, { name: 'Gints', n: 7, at: clock.now() });
    c.graph.failNext('messages', 1, GRAPH_ERRORS.somethingWentWrong);
    mentorReplies(c, mentor, client, 'Gints, the form is ready');
    const retrying = await deliveryOnce('Gints, the form is ready', (d) => d.last_error !== null && d.status === 'pending');
    expect(retrying.attempts).toBe(1);
    expect(retrying.last_error).toContain('131000');
    expect(await deliveryOnce('Gints, the form is ready', (d) => d.status === 'sent', 10_000)).toMatchObject({ attempts: 2 });
  });

  it('131047 after the client wrote again: they and the mentor are told again, though both were told of an earlier closed window', async () => {
    const client = await clientWhoWrote(c, mentor, mentorId, { name: 'Ivo', n: 9, at: clock.now() });
    const waitingNotices = () => c.graph.messagesTo(client.waId).filter((m) => m.type === 'template' && (m.body.template as { name: string }).name === 'mentor_message_waiting');
    const toldMentor = () => c.h.fake.sentTo(mentor.id).filter((call) => textOf(call).includes("Ivo's WhatsApp window is closed"));
    c.graph.failNext('messages', 1, GRAPH_ERRORS.reEngagement);
    mentorReplies(c, mentor, client, 'Ivo, are you well?');
    await deliveryOnce('Ivo, are you well?', (d) => d.held);
    await eventually(() => toldMentor().length === 1);
    expect(waitingNotices()).toHaveLength(1);
    // Meta's timestamps are whole seconds: the client answers a minute after the notice, not within its second.
    clock.advance(60_000);
    expect((await c.deliver({ messages: [inboundText(client.waId, 'Yes, all well', { timestamp: clock.now() })] })).status).toBe(200);
    await deliveryOnce('Ivo, are you well?', (d) => d.status === 'sent');

    // Meta reports the next free-form message refused: a second closed window, after the client wrote.
    mentorReplies(c, mentor, client, 'Ivo, one more question');
    const sent = await deliveryOnce('Ivo, one more question', (d) => d.status === 'sent');
    const errors = [{ code: 131047, title: 'Re-engagement message' }];
    expect((await c.deliver({ statuses: [status(sent.external_id ?? '', 'failed', client.waId, { timestamp: clock.now(), errors })] })).status).toBe(200);
    await deliveryOnce('Ivo, one more question', (d) => d.held);
    await eventually(() => toldMentor().length === 2);
    expect(waitingNotices()).toHaveLength(2);
  });

  // Last: the transport stays stopped until a restart with a new token.
  it('190: the transport stops with a clear status and the deliveries wait', async () => {
    const client = await clientWhoWrote(c, mentor, mentorId, { name: 'Hanna', n: 8, at: clock.now() });
    c.graph.failNext('messages', 1, GRAPH_ERRORS.invalidToken);
    mentorReplies(c, mentor, client, 'Hanna, one more thing');
    const refused = await deliveryOnce('Hanna, one more thing', (d) => d.last_error !== null);
    expect(refused).toMatchObject({ status: 'pending', attempts: 0, held: false });
    expect(refused.last_error).toContain('190');
    // Kept in PostgreSQL for every replica to read, so it shows as soon as it is written there.
    const statusNow = await eventually(async () => {
      const body = (await c.h.api('GET', '/api/whatsapp/status')).body;
      return body.state === 'failed' && body.lastSend?.ok === false ? body : undefined;
    });
    expect(statusNow).toMatchObject({ transport: 'cloud', state: 'failed', lastSend: { ok: false } });
    expect(statusNow.reason).toContain('WHATSAPP_CLOUD_ACCESS_TOKEN');
    expect((await c.h.api('GET', '/readyz')).body.components.whatsapp).toMatchObject({ ready: false, state: 'failed' });

    const requestsBefore = c.graph.requests.length;
    mentorReplies(c, mentor, client, 'Hanna, and another');
    await eventually(async () => deliveryOfMentorText(c, 'Hanna, and another'));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(c.graph.requests.length).toBe(requestsBefore);
    expect(await deliveryOfMentorText(c, 'Hanna, one more thing')).toMatchObject({ status: 'pending' });
    expect(await deliveryOfMentorText(c, 'Hanna, and another')).toMatchObject({ status: 'pending', attempts: 0 });
  });
});
