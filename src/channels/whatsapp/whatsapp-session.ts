import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import { createLease } from '../../coordination/lease.js';
import type { Database } from '../../db/database.js';
import type { Logger } from '../../logger.js';
import type { WhatsAppAck, WhatsAppClientLike, WhatsAppLibrary, WhatsAppMessageLike } from './whatsapp-client.js';

export const whatsAppStates = ['disabled', 'starting', 'qr', 'ready', 'disconnected', 'failed'] as const;

/** Why WhatsApp is off, as the status route and /readyz report it. */
export const whatsappDisabledReason = 'WHATSAPP_ENABLED is not true';
export type WhatsAppState = (typeof whatsAppStates)[number];

export interface WhatsAppStatus {
  state: WhatsAppState;
  since: Date;
  reason?: string;
  /** While linking by phone number: the code to enter on the phone. */
  pairingCode?: string;
}

export interface WhatsAppSessionDeps {
  db: Kysely<Database>;
  library: WhatsAppLibrary;
  chromiumPath: string;
  logger: Logger;
  clock: () => Date;
  /** Unique per process, so two replicas never both think they hold the session. */
  holder: string;
  onMessage: (message: WhatsAppMessageLike) => void;
  onAck: (message: WhatsAppMessageLike, ack: WhatsAppAck) => void;
  onReady: () => void;
  onQr: (qr: string) => void;
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** A client that shows neither a QR code nor ready within this time is given up and rebuilt. */
  startTimeoutMs?: number;
  leaseTtlMs?: number;
  leaseRenewEveryMs?: number;
}

export interface WhatsAppSession {
  start(): void;
  stop(): Promise<void>;
  status(): WhatsAppStatus;
  /** The QR code's text while linking waits for a scan. */
  qr(): string | null;
  /** The client, only while it is ready to send. */
  readyClient(): WhatsAppClientLike | undefined;
  /** The session lease's generation while this process holds it: the fencing token of its sends. */
  generation(): number | undefined;
}

const standbyReason = 'standing by: one replica at a time holds the WhatsApp session';

/**
 * Runs one WhatsApp Web client at a time, in the one replica that holds the
 * 'whatsapp-session' lease. whatsapp-web.js destroys a client after
 * `disconnected` and cannot reuse one whose start failed, so every failure
 * retires the client and a new one is built after a backoff; nothing here
 * throws into the process, so a missing browser or network never crashes it.
 */
