/**
 * Errors the domain raises, each with a stable code. Every edge maps them once:
 * the HTTP error handler to statuses, the bots to polite replies.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** Input that is well-formed but not acceptable; `field` names the offending input. */
export class ValidationError extends DomainError {
  override readonly name = 'ValidationError';
  constructor(code: string, readonly field: string, message: string) {
    super(code, message, { field });
  }
}

export class NotFoundError extends DomainError {
  override readonly name = 'NotFoundError';
}

export class ConflictError extends DomainError {
  override readonly name = 'ConflictError';
}

/** Well-formed and allowed, but not now: the same request can succeed in a while. */
export class BusyError extends DomainError {
  override readonly name = 'BusyError';
  constructor(code: string, message: string, readonly retryAfterSeconds: number) {
    super(code, message);
  }
}
