import type { ColumnType, Generated, GeneratedAlways } from 'kysely';

/** A timestamptz column: read as Date; written as a Date, or left to its default where it has one. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A `date` column, read as 'YYYY-MM-DD' (see create-database.ts) so no time zone can shift it. */
type LocalDate = ColumnType<string, string, string>;

export const mentorRoles = ['social_worker', 'psychologist', 'teacher', 'career_specialist', 'other'] as const;
export type MentorRole = (typeof mentorRoles)[number];
export const clientStatuses = ['active', 'paused', 'ended'] as const;
export type ClientStatus = (typeof clientStatuses)[number];
export const channels = ['telegram', 'whatsapp'] as const;
export type Channel = (typeof channels)[number];
export const messageKinds = ['text', 'photo', 'document', 'voice', 'video', 'location', 'sticker', 'system'] as const;
export type MessageKind = (typeof messageKinds)[number];
export const taskStatuses = ['assigned', 'submitted', 'approved', 'cancelled'] as const;
export type TaskStatus = (typeof taskStatuses)[number];
export const deliveryStatuses = ['pending', 'sending', 'sent', 'delivered', 'read', 'failed', 'dead', 'cancelled'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];
/** Which deliveries go first: live conversation, then bulk sends, then answers to strangers. */
export const deliveryPriorities = { conversation: 0, bulk: 1, stranger: 2 } as const;
export type DeliveryPriority = keyof typeof deliveryPriorities;
export const accountStatuses = ['active', 'unreachable', 'revoked'] as const;
export type AccountStatus = (typeof accountStatuses)[number];
/** Why a message's file is not stored with it. */
export const mediaProblems = ['too_large', 'download_failed', 'not_stored', 'unsafe', 'unprocessable'] as const;
export type MediaProblem = (typeof mediaProblems)[number];

