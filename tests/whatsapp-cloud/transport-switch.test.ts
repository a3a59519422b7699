import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFakeBotApi } from '../fakes/fake-bot-api.js';
import { eventually } from '../fakes/fake-whatsapp-client.js';
import { inboundText } from '../fakes/graph-webhooks.js';
import { quietCheckinTime, quietScheduleEnv } from '../support/quiet-schedule.js';
import { messageOf, textOf } from '../support/telegram-harness.js';
import { useTestDatabase } from '../support/test-database.js';
import { pinnedClock } from '../telegram/pinned-clock.js';
import { startWhatsAppHarness, whatsAppText, type WhatsAppHarness } from '../whatsapp/whatsapp-harness.js';
import { startCloudHarness, type CloudHarness } from './cloud-harness.js';
import { threadOf } from './cloud-people.js';

const start = new Date('2026-06-03T10:00:00Z');
const clock = pinnedClock(start);
const mentor = { id: 8831, first_name: 'Laila', language_code: 'en' };
const phone = '+37120000031';
const waId = '37120000031';
const webChat = `${waId}@c.us`;
// Both deployments run on this one database and this one Telegram bot, as a switch of WHATSAPP_TRANSPORT leaves them.
const database = useTestDatabase();
const bot = createFakeBotApi();

let web: WhatsAppHarness | undefined;
let cloud: CloudHarness | undefined;
beforeAll(() => bot.start());
afterEach(async () => {
  await web?.close();
  await cloud?.close();
  web = undefined;
  cloud = undefined;
});
afterAll(() => bot.stop());

async function whatsappAccounts() {
  return database.db.selectFrom('channel_accounts').select(['id', 'client_id', 'chat_id', 'status']).where('channel', '=', 'whatsapp').execute();
}

describe('switching the deployment from WhatsApp Web to the Cloud API', () => {
  it('keeps a client bound on the web transport the same client, with the same thread, on the Cloud API', async () => {
    web = await startWhatsAppHarness({ database, bot, clock: clock.now });
    const mentorId = await web.bindMentor(mentor, { languages: ['en'] });
    const created = await web.api('POST', '/api/clients', {
      name: 'Rita',
      mentorId,
      language: 'en',
      timezone: 'Europe/Riga',
      checkinTime: quietCheckinTime('Europe/Riga', start),
      phone,
      consentGiven: true,
    });
    expect(created.status).toBe(201);
    const clientId = created.body.id as string;
    web.wa.current().receive({ from: webChat, body: 'Hello over WhatsApp Web', timestamp: Math.floor(clock.now().getTime() / 1000) });
    expect(whatsAppText(await web.nextToWhatsApp(webChat))).toMatch(/Rita/);
    const relayedOnWeb = await eventually(() => web?.fake.sentTo(mentor.id).find((call) => textOf(call).includes('Hello over WhatsApp Web')));
    web.fake.textFromUser(mentor, 'Welcome, Rita', { reply_to_message: messageOf(relayedOnWeb) as never });
    expect(whatsAppText(await web.nextToWhatsApp(webChat))).toContain('Welcome, Rita');
    const [boundOnWeb] = await whatsappAccounts();
    expect(boundOnWeb).toMatchObject({ client_id: clientId, chat_id: webChat, status: 'active' });
    await web.close();
    web = undefined;

    cloud = await startCloudHarness({ database, bot, env: quietScheduleEnv(start), overrides: { clock: clock.now } });
    const c = cloud;
    expect((await c.deliver({ messages: [inboundText(waId, 'Hello over the Cloud API', { timestamp: clock.now(), name: 'Rita' })] })).status).toBe(200);
    const relayed = await eventually(() => c.h.fake.sentTo(mentor.id).find((call) => textOf(call).includes('Hello over the Cloud API')));
    expect(textOf(relayed)).toBe('Rita (WhatsApp):\nHello over the Cloud API');

    expect(await whatsappAccounts()).toEqual([boundOnWeb]);
    expect((await c.h.api('GET', '/api/clients')).body.items.map((item: { id: string }) => item.id)).toEqual([clientId]);
    const thread = await threadOf(c, clientId);
    expect(thread.filter((m) => m.text !== null && /Hello over|Welcome, Rita/.test(m.text)).map((m) => m.text)).toEqual([
      'Hello over WhatsApp Web',
      'Welcome, Rita',
      'Hello over the Cloud API',
    ]);

    c.h.fake.textFromUser(mentor, 'Good to see you here, Rita', { reply_to_message: messageOf(relayed) as never });
    const reply = await eventually(async () => c.graph.messagesTo(waId).find((m) => JSON.stringify(m.body).includes('Good to see you here, Rita')));
    expect(reply.type).toBe('text');
    // A second welcome would mean the service took them for someone new.
    expect(c.graph.messagesTo(waId)).toEqual([reply]);
  });
});
