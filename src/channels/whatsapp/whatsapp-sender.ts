import { buffer } from 'node:stream/consumers';
import type { MediaStore } from '../../media/media-store.js';
import { DeliveryError, type ChannelSender, type OutboundDelivery } from '../../outbox/channel-sender.js';
import { numberedChoices, type Choice } from '../../outbox/payload.js';
import type { WhatsAppClientLike, WhatsAppLibrary } from './whatsapp-client.js';

export interface WhatsAppSenderDeps {
  mediaStore: Pick<MediaStore, 'read'>;
  library: WhatsAppLibrary;
  /** The linked client, or undefined while the session is not ready in this process. */
  client: () => WhatsAppClientLike | undefined;
}

/** How long a delivery waits when the session went away between claim and send; not an attempt. */
const notConnectedRetryMs = 30_000;

/** Buttons and lists are deprecated in WhatsApp Web: choices become a numbered list under the text. */
export function withNumberedChoices(text: string, choices: Choice[][] | undefined): string {
  const options = numberedChoices(choices);
  if (options.length === 0) return text;
  return `${text}\n\n${options.map((choice, index) => `${index + 1}. ${choice.label}`).join('\n')}`;
}

/** Errors after which sending to this chat again cannot help. */
const permanentPatterns = [/invalid wid/i, /not.*registered/i, /no lid for user/i, /chat not found/i];

function classify(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new DeliveryError(permanentPatterns.some((p) => p.test(message)) ? 'permanent' : 'transient', message);
}

/** Carries outbox deliveries to WhatsApp through the linked session. */
export function createWhatsAppSender(deps: WhatsAppSenderDeps): ChannelSender {
  async function send(client: WhatsAppClientLike, delivery: OutboundDelivery): Promise<string | null> {
    const { payload, chatId } = delivery;
    switch (payload.kind) {
      case 'menu':
        // WhatsApp has no command menus; the help text lists what can be typed.
        return null;
      case 'text':
        return (await client.sendMessage(chatId, withNumberedChoices(payload.text, payload.choices))).id._serialized;
      case 'location': {
        const sent = await client.sendMessage(chatId, deps.library.location(payload.latitude, payload.longitude, payload.caption));
        return sent.id._serialized;
      }
      default: {
        if (!delivery.media) throw new DeliveryError('transient', 'the file this delivery carries is not stored');
        const media = deps.library.media({
          mimetype: delivery.media.contentType,
          data: (await buffer(deps.mediaStore.read(delivery.media.sha256))).toString('base64'),
          filename: payload.fileName ?? null,
        });
        const caption = payload.caption === undefined ? undefined : withNumberedChoices(payload.caption, payload.choices);
        const sent = await client.sendMessage(chatId, media, {
          ...(caption !== undefined ? { caption } : {}),
          ...(payload.kind === 'voice' ? { sendAudioAsVoice: true } : {}),
          ...(payload.kind === 'document' ? { sendMediaAsDocument: true } : {}),
        });
        return sent.id._serialized;
      }
    }
  }

  return {
    ready: () => deps.client() !== undefined,
    async send(delivery) {
      const client = deps.client();
      if (!client) throw new DeliveryError('rate_limited', 'WhatsApp is not connected in this process', notConnectedRetryMs);
      try {
        return { externalId: await send(client, delivery) };
      } catch (error) {
        throw classify(error);
      }
    },
  };
}
