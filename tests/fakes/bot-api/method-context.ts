import type { FakeState } from './state.js';
import type { ApiParams, UploadedFile } from './types.js';

export interface MethodContext {
  state: FakeState;
  params: ApiParams;
  files: Record<string, UploadedFile>;
}

export interface MethodResult {
  result: unknown;
  /** Some methods (setWebhook, deleteWebhook) answer a description next to `result`. */
  description?: string;
}

/** One Bot API method: answers a result or throws an ApiError, as Telegram would answer that call. */
export type Handler = (ctx: MethodContext) => MethodResult;

export type MethodGroup = Readonly<Record<string, Handler>>;
