import { describe, expect, it } from 'vitest';
import { missedMessages } from '../../src/channels/whatsapp/catch-up.js';
import { whatsAppEventId } from '../../src/channels/whatsapp/to-inbound-event.js';
import { createFakeWhatsApp } from '../fakes/fake-whatsapp-client.js';
import { useTestDatabase } from '../support/test-database.js';
import { createKeyedDigest } from '../../src/core/keyed-digest.js';

const database = useTestDatabase();
const digest = createKeyedDigest('catch-up-test-key-0123456789abcdef');

describe('messages that came while no session was open', () => {
  it('are the recent unread ones of people’s chats that are not stored yet, oldest first', async () => {
    const wa = createFakeWhatsApp();
    const now = new Date('2026-11-24T12:00:00Z');
    const at = (hoursAgo: number) => Math.floor(now.getTime() / 1000) - hoursAgo * 3600;
    const anna = '37120000001@c.us';
    const stored = wa.receiveWhileAway({ from: anna, body: 'stored live before the restart', timestamp: at(30) });
    wa.receiveWhileAway({ from: anna, body: 'first while away', timestamp: at(5) });
    wa.receiveWhileAway({ from: anna, body: 'second while away', timestamp: at(4) });
    wa.receiveWhileAway({ from: '37120000002@c.us', body: 'nine days ago', timestamp: at(9 * 24) });
    wa.receiveWhileAway({ from: '120363000000000000@g.us', body: 'in a group', timestamp: at(1) });
    await database.db.insertInto('inbound_events').values({ channel: 'whatsapp', event_id: whatsAppEventId(stored, digest) }).execute();

    const missed = await missedMessages(wa.library.createClient(), database.db, { now, digest });

    expect(missed.map((message) => message.body)).toEqual(['first while away', 'second while away']);
  });

  it('are none when every unread message is stored', async () => {
    const wa = createFakeWhatsApp();
    const message = wa.receiveWhileAway({ from: '37120000003@c.us', body: 'hello' });
    await database.db.insertInto('inbound_events').values({ channel: 'whatsapp', event_id: whatsAppEventId(message, digest) }).execute();
    expect(await missedMessages(wa.library.createClient(), database.db, { now: new Date(), digest })).toEqual([]);
  });
});
