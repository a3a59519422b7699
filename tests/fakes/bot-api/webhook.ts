/** setWebhook, deleteWebhook, getWebhookInfo, and delivering an update to the webhook as Telegram POSTs it. */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { WebhookInfo } from 'grammy/types';
import { assignUpdateId, confirmUpdate, dropPendingUpdates, terminatePoll } from './long-polling.js';
import type { MethodGroup } from './method-context.js';
import { bool, num, str } from './params.js';
import type { FakeState } from './state.js';
import type { UpdateInput, WebhookState } from './types.js';
import { badRequest } from './wire-format.js';

const DEFAULT_MAX_CONNECTIONS = 40;

function deletedDescription(had: boolean): string {
  return had ? 'Webhook was deleted' : 'Webhook is already deleted';
}

export const webhookMethods: MethodGroup = {
  setWebhook: ({ state, params }) => {
    const { updates } = state;
    const url = str(params, 'url');
    if (url === undefined) throw badRequest('parameter "url" is required');
    if (url === '') {
      const had = updates.webhook !== undefined;
      updates.webhook = undefined;
      return { result: true, description: deletedDescription(had) };
    }
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw badRequest('bad webhook: Failed to resolve host: Name or service not known');
    }
    // Telegram demands HTTPS; the fake also takes http:// so tests need no certificate.
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
      throw badRequest('bad webhook: An HTTPS URL must be provided for webhook');
    }
    const secret = str(params, 'secret_token');
    if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secret)) {
      throw badRequest('bad webhook: Secret token contains unallowed characters');
    }
    const hook: WebhookState = { url };
    if (secret !== undefined) hook.secretToken = secret;
    const maxConnections = num(params, 'max_connections');
    if (maxConnections !== undefined) hook.maxConnections = maxConnections;
    const allowed = params['allowed_updates'];
    if (Array.isArray(allowed)) hook.allowedUpdates = allowed.filter((a): a is string => typeof a === 'string');
    const ip = str(params, 'ip_address');
    if (ip !== undefined) hook.ipAddress = ip;
    if (bool(params, 'drop_pending_updates')) dropPendingUpdates(state);
    const alreadySet = updates.webhook?.url === url;
    updates.webhook = hook;
    terminatePoll(state, 'Conflict: terminated by setWebhook request');
    return { result: true, description: alreadySet ? 'Webhook is already set' : 'Webhook was set' };
  },
  deleteWebhook: ({ state, params }) => {
    const had = state.updates.webhook !== undefined;
    state.updates.webhook = undefined;
    if (bool(params, 'drop_pending_updates')) dropPendingUpdates(state);
    return { result: true, description: deletedDescription(had) };
  },
  getWebhookInfo: ({ state }) => {
    const { webhook, queue } = state.updates;
    const info: WebhookInfo = { url: webhook?.url ?? '', has_custom_certificate: false, pending_update_count: queue.length };
    if (webhook) {
      info.max_connections = webhook.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
      if (webhook.ipAddress !== undefined) info.ip_address = webhook.ipAddress;
      if (webhook.allowedUpdates !== undefined) info.allowed_updates = webhook.allowedUpdates as WebhookInfo['allowed_updates'];
    }
    return { result: info };
  },
};

/**
 * POSTs one update to the webhook and resolves with the HTTP status. Only a 2xx confirms the update;
 * its body goes to `onReply`, since Telegram runs a method a bot returns there ("webhook reply").
 */
export function deliverToWebhook(state: FakeState, input: UpdateInput, onReply: (body: string) => void): Promise<number> {
  const hook = state.updates.webhook;
  if (!hook) return Promise.reject(new Error('deliverToWebhook: no webhook is set (call setWebhook first)'));
  const updateId = assignUpdateId(state, input);
  const payload = JSON.stringify({ ...input, update_id: updateId });
  const target = new URL(hook.url);
  const headers: Record<string, string | number> = {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(payload),
    connection: 'close',
  };
  if (hook.secretToken !== undefined) headers['X-Telegram-Bot-Api-Secret-Token'] = hook.secretToken;
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<number>((resolve, reject) => {
    const req = send(target, { method: 'POST', headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const status = res.statusCode ?? 0;
        if (status >= 200 && status < 300) {
          confirmUpdate(state, updateId);
          onReply(Buffer.concat(chunks).toString('utf8'));
        }
        resolve(status);
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}
