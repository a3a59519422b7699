/** The state of one part the service depends on, as /readyz reports it. */
export interface ComponentState {
  ready: boolean;
  /** Machine-readable state, such as 'up', 'disabled' or 'polling'. */
  state: string;
  reason?: string;
}

/** A named readiness check; `required` ones decide between 200 and 503. */
export interface ReadinessCheck {
  name: string;
  required: boolean;
  check(): Promise<ComponentState>;
}
