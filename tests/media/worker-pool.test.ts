import { afterEach, describe, expect, it } from 'vitest';
import { createWorkerPool, type WorkerPool } from '../../src/media/worker-pool.js';

const misbehaving = new URL('./misbehaving-worker.ts', import.meta.url);

describe('createWorkerPool', () => {
  let pool: WorkerPool<string, string>;
  const start = (timeoutMs = 10_000, size = 1) => {
    pool = createWorkerPool<string, string>({ module: misbehaving, size, timeoutMs, resourceLimits: { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 8 } });
    return pool;
  };
  afterEach(() => pool.close());

  it('runs jobs in a TypeScript worker and reuses it', async () => {
    start();
    expect(await pool.run('one')).toEqual({ status: 'done', value: 'done: one' });
    expect(await pool.run('two')).toEqual({ status: 'done', value: 'done: two' });
  });

  it('answers jobs in the order they came when they have to wait', async () => {
    start();
    const answers = await Promise.all(['a', 'b', 'c', 'd'].map((job) => pool.run(job)));
    expect(answers.map((answer) => (answer.status === 'done' ? answer.value : answer.status))).toEqual(['done: a', 'done: b', 'done: c', 'done: d']);
  });

  it('ends a worker that runs out of its heap, and the next job gets a fresh one', async () => {
    start();
    expect(await pool.run('hoard')).toMatchObject({ status: 'out-of-memory' });
    expect(await pool.run('after')).toEqual({ status: 'done', value: 'done: after' });
  });

  it('ends a worker that does not answer in time, and the next job gets a fresh one', async () => {
    // The job never ends by itself, so the outcome does not depend on how fast the machine is.
    start(300);
    expect(await pool.run('spin')).toMatchObject({ status: 'timeout' });
    expect(await pool.run('after')).toEqual({ status: 'done', value: 'done: after' });
  });

  it('reports a worker that exits or a handler that throws, and carries on', async () => {
    start();
    expect(await pool.run('exit')).toMatchObject({ status: 'crashed', detail: 'worker exited with code 3' });
    expect(await pool.run('throw')).toEqual({ status: 'crashed', detail: 'the handler failed' });
    expect(await pool.run('after')).toEqual({ status: 'done', value: 'done: after' });
  });

  it('lets a job that costs a worker leave the others running', async () => {
    start(10_000, 2);
    const [hoarded, fine] = await Promise.all([pool.run('hoard'), pool.run('fine')]);
    expect(hoarded).toMatchObject({ status: 'out-of-memory' });
    expect(fine).toEqual({ status: 'done', value: 'done: fine' });
  });

  it('ends running and waiting jobs as closed, and refuses new ones', async () => {
    start();
    const running = pool.run('spin');
    const waiting = pool.run('never started');
    await pool.close();
    expect(await running).toEqual({ status: 'closed' });
    expect(await waiting).toEqual({ status: 'closed' });
    expect(await pool.run('late')).toEqual({ status: 'closed' });
  });
});
