/** The Cloud API transport's state, as /readyz and GET /api/whatsapp/status report it. */
export interface CloudTransportStatus {
  transport: 'cloud';
  state: 'ready' | 'failed';
  since: Date;
  reason?: string;
  /** When a signed webhook last arrived. */
  lastWebhookAt: Date | null;
  /** The last send's result. */
  lastSend: { at: Date; ok: boolean; error?: string } | null;
}

export interface CloudTransportState {
  /** False once Meta refused the access token: deliveries wait in the outbox until it is replaced. */
  usable(): boolean;
  tokenRefused(reason: string): void;
  sent(): void;
  sendFailed(reason: string): void;
  webhookReceived(): void;
  /** This process's view; see shared-transport-status.ts for the deployment's. */
  status(): CloudTransportStatus;
}

/** What changed, for whoever keeps the state where every replica reads it. */
export type TransportChange = 'state' | 'send' | 'webhook';

export function createTransportState(clock: () => Date, changed: (status: CloudTransportStatus, what: TransportChange) => void = () => undefined): CloudTransportState {
  let state: CloudTransportStatus = { transport: 'cloud', state: 'ready', since: clock(), lastWebhookAt: null, lastSend: null };
  const update = (next: CloudTransportStatus, what: TransportChange) => {
    state = next;
    changed(state, what);
  };
  return {
    usable: () => state.state === 'ready',
    tokenRefused(reason) {
      if (state.state === 'failed') return;
      update(
        {
          ...state,
          state: 'failed',
          since: clock(),
          reason: `Meta refused the access token (${reason}); deliveries wait: set a new WHATSAPP_CLOUD_ACCESS_TOKEN and restart`,
        },
        'state',
      );
    },
    sent() {
      update({ ...state, lastSend: { at: clock(), ok: true } }, 'send');
    },
    sendFailed(reason) {
      update({ ...state, lastSend: { at: clock(), ok: false, error: reason } }, 'send');
    },
    webhookReceived() {
      update({ ...state, lastWebhookAt: clock() }, 'webhook');
    },
    status: () => state,
  };
}
