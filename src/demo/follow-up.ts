import type { AlertKind } from '../db/database.js';
import type { Actor, HistoryAlert } from './history.js';
import type { MentorPlan } from './agency-plan.js';
import type { Story } from './story.js';

const minute = 60_000;
const hour = 60 * minute;
/** As long as an alert waits unacknowledged before the coordinators hear of it, by default (ALERT_ESCALATE_AFTER). */
const escalateAfterMs = 30 * minute;

/** What staff write when they close an alert, in English so anyone at the agency can read the file. */
const resolutionNotes: Record<AlertKind, string[]> = {
  low_mood: [
    'Called; a hard day but no risk. Agreed to talk again tomorrow.',
    'Wrote back and talked in the afternoon; mood better by the evening.',
    'Tired after a bad night; no further action needed.',
    'Talked it through at our weekly meeting; plan: daily walks and a fixed bedtime.',
    'Worried about documents; explained the procedure, calmer now.',
    'News from home upset them. Offered a session with the psychologist, accepted.',
  ],
  missed_checkins: [
    'Reached by phone: the phone had been broken, now fixed.',
    'Was in hospital for two days for a planned check-up; all fine.',
    'Forgot to answer while visiting family. Reminded about the daily question.',
    'Moved to a new room in the centre and had no internet for two days.',
  ],
  crisis_words: ['Called at once; safe at home with family. GP informed, psychologist appointment booked.'],
};

export interface RaisedAlert {
  kind: AlertKind;
  mentor: MentorPlan | null;
  checkin: string | null;
  message: string | null;
  at: Date;
}

/**
 * How staff followed an alert up: the mentor acknowledges it within minutes
 * or hours (in the bot, or in the console), the coordinators hear of it when
 * that took longer than half an hour, and most are closed later with a note.
 * Recent ones, and those `keepOpen` asks for, are still open.
 */
export function followUp(story: Story, alert: RaisedAlert, options: { keepOpen?: boolean } = {}): HistoryAlert {
  const { random, now } = story;
  const ageMs = now.getTime() - alert.at.getTime();
  const escalation = new Date(alert.at.getTime() + escalateAfterMs + random.int(0, 59_000));
  const base = {
    client: story.client.key,
    mentor: alert.mentor?.key ?? null,
    kind: alert.kind,
    checkin: alert.checkin,
    message: alert.message,
    at: alert.at,
  };
  const acknowledgedAt = story.later(alert.at, random.int(4, 150));
  const open = options.keepOpen === true || (ageMs < 18 * hour && random.chance(0.6)) || acknowledgedAt >= now;
  if (open) {
    return { ...base, acknowledgedAt: null, acknowledgedBy: null, escalatedAt: ageMs > escalateAfterMs ? escalation : null, resolvedAt: null, resolvedBy: null, resolutionNote: null };
  }
  const staff: Actor = { staff: alert.mentor?.key ?? 'coordinator' };
  const acknowledgedBy: Actor = alert.mentor && random.chance(0.75) ? { mentor: alert.mentor.key } : staff;
  const resolvedAt = story.later(acknowledgedAt, random.int(60, 26 * 60));
  // Staff close most alerts within days; what stays open longer is what they are still working on.
  const resolves = ageMs > 24 * hour && resolvedAt < now && random.chance(ageMs > 7 * 24 * hour ? 0.93 : 0.5);
  return {
    ...base,
    acknowledgedAt,
    acknowledgedBy,
    escalatedAt: acknowledgedAt.getTime() - alert.at.getTime() > escalateAfterMs ? escalation : null,
    resolvedAt: resolves ? resolvedAt : null,
    resolvedBy: resolves ? staff : null,
    resolutionNote: resolves ? random.pick(resolutionNotes[alert.kind]) : null,
  };
}

/** A crisis alert, acknowledged by the mentor in their bot within minutes and closed the next day. */
export function crisisFollowUp(story: Story, alert: RaisedAlert & { mentor: MentorPlan }, acknowledgedAt: Date, resolvedAt: Date): HistoryAlert {
  return {
    client: story.client.key,
    mentor: alert.mentor.key,
    kind: alert.kind,
    checkin: null,
    message: alert.message,
    at: alert.at,
    acknowledgedAt,
    acknowledgedBy: { mentor: alert.mentor.key },
    escalatedAt: null,
    resolvedAt,
    resolvedBy: { staff: alert.mentor.key },
    resolutionNote: resolutionNotes.crisis_words[0] ?? null,
  };
}
