import { parentPort, Worker, type ResourceLimits, type TransferListItem } from 'node:worker_threads';

/** A TypeScript worker module is started from this plain one, which loads it through tsx. */
const typescriptBootstrap = new URL('./worker-bootstrap.mjs', import.meta.url);

export interface WorkerPoolOptions {
  /** The worker's module, which calls {@link serveJobs}. */
  module: URL;
  /** Workers running at once; further jobs wait their turn in order. */
  size: number;
  /** How long a job may run once a worker has it (the worker's start-up included) before that worker is ended. */
  timeoutMs: number;
  /** Heap and stack limits of each worker; a worker that exceeds them is ended by V8, not the process. */
  resourceLimits: ResourceLimits;
}

/** How a job ended. Only `done` carries the worker's answer; every other outcome cost that worker. */
export type JobOutcome<T> =
  | { status: 'done'; value: T }
  | { status: 'timeout' | 'out-of-memory' | 'crashed' | 'closed'; detail?: string };

export interface WorkerPool<In, Out> {
  /** Runs one job on the next free worker, starting or replacing workers as needed. Never rejects. */
  run(input: In, transfer?: TransferListItem[]): Promise<JobOutcome<Out>>;
  /** Ends every worker at once; jobs still waiting or running end as `closed`. */
  close(): Promise<void>;
}

type Answer<T> = { value: T } | { failed: string };

/**
 * Runs jobs in worker threads so that a job that hangs, crashes or runs out
 * of memory costs one worker, never the process. Workers start on first
 * use, are reused while they live and replaced when they die. An idle
 * worker does not keep the process alive, so a test or a service that
 * forgets close() still exits; a busy one does.
 */
export function createWorkerPool<In, Out>(options: WorkerPoolOptions): WorkerPool<In, Out> {
  interface Job {
    input: In;
    transfer: TransferListItem[];
    settle(outcome: JobOutcome<Out>): void;
  }
  interface Slot {
    worker: Worker;
    job?: Job;
    timer?: NodeJS.Timeout;
    failure?: { status: 'out-of-memory' | 'crashed'; detail: string };
  }
  const waiting: Job[] = [];
  const slots = new Set<Slot>();
  let closed = false;

  function start(): Slot {
    // Nothing of the parent's command line is passed on: a `--import tsx`
    // there does not reach a worker's entry module on Node 20, and
    // `--inspect` would clash.
    const common = { execArgv: [], resourceLimits: options.resourceLimits };
    const worker = options.module.pathname.endsWith('.ts')
      ? new Worker(typescriptBootstrap, { ...common, workerData: { module: options.module.href } })
      : new Worker(options.module, common);
    const slot: Slot = { worker };
    worker.unref();
    worker.on('message', (answer: Answer<Out>) => {
      finish(slot, 'failed' in answer ? { status: 'crashed', detail: answer.failed } : { status: 'done', value: answer.value });
    });
    worker.on('error', (error: Error & { code?: string }) => {
      slot.failure = { status: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out-of-memory' : 'crashed', detail: error.message };
    });
    worker.on('exit', (code) => {
      slots.delete(slot);
      finish(slot, slot.failure ?? { status: 'crashed', detail: `worker exited with code ${code}` });
    });
    slots.add(slot);
    return slot;
  }

  function finish(slot: Slot, outcome: JobOutcome<Out>): void {
    const { job } = slot;
    if (job === undefined) return;
    slot.job = undefined;
    clearTimeout(slot.timer);
    slot.worker.unref();
    job.settle(outcome);
    dispatch();
  }

  function dispatch(): void {
    while (!closed && waiting.length > 0) {
      const slot = [...slots].find((candidate) => candidate.job === undefined) ?? (slots.size < options.size ? start() : undefined);
      const job = slot && waiting.shift();
      if (slot === undefined || job === undefined) return;
      slot.job = job;
      slot.worker.ref();
      slot.timer = setTimeout(() => {
        // Out of the pool at once, so the next job gets a fresh worker while this one is being ended.
        slots.delete(slot);
        finish(slot, { status: 'timeout', detail: `no answer within ${options.timeoutMs} ms` });
        void slot.worker.terminate();
      }, options.timeoutMs);
      try {
        slot.worker.postMessage(job.input, job.transfer);
      } catch (error) {
        // An input that cannot be cloned fails its own job, not the caller of whichever job finished last.
        finish(slot, { status: 'crashed', detail: error instanceof Error ? error.message : String(error) });
      }
    }
  }

  return {
    run(input, transfer = []) {
      if (closed) return Promise.resolve({ status: 'closed' });
      return new Promise((settle) => {
        waiting.push({ input, transfer, settle });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const job of waiting.splice(0)) job.settle({ status: 'closed' });
      const ending = [...slots];
      slots.clear();
      for (const slot of ending) finish(slot, { status: 'closed' });
      await Promise.all(ending.map((slot) => slot.worker.terminate()));
    },
  };
}

/**
 * The worker's side of the pool: answers each job with what `handle`
 * returns, transferring the listed buffers instead of copying them. A
 * handler that throws answers with the error's message, and the worker
 * stays up for the next job.
 */
export function serveJobs<In, Out>(handle: (input: In) => Promise<{ value: Out; transfer?: TransferListItem[] }>): void {
  const port = parentPort;
  if (port === null) throw new Error('serveJobs runs only in a worker thread');
  port.on('message', (input: In) => {
    void handle(input).then(
      ({ value, transfer }) => port.postMessage({ value } satisfies Answer<Out>, transfer),
      (error: unknown) => port.postMessage({ failed: error instanceof Error ? error.message : String(error) } satisfies Answer<Out>),
    );
  });
}
