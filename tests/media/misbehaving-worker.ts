/** A worker for the pool's tests: each job's text says how it should go wrong. */
import { serveJobs } from '../../src/media/worker-pool.js';

const hoard: number[][] = [];

serveJobs<string, string>(async (job) => {
  if (job === 'spin') {
    // Busy, not waiting: only ending the thread stops this.
    for (let turns = 0; ; turns++) hoard.length = turns % 2;
  }
  if (job === 'hoard') {
    for (;;) hoard.push(new Array<number>(100_000).fill(hoard.length));
  }
  if (job === 'exit') process.exit(3);
  if (job === 'throw') throw new Error('the handler failed');
  return { value: `done: ${job}` };
});
