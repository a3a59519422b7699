import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { createTranslator } from '../src/i18n/translator.js';
import { promptDueClients } from '../src/domain/checkins/schedule.js';
import { createFakeBotApi } from '../tests/fakes/fake-bot-api.js';
import { seedDueClients } from '../tests/support/due-clients.js';
import type { Row } from './report.js';
import { createScratchDatabase } from './scratch-database.js';
import { startBenchService } from './service.js';

/** Peak and current resident set size of a process, from /proc, in MB. */
async function residentMb(pid: number): Promise<{ peak: number; now: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
  return { peak: kb('VmHWM') / 1024, now: kb('VmRSS') / 1024 };
}

/**
 * Scheduling: one tick's statement over `count` due clients, timed as the
 * scheduler runs it. Memory: then the service itself over those clients and
 * their `count` pending prompts, sending for `runSeconds`.
 */
export async function benchSchedulingAndMemory(adminUrl: string, count: number, runSeconds: number): Promise<Row[]> {
  const scratch = await createScratchDatabase(adminUrl, 'schedule');
  await seedDueClients(scratch.db, count);
  // As a deployment's tables would be: analysed, and their rows no longer fresh from one insert.
  await sql`vacuum analyze`.execute(scratch.db);
  const started = performance.now();
  const prompted = await promptDueClients(scratch.db, { translator: createTranslator(), now: new Date(), catchupMs: 3 * 3600_000 });
  const tickMs = performance.now() - started;

  const fake = createFakeBotApi({ limits: { perSecond: 30, perChatPerSecond: 1, burst: 3 } });
  await fake.start();
  const service = await startBenchService(scratch.url, fake);
  let memory: { peak: number; now: number };
  try {
    await sleep(runSeconds * 1000);
    memory = await residentMb(service.child.pid ?? 0);
  } finally {
    await service.kill('SIGTERM');
  }
  await fake.stop();
  await scratch.drop();
  return [
    {
      name: `Scheduling: one tick enqueues ${prompted} due check-ins`,
      result: `${(tickMs / 1000).toFixed(2)} s`,
      goal: '< 3 s',
      met: prompted === count && tickMs < 3000,
    },
    {
      name: `Memory: service RSS with ${count} clients, peak over ${runSeconds} s of sending`,
      result: `${memory.peak.toFixed(0)} MB (now ${memory.now.toFixed(0)} MB)`,
      goal: '< 250 MB',
      met: memory.peak < 250,
    },
  ];
}
