/**
 * Scheduled local times (the mentor digest, task reminders, weekly summaries)
 * that none of the tests' people reaches while a test runs, so a test that is
 * not about them is never interrupted by them, whatever the hour and day of
 * the run. Each time is compared with local time in each person's zone and
 * fires within CHECKIN_CATCHUP (3 h) after it; 18 hours after the current UTC
 * time is hours away in every zone the tests use (UTC, Europe/Riga,
 * Asia/Kolkata, Pacific/Chatham). Only zones from UTC−6 to UTC−3 would meet it:
 * a test with people there sets its own times.
 */
export function quietScheduleEnv(now: Date = new Date()): Record<'MENTOR_DIGEST_TIME' | 'TASK_REMINDER_TIME' | 'WEEKLY_SUMMARY_TIME', string> {
  const quiet = new Date(now.getTime() + 18 * 3600_000).toISOString().slice(11, 16);
  return { MENTOR_DIGEST_TIME: quiet, TASK_REMINDER_TIME: quiet, WEEKLY_SUMMARY_TIME: quiet };
}

/**
 * A daily check-in time, local to a zone, that stands 12 hours from `now`: neither today's prompt
 * nor yesterday's is within CHECKIN_CATCHUP of it, so a client bound for a test that is not about
 * check-ins is never prompted in the middle of it, whatever the hour of the run.
 */
export function quietCheckinTime(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(now.getTime() + 12 * 3600_000));
}
