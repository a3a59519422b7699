import type { Message } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../fakes/fake-whatsapp-client.js';
import { inboundListReply, inboundText, status } from '../fakes/graph-webhooks.js';
import { messageOf, textOf } from '../support/telegram-harness.js';
import { quietScheduleEnv } from '../support/quiet-schedule.js';
import { pinnedClock } from '../telegram/pinned-clock.js';
import { startCloudHarness, verifyToken, type CloudHarness } from './cloud-harness.js';

// 10:00 UTC is 13:00 in Riga: nobody's scheduled time comes up unless a test sets it.
const start = new Date('2026-06-03T10:00:00Z');
const clock = pinnedClock(start);
const mentor = { id: 8801, first_name: 'Gatis', language_code: 'en' };
const phone = '+37120000001';
const waId = '37120000001';

let c: CloudHarness;
let mentorId: string;
let clientId: string;

/** The local HH:MM in Riga a minute ago by the service's clock: a check-in time the next tick acts on. */
function justNowInRiga(): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Riga', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(clock.now().getTime() - 60_000),
  );
}

async function textsToMentorContaining(fragment: string, timeoutMs: number): Promise<string> {
  return eventually(async () => c.h.fake.sentTo(mentor.id).map((call) => String(call.params.text ?? call.params.caption ?? '')).find((t) => t.includes(fragment)), timeoutMs);
}

async function thread() {
  return (await c.h.api('GET', `/api/clients/${clientId}/messages`)).body.items as Array<{ text: string | null; author: string; deliveryStatus: string | null }>;
}

beforeAll(async () => {
  c = await startCloudHarness({ env: { CHECKIN_TICK_CRON: '* * * * * *', ...quietScheduleEnv(start) }, overrides: { clock: clock.now } });
  mentorId = await c.h.bindMentor(mentor, { languages: ['en'] });
  const created = await c.h.api('POST', '/api/clients', {
    name: 'Olena',
    mentorId,
    language: 'en',
    timezone: 'Europe/Riga',
    checkinTime: '01:00',
    phone,
    consentGiven: true,
  });
  expect(created.status).toBe(201);
  clientId = created.body.id;
});
afterAll(async () => {
  await c?.close();
});

