import type { Kysely } from 'kysely';
import type { WhatsAppCloudConfig } from '../../config.js';
import type { ReadinessCheck } from '../../core/readiness.js';
import type { Database } from '../../db/database.js';
import type { ConversationDeps } from '../../domain/conversation/conversation-deps.js';
import { takeIn } from '../../domain/conversation/take-in.js';
import { openAccountsForEnrolledPhones } from '../../domain/people/enrolled-phones.js';
import type { Logger } from '../../logger.js';
import type { ChannelSender, OutboundDelivery } from '../../outbox/channel-sender.js';
import { recordFailedReceipt, recordReceipt, resendAfterRefusal } from '../../outbox/delivery-receipts.js';
import { createSendBudget, type SendBudget } from '../../outbox/send-budget.js';
import { createCloudSender } from './cloud-sender.js';
import { closedWindow, openWindow } from './customer-window.js';
import { createGraphApi, metaErrors, type GraphApi } from './graph-api.js';
import type { Templates } from './templates-file.js';
import { cloudSender, toInboundEvent } from './to-inbound-event.js';
import { createSharedTransportStatus } from './shared-transport-status.js';
import { createTransportState, type CloudTransportStatus } from './transport-state.js';
import { batchOf, webhookBody, type CloudStatus } from './webhook-body.js';
import { hasValidSignature } from './webhook-signature.js';

export interface WhatsAppCloudChannelDeps {
  config: WhatsAppCloudConfig;
  templates: Templates;
  conversation: ConversationDeps;
  logger: Logger;
  /** What the outbox does when a delivery fails for good; a `failed` status of an undeliverable message does the same. */
  onUndeliverable: (trx: Kysely<Database>, delivery: Pick<OutboundDelivery, 'id' | 'accountId'>, reason: string) => Promise<void>;
  /** How often clients enrolled by phone are given their WhatsApp account. */
  enrolledPhonesEveryMs?: number;
}

/** What became of a webhook's body. */
export type WebhookOutcome = 'taken' | 'bad_signature' | 'malformed';

export interface WhatsAppCloudChannel {
  sender: ChannelSender;
  budget: SendBudget;
  /** Checks the signature of the raw bytes, then takes in the whole batch; resolves once it is stored. */
  takeWebhook(rawBody: Buffer, signature: string | undefined): Promise<WebhookOutcome>;
  /** Whether a verification handshake's token is ours. */
  verifyToken(token: string | undefined): boolean;
  start(): void;
  stop(): Promise<void>;
  /** The deployment's state, as every replica reads it from PostgreSQL. */
  status(): Promise<CloudTransportStatus>;
}


