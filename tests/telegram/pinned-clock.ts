/**
 * A clock for the service whose time of day does not depend on when a test
 * runs: it starts at `start` and runs on as real time does, and a test can
 * move it on (a day, say) without waiting. Scheduled work then fires, or does
 * not, by the test's choice of times alone.
 */
export interface PinnedClock {
  now(): Date;
  advance(ms: number): void;
}

export function pinnedClock(start: Date): PinnedClock {
  const startedAt = Date.now();
  let moved = 0;
  return {
    now: () => new Date(start.getTime() + (Date.now() - startedAt) + moved),
    advance(ms) {
      moved += ms;
    },
  };
}
