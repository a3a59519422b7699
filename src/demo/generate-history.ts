import type { Channel } from '../db/database.js';
import { demoTimeZone, type AgencyPlan, type ClientPlan } from './agency-plan.js';
import { writeNotes } from './case-notes.js';
import { writeCheckins } from './checkin-history.js';
import { endConversation, writeConversation } from './conversation-history.js';
import { emptyHistory, type Catalog, type DemoHistory } from './history.js';
import { localDate } from './local-time.js';
import type { Random } from './random.js';
import { Story, type StoryWorld } from './story.js';
import { writeTasks } from './task-history.js';

const hour = 3_600_000;
/** The outbox gives a delivery up after this many attempts, by default (DELIVERY_MAX_ATTEMPTS). */
const maxAttempts = 10;

/** Deliveries lost for good some days ago, as each channel's sender words the failure. */
const outages: { channel: Channel; count: number; error: string }[] = [
  { channel: 'whatsapp', count: 2, error: 'Protocol error (Runtime.callFunctionOn): Session closed. Most likely the page has been closed.' },
  { channel: 'telegram', count: 1, error: "Network request for 'sendMessage' failed!" },
];

/**
 * A few mentors' messages that never reached their client, for the
 * coordinator's list of dead deliveries: ones the client did not answer,
 * so nothing in the thread replies to a message never received.
 */
function loseDeliveries(history: DemoHistory, clients: Map<string, ClientPlan>, now: Date): void {
  const written = new Map<string, Date[]>();
  for (const m of history.messages) if (m.author === 'client') written.set(m.client, [...(written.get(m.client) ?? []), m.at]);
  const answeredSoon = (client: string, at: Date) => (written.get(client) ?? []).some((when) => when > at && when.getTime() - at.getTime() < 24 * hour);
  const mentorMessages = new Set(history.messages.filter((m) => m.author === 'mentor' && m.channel !== null).map((m) => m.ref));
  for (const outage of outages) {
    const candidates = history.deliveries.filter((delivery) => {
      const client = 'client' in delivery.recipient ? clients.get(delivery.recipient.client) : undefined;
      const age = now.getTime() - delivery.at.getTime();
      return client?.account.channel === outage.channel && delivery.message !== null && mentorMessages.has(delivery.message) && age > 3 * 24 * hour && age < 7 * 24 * hour;
    });
    const lostTo = new Set<string>();
    for (const delivery of candidates) {
      if (lostTo.size === outage.count) break;
      if (!('client' in delivery.recipient)) continue;
      const client = delivery.recipient.client;
      if (lostTo.has(client) || answeredSoon(client, delivery.at)) continue;
      lostTo.add(client);
      Object.assign(delivery, {
        status: 'dead',
        attempts: maxAttempts,
        lastError: outage.error,
        sentAt: null,
        externalId: null,
        updatedAt: new Date(delivery.at.getTime() + 95 * 60_000),
      });
    }
  }
}

const byTime = (a: { at: Date }, b: { at: Date }) => a.at.getTime() - b.at.getTime();

/**
 * Everything the agency's clients lived through in the 90 days before
 * `now`, written as the service would have written it. The same plan,
 * moment and random stream give the same history.
 */
export function generateHistory(plan: AgencyPlan, options: { now: Date; catalog: Catalog; random: Random }): DemoHistory {
  const history = emptyHistory();
  const world: StoryWorld = {
    now: options.now,
    today: localDate(options.now, demoTimeZone),
    catalog: options.catalog,
    mentors: new Map(plan.mentors.map((mentor) => [mentor.key, mentor])),
    coordinator: plan.coordinator,
    history,
    counters: new Map(),
  };
  for (const client of plan.clients) {
    const story = new Story(world, client, options.random.fork(client.key));
    writeCheckins(story);
    writeConversation(story);
    writeTasks(story);
    writeNotes(story);
    endConversation(story);
  }
  loseDeliveries(history, new Map(plan.clients.map((client) => [client.key, client])), options.now);
  // Identities (a thread's seq, the outbox's order) follow the order of writing, which is the order of time.
  history.messages.sort(byTime);
  history.deliveries.sort(byTime);
  return history;
}