export function createWhatsAppCloudChannel(deps: WhatsAppCloudChannelDeps): WhatsAppCloudChannel {
  const { conversation, config } = deps;
  const log = deps.logger.child({ channel: 'whatsapp', transport: 'cloud' });
  const graph: GraphApi = createGraphApi(config);
  const shared = createSharedTransportStatus(conversation.db, (error) => log.warn({ err: error }, 'could not keep the WhatsApp transport’s state'));
  const state = createTransportState(conversation.clock, (status, what) => shared.record(status, what));
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  async function takeStatus(status: CloudStatus): Promise<void> {
    if (status.status === 'delivered' || status.status === 'read') {
      await recordReceipt(conversation.db, 'whatsapp', status.id, status.status);
      return;
    }
    if (status.status !== 'failed') return;
    const code = status.errors?.[0]?.code;
    const reason = `WhatsApp reported the message failed${code === undefined ? '' : ` (#${code})`}`;
    // Sent free-form just as the window closed: it goes again, the closed-window way.
    if (code === metaErrors.windowClosed) {
      const recipient = status.recipient_id ? cloudSender(status.recipient_id) : undefined;
      const failedAt = status.timestamp ? new Date(Number(status.timestamp) * 1000) : conversation.clock();
      if (recipient) {
        await conversation.db
          .updateTable('channel_accounts')
          .set(closedWindow)
          .where('channel', '=', 'whatsapp')
          .where('external_id', '=', recipient.externalId)
          // A status offered late must not close a window the client has opened again since.
          .where((eb) => eb.or([eb('last_inbound_at', 'is', null), eb('last_inbound_at', '<=', failedAt)]))
          .execute();
      }
      if (await resendAfterRefusal(conversation.db, 'whatsapp', status.id, reason)) return;
    }
    await conversation.db.transaction().execute(async (trx) => {
      const failed = await recordFailedReceipt(trx, 'whatsapp', status.id, reason);
      if (failed && code === metaErrors.undeliverable) await deps.onUndeliverable(trx, failed, reason);
    });
  }

  async function takeBatch(body: unknown): Promise<WebhookOutcome> {
    const parsed = webhookBody.safeParse(body);
    if (!parsed.success) return 'malformed';
    const batch = batchOf(parsed.data, config.phoneNumberId);
    if (batch.dropped > 0) log.warn({ dropped: batch.dropped }, 'a webhook carried events of a shape the Cloud API transport does not read');
    // In Meta's order, one after another: a chat's messages keep their order, and an error leaves the rest to the redelivery.
    for (const message of batch.messages) {
      const event = toInboundEvent(message, graph, conversation.digest);
      const sender = cloudSender(message.from).externalId;
      const at = new Date(Number(message.timestamp) * 1000);
      // Opened before the message is taken in, so what was held for them goes before any answer to it.
      const released = await openWindow(conversation.db, sender, at);
      if (released) log.info({ released }, 'the client wrote: messages held for them go now');
      if (event) await takeIn(conversation, event);
      // A first message may have bound them just now.
      if (released === undefined) await openWindow(conversation.db, sender, at);
    }
    for (const status of batch.statuses) await takeStatus(status);
    return 'taken';
  }

  async function openEnrolledAccounts(): Promise<void> {
    try {
      const opened = await openAccountsForEnrolledPhones(conversation.db, conversation.clock());
      if (opened > 0) log.info({ opened }, 'clients enrolled with a phone number can now be reached on WhatsApp');
    } catch (error) {
      log.warn({ err: error }, 'could not open WhatsApp accounts for clients enrolled by phone');
    }
  }

  return {
    sender: createCloudSender({ graph, db: conversation.db, mediaStore: conversation.mediaStore, scope: conversation, templates: deps.templates, state }),
    // Meta's pair limit keeps bursts to one person small; the deployment's rate is the operator's setting.
    budget: createSendBudget({ perSecond: config.maxPerSecond, perChatPerSecond: 1, chatBurst: 3, perGroupPerMinute: 1 }, () => false),

    async takeWebhook(rawBody, signature) {
      if (!hasValidSignature(rawBody, signature, config.appSecret)) return 'bad_signature';
      state.webhookReceived();
      let body: unknown;
      try {
        body = JSON.parse(rawBody.toString('utf8'));
      } catch {
        return 'malformed';
      }
      return takeBatch(body);
    },

    verifyToken: (token) => token !== undefined && token === config.verifyToken,

    start() {
      const every = deps.enrolledPhonesEveryMs ?? 60_000;
      const tick = () => {
        running = running.then(openEnrolledAccounts);
      };
      // A fresh start with a new token clears what an earlier run found.
      shared.record(state.status(), 'state');
      tick();
      timer = setInterval(tick, every);
      timer.unref();
      log.info({ phoneNumberId: config.phoneNumberId }, 'WhatsApp Cloud API transport on: webhooks at /whatsapp/cloud/webhook');
    },

    async stop() {
      if (timer) clearInterval(timer);
      await running;
      await shared.flush();
    },

    status: async () => (await shared.read()) ?? state.status(),
  };
}

/** The Cloud API transport's state in /readyz; like the web transport, it never makes the service unready. */
export function whatsappCloudReadiness(channel: WhatsAppCloudChannel): ReadinessCheck {
  return {
    name: 'whatsapp',
    required: false,
    check: async () => {
      const { state, reason, lastWebhookAt, lastSend } = await channel.status();
      return {
        ready: state === 'ready',
        state,
        transport: 'cloud',
        ...(reason !== undefined ? { reason } : {}),
        lastWebhookAt: lastWebhookAt?.toISOString() ?? null,
        lastSend: lastSend ? { ...lastSend, at: lastSend.at.toISOString() } : null,
      };
    },
  };
}
