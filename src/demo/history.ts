import type { AlertKind, Channel, DeliveryPriority, DeliveryStatus, TaskStatus } from '../db/database.js';
import type { moodQuestion } from '../domain/checkins/mood-question.js';
import type { payloadsFor } from '../domain/threads/relay.js';
import type { PhotoSpec } from './photos.js';

/** The bots' catalogs: what the service itself says is worded as the service words it. */
export type Catalog = Parameters<typeof moodQuestion>[0];

/** A payload as the outbox keeps it; a photo's `mediaId` names a photo of the history until it is stored. */
export type Payload = ReturnType<typeof payloadsFor>[number];

/**
 * Who did something: a mentor in their bot, or a staff member in the
 * console. Staff are named by `coordinator` or by the mentor key of a
 * mentor's own staff account.
 */
export type Actor = { mentor: string } | { staff: string };

/**
 * The history is written in the plan's terms (client, mentor and photo keys,
 * refs between its own records), so it can be made without a database; the
 * writer turns keys and refs into ids.
 */
export interface HistoryCheckin {
  ref: string;
  client: string;
  localDate: string;
  promptedAt: Date;
  remindedAt: Date | null;
  answeredAt: Date | null;
  mood: number | null;
  source: 'schedule' | 'button' | 'text';
}

export interface HistoryMessage {
  ref: string;
  client: string;
  at: Date;
  direction: 'inbound' | 'outbound';
  author: 'client' | 'mentor' | 'staff' | 'system';
  mentor: string | null;
  staff: string | null;
  kind: 'text' | 'photo' | 'system';
  text: string | null;
  photo: string | null;
  /** Where it was written: the client's or mentor's messenger; null for the console and the service's own lines. */
  channel: Channel | null;
  externalId: string | null;
}

export interface HistoryTask {
  ref: string;
  client: string;
  mentor: string;
  title: string;
  details: string | null;
  dueDate: string | null;
  worksheet: string | null;
  status: TaskStatus;
  mentorComment: string | null;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  approvedAt: Date | null;
  dueRemindedAt: Date | null;
}

export interface HistoryEvidence {
  task: string;
  photo: string;
  message: string;
  caption: string | null;
  at: Date;
}

export interface HistoryAlert {
  client: string;
  mentor: string | null;
  kind: AlertKind;
  checkin: string | null;
  message: string | null;
  at: Date;
  acknowledgedAt: Date | null;
  acknowledgedBy: Actor | null;
  escalatedAt: Date | null;
  resolvedAt: Date | null;
  resolvedBy: Actor | null;
  resolutionNote: string | null;
}

export interface HistoryNote {
  client: string;
  author: Actor;
  text: string;
  at: Date;
}

export interface HistoryDelivery {
  recipient: { client: string } | { mentor: string };
  /** For a delivery to a mentor: the client it is about. */
  aboutClient: string | null;
  message: string | null;
  payload: Payload;
  priority: DeliveryPriority;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  at: Date;
  sentAt: Date | null;
  /** When its status last changed: sent, a receipt, the last attempt. */
  updatedAt: Date;
  /** The platform's id of the message sent. */
  externalId: string | null;
}

export interface HistoryTaskAudit {
  action: 'task.create' | 'task.approve' | 'task.redo' | 'task.cancel';
  actor: Actor;
  task: string;
  client: string;
  at: Date;
}

export interface DemoHistory {
  checkins: HistoryCheckin[];
  messages: HistoryMessage[];
  tasks: HistoryTask[];
  evidence: HistoryEvidence[];
  alerts: HistoryAlert[];
  notes: HistoryNote[];
  deliveries: HistoryDelivery[];
  audit: HistoryTaskAudit[];
  photos: Map<string, PhotoSpec>;
}

export function emptyHistory(): DemoHistory {
  return { checkins: [], messages: [], tasks: [], evidence: [], alerts: [], notes: [], deliveries: [], audit: [], photos: new Map() };
}