export interface MentorTable {
  id: Generated<string>;
  name: string;
  role: Generated<MentorRole>;
  languages: Generated<string[]>;
  timezone: Generated<string>;
  active: Generated<boolean>;
  /** The /via mode: messages to a client with an interpreter go through the interpreter first. */
  via_interpreter: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ClientTable {
  id: Generated<string>;
  name: string;
  language: string;
  timezone: string;
  /** Local 'HH:MM:SS'. */
  checkin_time: string;
  /** ISO weekdays, Monday = 1 … Sunday = 7. */
  checkin_days: Generated<number[]>;
  checkins_paused_until: LocalDate | null;
  status: Generated<ClientStatus>;
  phone: string | null;
  country: string | null;
  programme: string | null;
  consent_given: Generated<boolean>;
  consent_at: Timestamp | null;
  consent_method: 'in_person' | 'bot' | null;
  /** Set while the client has stopped daily prompts themselves (/stop). */
  checkins_stopped_at: Timestamp | null;
  /** ISO weekday of the weekly summary. */
  weekly_summary_day: Generated<number>;
  /** When the client was last set to ended; null while they are not. */
  ended_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AssignmentTable {
  id: Generated<string>;
  client_id: string;
  mentor_id: string;
  started_at: Timestamp;
  ended_at: Timestamp | null;
}

export interface ChannelAccountTable {
  id: Generated<string>;
  channel: Channel;
  external_id: string;
  chat_id: string;
  client_id: string | null;
  mentor_id: string | null;
  /** The staff member an interpreter's account belongs to. */
  interpreter_id: string | null;
  status: Generated<AccountStatus>;
  unreachable_reason: string | null;
  revoked_at: Timestamp | null;
  /** A mentor's client for plain messages, when not answering by reply or topic. */
  current_client_id: string | null;
  /** What the next plain message from this account means, such as the text of a case note. */
  pending_action: ColumnType<PendingAction | null, string | null, string | null>;
  /** The seq of the last delivery whose choices the account answered. */
  choices_answered_seq: number | null;
  /** When the person last wrote to us on this account: WhatsApp's 24-hour window runs from it. */
  last_inbound_at: Timestamp | null;
  /** When the person was last told by template that a mentor's message waits for them. */
  waiting_notice_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface InviteTable {
  id: Generated<string>;
  code_hash: string;
  client_id: string | null;
  mentor_id: string | null;
  /** The staff member (an interpreter) the invite binds. */
  interpreter_id: string | null;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  used_by_account_id: string | null;
  revoked_at: Timestamp | null;
  created_at: Timestamp;
}

export interface ThreadTable {
  id: Generated<string>;
  client_id: string;
  /** The last message seq the mentor has seen; later inbound messages are unread. */
  mentor_seen_seq: Generated<number>;
  created_at: Timestamp;
}

export interface ChannelThreadTable {
  account_id: string;
  client_id: string;
  external_thread_id: string;
  created_at: Timestamp;
}

export interface InboundEventTable {
  channel: Channel;
  event_id: string;
  received_at: Timestamp;
}

export interface CaseNoteTable {
  id: Generated<string>;
  client_id: string;
  /** The mentor who wrote it, or null for a note a coordinator wrote (author_staff_id). */
  mentor_id: string | null;
  author_staff_id: string | null;
  text: string;
  created_at: Timestamp;
}

export type AlertKind = 'low_mood' | 'missed_checkins' | 'crisis_words';

export interface AlertTable {
  id: Generated<string>;
  client_id: string;
  mentor_id: string | null;
  kind: AlertKind;
  checkin_id: string | null;
  created_at: Timestamp;
  acknowledged_at: Timestamp | null;
  /** Who acknowledged it: `mentor:<id>` in the bot, `staff:<id>` in the console. */
  acknowledged_by: string | null;
  escalated_at: Timestamp | null;
  message_id: string | null;
  resolved_at: Timestamp | null;
  resolved_by: string | null;
  resolution_note: string | null;
}

export interface WeeklySummaryTable {
  client_id: string;
  local_date: LocalDate;
  sent_at: Timestamp;
}

export interface MentorDigestTable {
  mentor_id: string;
  local_date: LocalDate;
  sent_at: Timestamp;
}

/** A conversation step an account is in the middle of, so its next message is read in that light. */
export type PendingAction =
  | { type: 'note'; clientId: string }
  /** A mentor creating a task: the next answer is its title, then its due date, then a worksheet. */
  | { type: 'task'; clientId: string; step: 'title' }
  | { type: 'task'; clientId: string; step: 'due'; title: string }
  | { type: 'task'; clientId: string; step: 'worksheet'; title: string; dueDate: string | null }
  /** A mentor writing what a client should redo. */
  | { type: 'redo'; taskId: string }
  /** A client's photo waiting for them to say which task it shows. */
  | { type: 'evidence'; messageId: string; mediaId: string; caption: string | null; heldAt: string }
  /** A client who pressed "done" on a task: their next photo is its evidence. */
  | { type: 'evidence-for'; taskId: string };

export interface MediaTable {
  id: Generated<string>;
  sha256: string;
  content_type: string;
  size_bytes: number;
  created_at: Timestamp;
}

export interface MessageTable {
  id: Generated<string>;
  seq: GeneratedAlways<number>;
  thread_id: string;
  direction: 'inbound' | 'outbound';
  author: 'client' | 'mentor' | 'staff' | 'system';
  author_mentor_id: string | null;
  /** A coordinator (or other staff member) who wrote from the console. */
  author_staff_id: string | null;
  kind: MessageKind;
  text: string | null;
  media_id: string | null;
  location: { latitude: number; longitude: number } | null;
  reply_to_message_id: string | null;
  channel: Channel | null;
  external_id: string | null;
  edited_at: Timestamp | null;
  media_problem: MediaProblem | null;
  created_at: Timestamp;
}

export interface MessageEditTable {
  id: Generated<string>;
  message_id: string;
  previous_text: string | null;
  edited_at: Timestamp;
}

export interface CheckinTable {
  id: Generated<string>;
  client_id: string;
  local_date: LocalDate;
  prompted_at: Timestamp | null;
  reminded_at: Timestamp | null;
  answered_at: Timestamp | null;
  mood: number | null;
  source: string | null;
  created_at: Timestamp;
}

export interface TaskTable {
  id: Generated<string>;
  client_id: string;
  mentor_id: string | null;
  title: string;
  details: string | null;
  due_date: LocalDate | null;
  worksheet_media_id: string | null;
  status: Generated<TaskStatus>;
  mentor_comment: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  submitted_at: Timestamp | null;
  approved_at: Timestamp | null;
  due_reminded_at: Timestamp | null;
}

export interface TaskEvidenceTable {
  id: Generated<string>;
  task_id: string;
  media_id: string | null;
  message_id: string | null;
  caption: string | null;
  created_at: Timestamp;
}

export interface DeliveryTable {
  id: Generated<string>;
  seq: GeneratedAlways<number>;
  account_id: string | null;
  channel: Channel;
  recipient_chat_id: string;
  /** The client a delivery to a mentor is about, so a reply to it reaches that client. */
  about_client_id: string | null;
  message_id: string | null;
  payload: ColumnType<unknown, string, string>;
  /** See deliveryPriorities. */
  priority: Generated<number>;
  status: Generated<DeliveryStatus>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  external_id: string | null;
  created_at: Timestamp;
  sent_at: Timestamp | null;
  updated_at: Timestamp;
  /** When the texts of this finished delivery were cleared (retention, erasure); null while kept. */
  payload_cleared_at: Timestamp | null;
}

export interface AuditLogTable {
  id: Generated<string>;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  /** The client the entry is about, when it is about one; kept (with no foreign key) after they are erased. */
  client_id: string | null;
  /** Ids, field names, channels, counts and reasons from fixed sets only: never what names or describes a person. */
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
  created_at: Timestamp;
}

/** The old and new value of one field an audited change changed; erasing a client deletes those of their entries. */
export interface AuditChangeTable {
  audit_id: string;
  field: string;
  old_value: ColumnType<unknown, string, string>;
  new_value: ColumnType<unknown, string, string>;
}

export interface NoticeWindowTable {
  /** What is noticed, such as 'stranger:telegram'. */
  kind: string;
  /** Whom it is about: a client id, or a keyed digest of a stranger's platform id. */
  subject: string;
  noticed_at: Timestamp;
}

export interface InboundFailureTable {
  channel: Channel;
  event_id: string;
  /** Attempts begun: counted before handling an event with a file, so a crash counts too. */
  started: Generated<number>;
  /** Attempts that failed while the database answered. */
  failed: Generated<number>;
  last_error: string | null;
  first_failed_at: Timestamp;
  last_failed_at: Timestamp;
}

export interface LeaseTable {
  name: string;
  holder: string;
  acquired_at: Timestamp;
  expires_at: Timestamp;
  /** Grows each time the lease changes hands: the fencing token of a holder's work. */
  generation: Generated<number>;
}

export const staffRoles = ['coordinator', 'mentor', 'interpreter'] as const;
export type StaffRole = (typeof staffRoles)[number];

export interface StaffTable {
  id: Generated<string>;
  /** Lower case; null for a mentor who signs in only through links from the bot. */
  email: string | null;
  name: string;
  role: StaffRole;
  /** The mentor record a mentor works as; set for mentors only. */
  mentor_id: string | null;
  /** The languages an interpreter translates. */
  languages: Generated<string[]>;
  language: Generated<string>;
  /** IANA zone the console shows times in. */
  timezone: Generated<string>;
  /** scrypt, as passwords.ts writes it; null until a password is chosen. */
  password_hash: string | null;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Who interpreted for a client, from when to when. */
export interface InterpreterAssignmentTable {
  id: Generated<string>;
  client_id: string;
  interpreter_id: string;
  started_at: Timestamp;
  ended_at: Timestamp | null;
}

/** A translation of one thread message, into `language`, by an interpreter. */
export interface TranslationTable {
  id: Generated<string>;
  message_id: string;
  language: string;
  text: string;
  author_staff_id: string;
  created_at: Timestamp;
}

/** A mentor's message waiting for its translation before it goes to the client. */
export interface InterpretationRequestTable {
  message_id: string;
  client_id: string;
  interpreter_id: string;
  requested_at: Timestamp;
  /** When the mentor was told it waits too long. */
  flagged_at: Timestamp | null;
  settled_at: Timestamp | null;
  /** What went to the client: the translation, or the mentor's original words. */
  outcome: 'translated' | 'original' | null;
}

export interface StaffLinkTable {
  token_digest: string;
  staff_id: string | null;
  purpose: 'setup' | 'sign-in' | 'first-coordinator';
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: Timestamp;
}

export interface StaffSessionTable {
  token_digest: string;
  staff_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  ended_at: Timestamp | null;
}

/** An erased client, de-identified: what a report's profile counts, and nothing that names them. */
export interface ReportSubjectTable {
  subject: string;
  country: string | null;
  language: string;
  programme: string | null;
  channel: string;
  archived_at: Timestamp;
}

/** An erased client's figures for one agency-calendar day and mentor, as the report reads them. */
export interface ReportDayTable {
  subject: string;
  day: LocalDate;
  mentor_id: string | null;
  new_clients: number;
  ended_clients: number;
  messages_from_client: number;
  messages_to_client: number;
  checkins_asked: number;
  checkins_answered: number;
  mood_sum: number;
  mood_count: number;
  tasks_agreed: number;
  tasks_approved: number;
  reply_minutes: number[];
}

/** An erased client's translated message: a random stand-in for it, who translated it, and the agency-calendar day. */
export interface ReportTranslationTable {
  subject: string;
  message: string;
  interpreter_id: string;
  day: LocalDate;
}

/** The agency-calendar days, both inclusive, an erased client had an interpreter. */
export interface ReportInterpreterSpanTable {
  subject: string;
  first_day: LocalDate;
  last_day: LocalDate;
}

/** A client's request, made in the bot, to have their data erased. */
export interface ErasureRequestTable {
  id: Generated<string>;
  /** Null once the client is erased. */
  client_id: string | null;
  channel: Channel;
  requested_at: Timestamp;
  erased_at: Timestamp | null;
}

/** That a client was erased, when, by whom and why; nothing that names them. */
export interface ErasureTable {
  id: Generated<string>;
  client_id: string;
  erased_at: Timestamp;
  /** `staff:<id>`, `admin` or `system` (retention). */
  erased_by: string;
  reason: string;
  request_id: string | null;
  /** Deliveries telling the client, removed once finished: they hold the chat's id. */
  farewell_delivery_ids: Generated<string[]>;
}

export interface TransportStatusTable {
  channel: Channel;
  state: string;
  reason: string | null;
  since: Timestamp;
  last_webhook_at: Timestamp | null;
  last_send_at: Timestamp | null;
  last_send_ok: boolean | null;
  last_send_error: string | null;
}

export interface Database {
  mentors: MentorTable;
  clients: ClientTable;
  assignments: AssignmentTable;
  channel_accounts: ChannelAccountTable;
  invites: InviteTable;
  threads: ThreadTable;
  media: MediaTable;
  messages: MessageTable;
  message_edits: MessageEditTable;
  checkins: CheckinTable;
  tasks: TaskTable;
  task_evidence: TaskEvidenceTable;
  deliveries: DeliveryTable;
  audit_log: AuditLogTable;
  audit_changes: AuditChangeTable;
  channel_threads: ChannelThreadTable;
  inbound_events: InboundEventTable;
  transport_status: TransportStatusTable;
  case_notes: CaseNoteTable;
  interpreter_assignments: InterpreterAssignmentTable;
  translations: TranslationTable;
  interpretation_requests: InterpretationRequestTable;
  alerts: AlertTable;
  leases: LeaseTable;
  mentor_digests: MentorDigestTable;
  weekly_summaries: WeeklySummaryTable;
  notice_windows: NoticeWindowTable;
  inbound_failures: InboundFailureTable;
  staff: StaffTable;
  staff_links: StaffLinkTable;
  staff_sessions: StaffSessionTable;
  report_subjects: ReportSubjectTable;
  report_days: ReportDayTable;
  report_translations: ReportTranslationTable;
  report_interpreter_spans: ReportInterpreterSpanTable;
  erasure_requests: ErasureRequestTable;
  erasures: ErasureTable;
}
