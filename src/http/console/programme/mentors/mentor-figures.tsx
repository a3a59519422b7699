import type { MentorSummary } from '../../../../domain/caseload/mentor-stats.js';
import { usePage } from '../../ui/page-context.js';

/** The lists behind a mentor's figures: their clients, those waiting, their open alerts. */
export const mentorLinks = (mentorId: string) => ({
  clients: `/console/clients?${new URLSearchParams({ mentorId }).toString()}`,
  waiting: `/console/clients?${new URLSearchParams({ mentorId, waiting: 'yes' }).toString()}`,
  alerts: `/console/alerts?${new URLSearchParams({ mentorId }).toString()}`,
});

/** A median time to first reply, or a dash with its reason when nothing was answered. */
export function FirstReply(props: { summary: MentorSummary }) {
  const { t, f } = usePage();
  const minutes = props.summary.medianFirstReplyMinutes;
  return minutes === null ? <span class="muted" title={t('mentors-no-replies')}>–<span class="visually-hidden">{` ${t('mentors-no-replies')}`}</span></span> : <>{f.minutes(minutes)}</>;
}

/** A share of check-ins answered, or a dash when none were asked. */
export function AnswerRate(props: { summary: MentorSummary }) {
  const { t, f } = usePage();
  const rate = props.summary.checkinAnswerRate;
  return rate === null ? <span class="muted" title={t('mentors-no-checkins')}>–<span class="visually-hidden">{` ${t('mentors-no-checkins')}`}</span></span> : <>{f.percent(rate)}</>;
}
