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
  status(): CloudTransportStatus;
}

export function createTransportState(clock: () => Date): CloudTransportState {
  let state: CloudTransportStatus = { transport: 'cloud', state: 'ready', since: clock(), lastWebhookAt: null, lastSend: null };
  return {
    usable: () => state.state === 'ready',
    tokenRefused(reason) {
      if (state.state === 'failed') return;
      state = {
        ...state,
        state: 'failed',
        since: clock(),
        reason: `Meta refused the access token (${reason}); deliveries wait: set a new WHATSAPP_CLOUD_ACCESS_TOKEN and restart`,
      };
    },
    sent() {
      state = { ...state, lastSend: { at: clock(), ok: true } };
    },
    sendFailed(reason) {
      state = { ...state, lastSend: { at: clock(), ok: false, error: reason } };
    },
    webhookReceived() {
      state = { ...state, lastWebhookAt: clock() };
    },
    status: () => state,
  };
}
