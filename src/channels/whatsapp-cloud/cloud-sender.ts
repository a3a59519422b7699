import { buffer } from 'node:stream/consumers';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { tellMentorMessageWaits } from '../../domain/threads/closed-window.js';
import type { ScopeDeps } from '../../domain/turn/scope.js';
import { fallbackLanguage } from '../../i18n/translator.js';
import type { MediaStore } from '../../media/media-store.js';
import { DeliveryError, type ChannelSender, type OutboundDelivery } from '../../outbox/channel-sender.js';
import { splitText } from '../../outbox/split-text.js';
import { withNumberedChoices } from '../whatsapp/whatsapp-sender.js';
import { closedWindow, windowIsOpen } from './customer-window.js';
import { GraphApiError, metaErrors, type GraphApi } from './graph-api.js';
import { textMessage } from './interactive.js';
import type { Templates } from './templates-file.js';
import type { CloudTransportState } from './transport-state.js';

export interface CloudSenderDeps {
  graph: GraphApi;
  db: Kysely<Database>;
  mediaStore: Pick<MediaStore, 'read'>;
  scope: ScopeDeps;
  templates: Templates;
  state: CloudTransportState;
}

const rateLimitWaitMs = 10_000;
const tokenWaitMs = 60_000;
/** The Cloud API's limit on a text's body. */
const maxTextLength = 4096;

/** The number to send to: web-transport accounts keep the `<digits>@c.us` chat id, cloud ones the digits. */
function recipientOf(chatId: string): string {
  const digits = /^(\d{6,15})(@c\.us)?$/.exec(chatId)?.[1];
  if (!digits) throw new DeliveryError('permanent', 'this WhatsApp chat has no phone number the Cloud API can address');
  return digits;
}

interface Recipient {
  /** The number the account is known by, which a web-transport chat id (`…@lid`) may not show. */
  phone: string | null;
  clientId: string | null;
  name: string | null;
  language: string;
  lastInboundAt: Date | null;
  waitingNoticeAt: Date | null;
  carriesMentorMessage: boolean;
}

async function recipient(db: Kysely<Database>, delivery: OutboundDelivery): Promise<Recipient | undefined> {
  if (delivery.accountId === null) return undefined;
  const row = await db
    .selectFrom('channel_accounts as a')
    .leftJoin('clients as c', 'c.id', 'a.client_id')
    .leftJoin('deliveries as d', (join) => join.on('d.id', '=', delivery.id))
    .leftJoin('messages as m', 'm.id', 'd.message_id')
    .select(['a.external_id', 'a.client_id', 'c.name', 'c.language', 'a.last_inbound_at', 'a.waiting_notice_at', 'm.author'])
    .where('a.id', '=', delivery.accountId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    phone: /^\+\d{6,15}$/.test(row.external_id) ? row.external_id.slice(1) : null,
    clientId: row.client_id,
    name: row.name,
    language: row.language ?? fallbackLanguage,
    lastInboundAt: row.last_inbound_at,
    waitingNoticeAt: row.waiting_notice_at,
    carriesMentorMessage: row.author === 'mentor',
  };
}

/**
 * Carries outbox deliveries through the Cloud API. Within 24 hours of the
 * client's last message anything may go; outside that window a templated
 * purpose goes as its approved template, and anything else is held until the
 * client writes, the client told once by template that a mentor's message
 * waits and the mentor told in the thread.
 */
