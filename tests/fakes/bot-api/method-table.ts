/** Every method the fake implements, and running one call through the checks Telegram makes before it. */
import { canonicalMethod } from './bot-api-spec.js';
import { botMethods } from './bot-methods.js';
import { isSendMethod, notify, recordCall } from './call-log.js';
import { resolveChatId } from './chats.js';
import { assertNotBlocked, checkLimits, commitSend } from './limits-and-faults.js';
import { mediaMethods } from './media-methods.js';
import type { MethodGroup } from './method-context.js';
import { messageMethods } from './message-methods.js';
import { isRecord } from './params.js';
import type { FakeState } from './state.js';
import type { ApiResponseBody, RecordedCall } from './types.js';
import { ApiError, asApiError, errorBody, okBody } from './wire-format.js';
import { webhookMethods } from './webhook.js';

/** getUpdates is not here: it holds its HTTP response open, see long-polling.ts. */
export const METHODS: MethodGroup = { ...messageMethods, ...mediaMethods, ...botMethods, ...webhookMethods };

export function execute(state: FakeState, call: RecordedCall): { status: number; body: ApiResponseBody } {
  const { method } = call;
  try {
    const handler = METHODS[method];
    if (!handler) throw new ApiError(404, 'Not Found: method not found');
    const sends = isSendMethod(method);
    let chatId: number | undefined;
    if (sends || method === 'sendChatAction') {
      chatId = resolveChatId(state, call.params);
      assertNotBlocked(state, chatId);
    }
    const now = Date.now();
    if (chatId !== undefined && sends) checkLimits(state, chatId, now);
    const { result, description } = handler({ state, params: call.params, files: call.files });
    if (chatId !== undefined && sends) commitSend(state, chatId, now);
    return { status: 200, body: okBody(result, description) };
  } catch (e) {
    const error = asApiError(e);
    if (error.code === 429) state.log.stats.tooManyRequests++;
    return { status: error.code, body: errorBody(error) };
  }
}

/** Telegram executes a method call that a bot returns as its webhook response body ("webhook reply"). */
export function runWebhookReply(state: FakeState, raw: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw) as unknown;
  } catch {
    return;
  }
  if (!isRecord(parsed) || typeof parsed['method'] !== 'string') return;
  const { method: requested, ...params } = parsed;
  const call = recordCall(state, canonicalMethod(requested), params, {});
  call.response = execute(state, call);
  notify(state, call);
}