export function createWhatsAppSession(deps: WhatsAppSessionDeps): WhatsAppSession {
  const { logger, clock } = deps;
  const retryBaseMs = deps.retryBaseMs ?? 5_000;
  const retryMaxMs = deps.retryMaxMs ?? 5 * 60_000;
  const startTimeoutMs = deps.startTimeoutMs ?? 3 * 60_000;
  let status: WhatsAppStatus = { state: 'disconnected', since: clock(), reason: standbyReason };
  let client: WhatsAppClientLike | undefined;
  let ready = false;
  let qr: string | null = null;
  /** Bumped whenever a client is built or retired, so a retired client's late events are ignored. */
  let generation = 0;
  let failures = 0;
  let retryTimer: NodeJS.Timeout | undefined;
  let startTimer: NodeJS.Timeout | undefined;
  let stopped = false;
  let lastLoggedReason: string | undefined;

  const lease = createLease({
    db: deps.db,
    name: 'whatsapp-session',
    holder: deps.holder,
    logger,
    ...(deps.leaseTtlMs !== undefined ? { ttlMs: deps.leaseTtlMs } : {}),
    ...(deps.leaseRenewEveryMs !== undefined ? { renewEveryMs: deps.leaseRenewEveryMs } : {}),
    onAcquired: () => void connect(),
    onLost: () => void retire(generation, 'disconnected', standbyReason, { retry: false }),
  });

  function setState(state: WhatsAppState, reason?: string, extra: { pairingCode?: string } = {}) {
    status = { state, since: clock(), ...(reason !== undefined ? { reason } : {}), ...extra };
    if (state !== 'qr') qr = null;
  }

  async function browserProblem(): Promise<string | null> {
    try {
      await access(deps.chromiumPath, constants.X_OK);
      return null;
    } catch {
      return `Chromium was not found at ${deps.chromiumPath}: install it, or set WHATSAPP_CHROMIUM_PATH to a Chromium or Chrome binary`;
    }
  }

  function scheduleRetry() {
    if (stopped) return;
    failures += 1;
    const delay = Math.min(retryMaxMs, retryBaseMs * 2 ** (failures - 1));
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => void connect(), delay);
    return delay;
  }

  /** Gives up the current client; logs a reason once, not on every retry. */
  async function retire(gen: number, state: 'failed' | 'disconnected', reason: string, options: { retry: boolean } = { retry: true }) {
    if (gen !== generation || stopped) return;
    generation += 1;
    const old = client;
    client = undefined;
    ready = false;
    setState(state, reason);
    const retryInMs = options.retry ? scheduleRetry() : undefined;
    if (reason !== lastLoggedReason) {
      lastLoggedReason = reason;
      if (options.retry) logger.error({ reason, retryInMs }, 'WhatsApp is not connected; retrying with backoff');
      else logger.info({ reason }, 'WhatsApp session handed over');
    } else {
      logger.debug({ reason, retryInMs }, 'WhatsApp still not connected');
    }
    // A client that already destroyed itself (after `disconnected`) may throw here; it is gone either way.
    await old?.destroy().catch((error: unknown) => logger.debug({ err: error }, 'retired WhatsApp client did not close cleanly'));
  }

  async function connect(): Promise<void> {
    if (stopped || client || !lease.isHeld()) return;
    generation += 1;
    const gen = generation;
    setState('starting');
    const problem = await browserProblem();
    if (problem) return retire(gen, 'failed', problem);
    if (gen !== generation || stopped) return;
    let created: WhatsAppClientLike;
    try {
      created = deps.library.createClient();
    } catch (error) {
      return retire(gen, 'failed', `could not create the WhatsApp client: ${String(error)}`);
    }
    client = created;
    const current = () => gen === generation;
    // whatsapp-web.js has no overall start timeout: a page that loads but never gets going would hang here for good.
    clearTimeout(startTimer);
    startTimer = setTimeout(() => {
      if (current() && status.state === 'starting') {
        void retire(gen, 'failed', `WhatsApp Web showed neither a QR code nor a session within ${Math.round(startTimeoutMs / 1000)} s`);
      }
    }, startTimeoutMs);
    created.on('qr', (code) => {
      if (!current()) return;
      setState('qr', 'waiting for the agency phone to scan the QR code (GET /api/whatsapp/qr)');
      qr = code;
      deps.onQr(code);
    });
    created.on('code', (code) => {
      if (!current()) return;
      setState('qr', 'waiting for the pairing code to be entered on the agency phone', { pairingCode: code });
      logger.warn({ pairingCode: code }, 'WhatsApp pairing code: enter it on the phone under Linked devices');
    });
    created.on('authenticated', () => {
      if (!current()) return;
      // The first sync of a large account can take minutes; it is progress, not a hang.
      clearTimeout(startTimer);
      logger.info('WhatsApp session authenticated');
    });
    created.on('auth_failure', (message) => {
      void retire(gen, 'failed', `WhatsApp rejected the stored session (${message}): link the number again with the new QR code`);
    });
    created.on('ready', () => {
      if (!current()) return;
      failures = 0;
      lastLoggedReason = undefined;
      ready = true;
      setState('ready');
      logger.info('WhatsApp is ready');
      deps.onReady();
    });
    created.on('disconnected', (reason) => {
      const why =
        reason === 'LOGOUT'
          ? 'the agency phone logged this device out: link the number again with the new QR code'
          : `WhatsApp Web disconnected (${reason})`;
      void retire(gen, 'disconnected', why);
    });
    created.on('message', (message) => {
      if (current()) deps.onMessage(message);
    });
    created.on('message_ack', (message, ack) => {
      if (current()) deps.onAck(message, ack);
    });
    try {
      await created.initialize();
    } catch (error) {
      await retire(gen, 'failed', `WhatsApp Web could not start: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return {
    start() {
      lease.start();
    },
    async stop() {
      stopped = true;
      clearTimeout(retryTimer);
      clearTimeout(startTimer);
      generation += 1;
      const old = client;
      client = undefined;
      ready = false;
      await old?.destroy().catch((error: unknown) => logger.debug({ err: error }, 'WhatsApp client did not close cleanly'));
      await lease.stop();
    },
    status: () => status,
    qr: () => (status.state === 'qr' ? qr : null),
    readyClient: () => (ready && lease.isHeld() ? client : undefined),
    generation: () => lease.generation(),
  };
}
