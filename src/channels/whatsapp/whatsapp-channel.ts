import { setTimeout as sleep } from 'node:timers/promises';
import type { ReadinessCheck } from '../../core/readiness.js';
import type { Logger } from '../../logger.js';
import type { ConversationDeps } from '../../domain/conversation/conversation-deps.js';
import { takeIn } from '../../domain/conversation/take-in.js';
import type { ChannelSender } from '../../outbox/channel-sender.js';
import { createPacedBudget } from '../../outbox/paced-budget.js';
import type { SendBudget } from '../../outbox/send-budget.js';
import { recordReceipt, type ReceiptStatus } from '../../outbox/delivery-receipts.js';
import { missedMessages } from './catch-up.js';
import { toInboundEvent } from './to-inbound-event.js';
import type { WhatsAppAck, WhatsAppLibrary, WhatsAppMessageLike } from './whatsapp-client.js';
import type { WhatsAppConfig } from '../../config.js';
import { createWhatsAppSender } from './whatsapp-sender.js';
import { createWhatsAppSession, whatsappDisabledReason, type WhatsAppSession, type WhatsAppSessionDeps, type WhatsAppStatus } from './whatsapp-session.js';

export interface WhatsAppChannelDeps {
  config: WhatsAppConfig;
  library: WhatsAppLibrary;
  conversation: ConversationDeps;
  logger: Logger;
  /** Unique per process. */
  holder: string;
  /** Told when the session becomes ready to send, so deliveries that waited for it go at once. */
  onReady: () => void;
  /** Shows a QR code to whoever watches the process's output. */
  printQr: (qr: string) => void;
  /** Backoff and lease timings, shortened by tests. */
  timings?: Pick<WhatsAppSessionDeps, 'retryBaseMs' | 'retryMaxMs' | 'leaseTtlMs' | 'leaseRenewEveryMs'>;
}

export interface WhatsAppChannel {
  sender: ChannelSender;
  /** Paces sends so the agency's number does not look automated; only the session holder sends. */
  budget: SendBudget;
  /** The fencing token of this process's sends: the session lease's generation while it holds it. */
  fence(): number | undefined;
  start(): void;
  stop(): Promise<void>;
  status(): WhatsAppStatus;
  qr(): string | null;
}

/** Receipts that move a delivery on; 1 (the server has it) says only `sent`, which the outbox records itself. */
const receiptStatuses: Record<number, ReceiptStatus> = { 2: 'delivered', 3: 'read', 4: 'read' };
/** A receipt can overtake the outbox recording the message id it is about; it is tried again this often. */
const receiptRetryDelaysMs = [200, 1000, 5000];

export function createWhatsAppChannel(deps: WhatsAppChannelDeps): WhatsAppChannel {
  const { conversation } = deps;
  const log = deps.logger.child({ channel: 'whatsapp' });
  /** Work per chat runs in arrival order, as Telegram's sequentialize does. */
  const chains = new Map<string, Promise<void>>();
  const inFlight = new Set<Promise<void>>();
  /** Cut short receipt retries at shutdown: a receipt is not worth holding it up for. */
  const stopping = new AbortController();

  function track(work: Promise<void>) {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  }

  function inOrder(chatId: string, work: () => Promise<void>) {
    const next = (chains.get(chatId) ?? Promise.resolve()).then(work);
    chains.set(chatId, next);
    track(
      next.finally(() => {
        if (chains.get(chatId) === next) chains.delete(chatId);
      }),
    );
  }

  // An id that cannot be mapped now is retried rather than taken for a stranger's.
  const resolveLid = async (lid: string) => {
    const client = session.readyClient();
    if (!client) throw new Error('WhatsApp is not ready to map an @lid id to a phone number');
    const [found] = await client.getContactLidAndPhone([lid]);
    return found?.pn ?? null;
  };

  /**
   * WhatsApp Web emits a message once: until it is stored, it is retried, for
   * as long as the database is away, and a few times while it answers.
   */
  async function handleMessage(message: WhatsAppMessageLike): Promise<void> {
    let delayMs = 500;
    while (!stopping.signal.aborted) {
      try {
        const event = await toInboundEvent(message, resolveLid, conversation.digest);
        if (!event) return;
        // takeIn counts failures in PostgreSQL and keeps a message it cannot handle as such, so this ends.
        await takeIn(conversation, event);
        return;
      } catch (error) {
        // WhatsApp's message ids contain the sender's phone number, so they stay out of the logs.
        log.warn({ err: error, type: message.type }, 'WhatsApp message handling failed; retrying');
        if (!(await sleep(delayMs, true, { signal: stopping.signal }).catch(() => false))) return;
        delayMs = Math.min(5000, delayMs * 2);
      }
    }
  }

  async function handleAck(message: WhatsAppMessageLike, ack: WhatsAppAck): Promise<void> {
    const status = receiptStatuses[ack];
    if (!status || !message.fromMe) return;
    for (const delayMs of [0, ...receiptRetryDelaysMs]) {
      if (delayMs > 0 && !(await sleep(delayMs, true, { signal: stopping.signal }).catch(() => false))) return;
      try {
        if (await recordReceipt(conversation.db, 'whatsapp', message.id._serialized, status)) return;
      } catch (error) {
        log.warn({ err: error }, 'could not record a WhatsApp receipt');
        return;
      }
    }
    // Messages sent from the phone itself have no delivery here.
  }

  /** Takes in, like live ones, the messages that came while no session was open. */
  async function catchUp(): Promise<void> {
    const client = session.readyClient();
    if (!client) return;
    try {
      const missed = await missedMessages(client, conversation.db, { now: conversation.clock(), digest: conversation.digest });
      for (const message of missed) inOrder(message.from, () => handleMessage(message));
      if (missed.length > 0) log.info({ messages: missed.length }, 'taking in WhatsApp messages that came while no session was open');
    } catch (error) {
      log.warn({ err: error }, 'could not look for WhatsApp messages that came while no session was open');
    }
  }

  const session: WhatsAppSession = createWhatsAppSession({
    db: conversation.db,
    library: deps.library,
    chromiumPath: deps.config.chromiumPath,
    logger: log,
    clock: conversation.clock,
    holder: deps.holder,
    onMessage: (message) => inOrder(message.from, () => handleMessage(message)),
    onAck: (message, ack) => track(handleAck(message, ack)),
    onReady: () => {
      deps.onReady();
      track(catchUp());
    },
    onQr: deps.printQr,
    ...deps.timings,
  });

  return {
    sender: createWhatsAppSender({
      mediaStore: conversation.mediaStore,
      library: deps.library,
      client: () => session.readyClient(),
    }),
    budget: createPacedBudget({ perMinute: deps.config.maxPerMinute, jitter: 0.3 }),
    fence: () => (session.readyClient() ? session.generation() : undefined),
    start: () => session.start(),
    async stop() {
      stopping.abort();
      await session.stop();
      await Promise.allSettled([...inFlight]);
    },
    status: () => session.status(),
    qr: () => session.qr(),
  };
}

/** WhatsApp's state in /readyz; like Telegram, it never makes the service unready. */
export function whatsappReadiness(whatsapp: WhatsAppChannel | undefined): ReadinessCheck {
  return {
    name: 'whatsapp',
    required: false,
    check: async () => {
      if (!whatsapp) return { ready: false, state: 'disabled', transport: 'web', reason: whatsappDisabledReason };
      const { state, reason } = whatsapp.status();
      return { ready: state === 'ready', state, transport: 'web', ...(reason !== undefined ? { reason } : {}) };
    },
  };
}
