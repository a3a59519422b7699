/** The state of one part the service depends on, as /readyz reports it. */
export interface ComponentState {
  ready: boolean;
  /** Machine-readable state, such as 'up', 'disabled' or 'polling'. */
  state: string;
  reason?: string;
  /** WhatsApp: which transport carries it (`web` or `cloud`). */
  transport?: string;
  /** The Cloud API transport: when a signed webhook last came, and how the last send went. */
  lastWebhookAt?: string | null;
  lastSend?: { at: string; ok: boolean; error?: string } | null;
}

/** A named readiness check; `required` ones decide between 200 and 503. */
export interface ReadinessCheck {
  name: string;
  required: boolean;
  check(): Promise<ComponentState>;
}
