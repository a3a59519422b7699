import { describe, expect, it } from 'vitest';
import { createWhatsAppSender } from '../../src/channels/whatsapp/whatsapp-sender.js';
import type { MediaStore } from '../../src/media/media-store.js';
import { DeliveryError, type OutboundDelivery } from '../../src/outbox/channel-sender.js';
import { createFakeWhatsApp, type FakeWhatsAppClient } from '../fakes/fake-whatsapp-client.js';

const delivery: OutboundDelivery = {
  id: '00000000-0000-4000-8000-000000000001',
  channel: 'whatsapp',
  chatId: '37120000000@c.us',
  accountId: null,
  aboutClientId: null,
  payload: { kind: 'text', text: 'Hello' },
  replyToExternalId: null,
  attempts: 1,
};

const noEffects = { threadOpened: async () => undefined };

function senderWith(client: FakeWhatsAppClient | undefined) {
  const wa = createFakeWhatsApp();
  // Text deliveries never touch the database or the media store.
  return createWhatsAppSender({ mediaStore: undefined as unknown as MediaStore, library: wa.library, client: () => client });
}

describe('the WhatsApp sender', () => {
  it('is not ready, and asks to wait without spending an attempt, while no session is ready here', async () => {
    const sender = senderWith(undefined);
    expect(sender.ready?.()).toBe(false);
    const failure = await sender.send(delivery, noEffects).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DeliveryError);
    expect(failure).toMatchObject({ kind: 'rate_limited', retryAfterMs: 30_000 });
  });

  it('gives up on a chat WhatsApp does not know, and retries anything else', async () => {
    const client = createFakeWhatsApp().library.createClient() as FakeWhatsAppClient;
    const sender = senderWith(client);
    client.sendMessage = async () => {
      throw new Error('Evaluation failed: Error: invalid wid');
    };
    await expect(sender.send(delivery, noEffects)).rejects.toMatchObject({ kind: 'permanent' });
    client.sendMessage = async () => {
      throw new Error('Protocol error (Runtime.callFunctionOn): Target closed.');
    };
    await expect(sender.send(delivery, noEffects)).rejects.toMatchObject({ kind: 'transient' });
  });

  it('sends no command menu, since WhatsApp has none', async () => {
    const client = createFakeWhatsApp().library.createClient() as FakeWhatsAppClient;
    expect(await senderWith(client).send({ ...delivery, payload: { kind: 'menu', role: 'client', language: 'en' } }, noEffects)).toEqual({ externalId: null });
    expect(client.sent).toEqual([]);
  });
});