export function createCloudSender(deps: CloudSenderDeps): ChannelSender {
  const { graph } = deps;

  function template(to: string, name: string, languageCode: string, clientName: string): Record<string, unknown> {
    return {
      to,
      type: 'template',
      template: { name, language: { code: languageCode }, components: [{ type: 'body', parameters: [{ type: 'text', text: clientName }] }] },
    };
  }

  async function freeForm(delivery: OutboundDelivery, to: string, language: string): Promise<string | null> {
    const { payload } = delivery;
    const context = delivery.replyToExternalId?.startsWith('wamid.') ? { context: { message_id: delivery.replyToExternalId } } : {};
    switch (payload.kind) {
      case 'menu':
        // WhatsApp has no command menus; the help text lists what can be typed.
        return null;
      case 'text': {
        const message = textMessage(payload.text, payload.choices, deps.scope.translator.t(language, 'whatsapp-choose'));
        if (message.type !== 'text') return graph.sendMessage({ to, ...context, ...message });
        // A text over the Cloud API's limit goes in pieces, in order; the last one's id stands for the delivery.
        let last: string | null = null;
        for (const body of splitText(message.text.body, maxTextLength)) {
          last = await graph.sendMessage({ to, ...context, type: 'text', text: { body, preview_url: false } });
        }
        return last;
      }
      case 'location':
        return graph.sendMessage({
          to,
          ...context,
          type: 'location',
          location: { latitude: payload.latitude, longitude: payload.longitude, ...(payload.caption ? { name: payload.caption } : {}) },
        });
      default: {
        if (!delivery.media) throw new DeliveryError('transient', 'the file this delivery carries is not stored');
        const bytes = await buffer(deps.mediaStore.read(delivery.media.sha256));
        const type = payload.kind === 'photo' ? 'image' : payload.kind === 'voice' ? 'audio' : payload.kind;
        const mediaId = await graph.uploadMedia(bytes, delivery.media.contentType, payload.fileName ?? payload.kind);
        // Audio takes no caption on WhatsApp.
        const caption = payload.caption === undefined || type === 'audio' ? undefined : withNumberedChoices(payload.caption, payload.choices);
        return graph.sendMessage({
          to,
          ...context,
          type,
          [type]: { id: mediaId, ...(caption ? { caption } : {}), ...(type === 'document' && payload.fileName ? { filename: payload.fileName } : {}) },
        });
      }
    }
  }

  const held = (who: Recipient) => new DeliveryError('held', 'the WhatsApp window is closed: held until the client writes', undefined, who.lastInboundAt);

  /** Tells the client once by template that a mentor's message waits (if the file names one), and the mentor in the thread. */
  async function tellBothItWaits(delivery: OutboundDelivery, to: string, who: Recipient & { clientId: string }): Promise<void> {
    const waiting = deps.templates.forPurpose('mentor_message_waiting', who.language);
    let told = false;
    if (waiting) {
      try {
        await graph.sendMessage(template(to, waiting.name, waiting.languageCode, who.name ?? ''));
        told = true;
      } catch (error) {
        // A template Meta refuses (not approved, wrong parameters) must not cost the mentor's message: it stays held.
        deps.state.sendFailed(`the ${waiting.name} template was refused: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    await deps.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('channel_accounts')
        // Whole seconds, one early, as Meta dates messages: a client who writes in the same second counts as having written after it.
        .set({ waiting_notice_at: new Date(Math.floor(deps.scope.clock().getTime() / 1000) * 1000 - 1000) })
        .where('id', '=', delivery.accountId)
        .execute();
      await tellMentorMessageWaits(trx, deps.scope, who.clientId, told);
    });
  }

  /**
   * Outside the window: a prompt or reminder goes as its template; a new task
   * or the weekly summary as its template too, the text itself held to follow
   * when the client writes; a reminder or summary with no template would be
   * stale by then and is dropped; anything else (a mentor's message above all)
   * is held, both sides told once.
   */
  async function outsideWindow(delivery: OutboundDelivery, to: string, who: Recipient): Promise<string> {
    const purpose = delivery.payload.kind === 'text' ? delivery.payload.purpose : undefined;
    const chosen = purpose ? deps.templates.forPurpose(purpose, who.language) : undefined;
    if (chosen) {
      const templateId = await graph.sendMessage(template(to, chosen.name, chosen.languageCode, who.name ?? ''));
      if (purpose === 'task_assigned' || purpose === 'weekly_summary') throw held(who);
      return templateId;
    }
    if (purpose === 'checkin_reminder' || purpose === 'weekly_summary') {
      throw new DeliveryError('dropped', `the WhatsApp window is closed and the templates file names no ${purpose} template`);
    }
    const toldSince = who.waitingNoticeAt !== null && (who.lastInboundAt === null || who.waitingNoticeAt > who.lastInboundAt);
    const { clientId } = who;
    if (who.carriesMentorMessage && !toldSince && clientId !== null) await tellBothItWaits(delivery, to, { ...who, clientId });
    throw held(who);
  }

  function classify(error: unknown, delivery: OutboundDelivery): Promise<DeliveryError> | DeliveryError {
    if (error instanceof DeliveryError) return error;
    if (!(error instanceof GraphApiError)) return new DeliveryError('transient', error instanceof Error ? error.message : String(error));
    if (error.code === metaErrors.tokenRefused || error.httpStatus === 401) {
      deps.state.tokenRefused(error.message);
      return new DeliveryError('rate_limited', error.message, tokenWaitMs);
    }
    if (error.code !== undefined && metaErrors.rateLimits.has(error.code)) return new DeliveryError('rate_limited', error.message, rateLimitWaitMs);
    if (error.code === metaErrors.undeliverable) return new DeliveryError('permanent', error.message);
    // An answer to a bare chat (a farewell) has no other way to go.
    if (error.code === metaErrors.windowClosed && delivery.accountId === null) return new DeliveryError('permanent', error.message);
    if (error.code === metaErrors.windowClosed && delivery.accountId !== null) {
      // Our record of the window was wrong: it is closed now, and the delivery goes the closed-window way at once.
      return deps.db
        .updateTable('channel_accounts')
        .set(closedWindow)
        .where('id', '=', delivery.accountId)
        .execute()
        .then(() => new DeliveryError('rate_limited', error.message, 0));
    }
    return new DeliveryError('transient', error.message);
  }

  return {
    ready: () => deps.state.usable(),
    async send(delivery) {
      try {
        const who = await recipient(deps.db, delivery);
        const to = who?.phone ?? recipientOf(delivery.chatId);
        const open = who === undefined || windowIsOpen(who.lastInboundAt, deps.scope.clock());
        const externalId = open ? await freeForm(delivery, to, who?.language ?? fallbackLanguage) : await outsideWindow(delivery, to, who);
        deps.state.sent();
        return { externalId };
      } catch (error) {
        const failure = await classify(error, delivery);
        if (failure.kind !== 'held') deps.state.sendFailed(failure.message);
        throw failure;
      }
    },
  };
}
