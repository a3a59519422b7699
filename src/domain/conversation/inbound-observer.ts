import type { Channel, MessageKind } from '../../db/database.js';
import type { InboundEvent } from '../turn/inbound-event.js';

/** What an event is, in a few words that never name its sender: a message by its kind, else the event's type. */
export type InboundKind = Exclude<MessageKind, 'system'> | 'edit' | 'command' | 'choice';

/** One event handed in, as an observer is told of it. */
export interface HandledEvent {
  channel: Channel;
  kind: InboundKind;
  /** Taken in now for the first time; false for a redelivery, and for a failure that will be offered again. */
  fresh: boolean;
}

/**
 * Told of the events taken in, so they can be counted and timed outside the
 * domain: `begin` is called as handling starts, and the function it returns
 * once it ends, with every event that handling was about.
 */
export interface InboundObserver {
  begin(): (handled: HandledEvent[]) => void;
}

export function handledEvent(event: InboundEvent, fresh: boolean): HandledEvent {
  return { channel: event.from.channel, kind: event.type === 'message' ? event.kind : event.type, fresh };
}
