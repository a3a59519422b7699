/** A button on Telegram, a numbered option on WhatsApp. `data` is at most 64 bytes. */
export interface Choice {
  data: string;
  label: string;
}

/**
 * What a message to a client is for, where a platform must know it: outside
 * WhatsApp's 24-hour window only an approved template of that purpose may go.
 */
export const messagePurposes = ['checkin_prompt', 'checkin_reminder', 'task_assigned', 'weekly_summary'] as const;
export type MessagePurpose = (typeof messagePurposes)[number];

/** What leaves the service, independent of the platform that carries it. */
export type OutboundPayload =
  | {
      kind: 'text';
      text: string;
      /** Rows of choices. */
      choices?: Choice[][];
      /** Pin the message in the chat (the current-client banner in a mentor's chat). */
      pin?: boolean;
      purpose?: MessagePurpose;
    }
  | {
      kind: 'photo' | 'document' | 'voice' | 'video';
      mediaId: string;
      caption?: string;
      fileName?: string;
      choices?: Choice[][];
    }
  | { kind: 'location'; latitude: number; longitude: number; caption?: string }
  | { kind: 'menu'; role: 'mentor' | 'client' | 'interpreter'; language: string };

/** A delivery's payload as `deliveries.payload` keeps it. */
export interface StoredPayload {
  payload: OutboundPayload;
  /** The platform message id, in the recipient's chat, that this delivery answers. */
  replyToExternalId: string | null;
}

/**
 * The one encoder of `deliveries.payload`: the outbox writes with it, and the
 * scheduler's set-based steps fill in templates it encoded (see payload-sql.ts).
 */
export function encodePayload(payload: OutboundPayload, replyToExternalId: string | null = null): string {
  return JSON.stringify({ payload, replyToExternalId } satisfies StoredPayload);
}

/** Reads `deliveries.payload` back; the column is written only by encodePayload. */
export function decodePayload(column: unknown): StoredPayload {
  return column as StoredPayload;
}

/**
 * Choices in the order a channel without buttons numbers them (1, 2, ...).
 * The channel renders with this and the domain resolves with it, so the
 * numbers a client sees are the numbers that are understood.
 */
export function numberedChoices(choices: Choice[][] | undefined): Choice[] {
  return (choices ?? []).flat();
}