describe('WhatsApp through the Cloud API', () => {
  it('answers Meta’s verification handshake with the challenge, and refuses a wrong verify token', async () => {
    const ok = await fetch(`${c.webhookUrl}?hub.mode=subscribe&hub.verify_token=${verifyToken}&hub.challenge=1158201444`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('1158201444');
    expect((await fetch(`${c.webhookUrl}?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444`)).status).toBe(403);
    expect((await fetch(`${c.webhookUrl}?hub.mode=unsubscribe&hub.verify_token=${verifyToken}&hub.challenge=1`)).status).toBe(403);
  });

  it('refuses a webhook whose signature does not match, and takes nothing of it', async () => {
    const forged = await fetch(c.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': `sha256=${'0'.repeat(64)}` },
      body: JSON.stringify({ object: 'whatsapp_business_account', entry: [] }),
    });
    expect(forged.status).toBe(401);
    expect((await fetch(c.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(401);
    const unsigned = inboundText(waId, 'forged hello', { timestamp: clock.now() });
    const answer = await fetch(c.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': `sha256=${'a'.repeat(64)}` },
      body: JSON.stringify({ object: 'whatsapp_business_account', entry: [{ changes: [{ field: 'messages', value: { messages: [unsigned] } }] }] }),
    });
    expect(answer.status).toBe(401);
    expect((await thread()).map((m) => m.text)).not.toContain('forged hello');
  });

  it('passes a message from a client recorded by phone to their mentor within 2 s, and the mentor’s reply back within 2 s as a text', async () => {
    const sentAt = Date.now();
    const hello = inboundText(waId, 'Labdien! Šodien jūtos labi 😊', { timestamp: clock.now(), name: 'Olena' });
    expect((await c.deliver({ messages: [hello] })).status).toBe(200);
    await textsToMentorContaining('Labdien! Šodien jūtos labi 😊', 2000);
    expect(Date.now() - sentAt).toBeLessThan(2000);

    const relayed = c.h.fake.sentTo(mentor.id).find((call) => String(call.params.text ?? '').includes('Šodien jūtos labi'));
    const repliedAt = Date.now();
    c.h.fake.textFromUser(mentor, 'Super, Olena! Tomorrow at 10?', { reply_to_message: messageOf(relayed as never) as Message as never });
    const reply = await eventually(async () => c.graph.messagesTo(waId).find((m) => JSON.stringify(m.body).includes('Tomorrow at 10?')), 2000);
    expect(Date.now() - repliedAt).toBeLessThan(2000);
    expect(reply.type).toBe('text');
    expect((reply.body.text as { body: string }).body).toContain('Super, Olena! Tomorrow at 10?');

    // Meta's statuses may skip `delivered` and arrive more than once.
    expect((await c.deliver({ statuses: [status(reply.id, 'read', waId, { timestamp: clock.now() }), status(reply.id, 'sent', waId, { timestamp: clock.now() })] })).status).toBe(200);
    await eventually(async () => (await thread()).find((m) => m.text?.includes('Tomorrow at 10?') && m.deliveryStatus === 'read'));
  });

  it('stores a webhook sent twice once', async () => {
    const twice = inboundText(waId, 'Sent twice by Meta', { timestamp: clock.now() });
    expect((await c.deliver({ messages: [twice] })).status).toBe(200);
    expect((await c.deliver({ messages: [twice] })).status).toBe(200);
    await textsToMentorContaining('Sent twice by Meta', 5000);
    expect((await thread()).filter((m) => m.text === 'Sent twice by Meta')).toHaveLength(1);
    expect(c.h.fake.sentTo(mentor.id).filter((call) => String(call.params.text ?? '').includes('Sent twice by Meta'))).toHaveLength(1);
  });

  it('offers the five moods as a list, and takes the row the client picks as their answer', async () => {
    const relayed = c.h.fake.sentTo(mentor.id).find((call) => String(call.params.text ?? '').includes('Sent twice by Meta'));
    c.h.fake.textFromUser(mentor, '/checkin', { reply_to_message: messageOf(relayed as never) as never });
    const question = await eventually(async () => c.graph.messagesTo(waId).find((m) => m.type === 'interactive'), 5000);
    const interactive = question.body.interactive as { type: string; action: { sections: Array<{ rows: Array<{ id: string; title: string }> }> } };
    expect(interactive.type).toBe('list');
    const rows = interactive.action.sections.flatMap((s) => s.rows);
    expect(rows).toHaveLength(5);
    const four = rows[3];
    expect(four).toBeDefined();
    expect((await c.deliver({ messages: [inboundListReply(waId, four?.id ?? '', four?.title ?? '', undefined, { timestamp: clock.now() })] })).status).toBe(200);
    const checkins = await eventually(async () => {
      const items = (await c.h.api('GET', `/api/clients/${clientId}/checkins`)).body.items as Array<{ mood: number | null }>;
      return items.find((item) => item.mood === 4);
    }, 5000);
    expect(checkins.mood).toBe(4);
    // Thanked while the window is open, before any test moves the clock on.
    await eventually(async () => c.graph.messagesTo(waId).find((m) => m.type === 'text' && JSON.stringify(m.body).includes('Thank you for telling me')), 5000);
  });

  it('sends the daily prompt as the checkin_prompt template to a client who has not written for a day', async () => {
    clock.advance(25 * 3600_000);
    const before = c.graph.messagesTo(waId).length;
    expect((await c.h.api('PATCH', `/api/clients/${clientId}`, { checkinTime: justNowInRiga() })).status).toBe(200);
    const prompt = await eventually(async () => c.graph.messagesTo(waId).slice(before).find((m) => m.type === 'template'), 10_000);
    expect(prompt.body.template).toEqual({
      name: 'daily_checkin',
      language: { code: 'en' },
      components: [{ type: 'body', parameters: [{ type: 'text', text: 'Olena' }] }],
    });
    expect(c.graph.messagesTo(waId).slice(before).filter((m) => m.type !== 'template')).toEqual([]);
  });

  it('holds a mentor’s reply while the window is closed, tells both sides once, and sends it as soon as the client writes', async () => {
    const before = c.graph.messagesTo(waId).length;
    const relayed = c.h.fake.sentTo(mentor.id).find((call) => String(call.params.text ?? '').includes('Sent twice by Meta'));
    c.h.fake.textFromUser(mentor, 'Are you there, Olena?', { reply_to_message: messageOf(relayed as never) as never });
    c.h.fake.textFromUser(mentor, 'Call me when you can.', { reply_to_message: messageOf(relayed as never) as never });
    const notice = await eventually(async () => c.graph.messagesTo(waId).slice(before).find((m) => m.type === 'template'), 5000);
    expect((notice.body.template as { name: string }).name).toBe('mentor_message_waiting');
    await textsToMentorContaining('WhatsApp window is closed', 5000);
    await eventually(async () => (await thread()).some((m) => m.text === 'Call me when you can.'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const meanwhile = c.graph.messagesTo(waId).slice(before);
    expect(meanwhile.map((m) => m.type)).toEqual(['template']);

    expect((await c.deliver({ messages: [inboundText(waId, 'Sorry, I am here now', { timestamp: clock.now() })] })).status).toBe(200);
    const released = await eventually(async () => {
      const texts = c.graph.messagesTo(waId).slice(before).filter((m) => m.type === 'text').map((m) => (m.body.text as { body: string }).body);
      return texts.length >= 2 ? texts : undefined;
    }, 5000);
    expect(released[0]).toContain('Are you there, Olena?');
    expect(released[1]).toContain('Call me when you can.');
    await textsToMentorContaining('Sorry, I am here now', 5000);
    const told = c.h.fake.sentTo(mentor.id).filter((call) => String(call.params.text ?? '').includes('WhatsApp window is closed'));
    expect(told).toHaveLength(1);
    expect(textOf(told[0] as never)).toContain('Olena');
  });

  it('reports the transport, the last webhook and the last send', async () => {
    const statusNow = (await c.h.api('GET', '/api/whatsapp/status')).body;
    expect(statusNow).toMatchObject({ transport: 'cloud', state: 'ready', lastSend: { ok: true } });
    expect(typeof statusNow.lastWebhookAt).toBe('string');
    const ready = (await c.h.api('GET', '/readyz')).body.components.whatsapp;
    expect(ready).toMatchObject({ ready: true, state: 'ready', transport: 'cloud' });
  });
});
