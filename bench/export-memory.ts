import { readFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { parse } from 'csv-parse';
import { sql } from 'kysely';
import { createFakeBotApi } from '../tests/fakes/fake-bot-api.js';
import { seedManyCheckins } from '../tests/http/export-records.js';
import type { Row } from './report.js';
import { createScratchDatabase } from './scratch-database.js';
import { startBenchService } from './service.js';

const adminToken = 'export-bench-token-0123456789';

/** A process's resident set size now, in MB, from /proc. */
async function residentMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
}

/** Samples a process's RSS every `everyMs` until stopped, and tells the highest it saw. */
function watchResident(pid: number, everyMs: number): { stop(): Promise<number> } {
  let highest = 0;
  let watching = true;
  const sampling = (async () => {
    while (watching) {
      highest = Math.max(highest, await residentMb(pid));
      await sleep(everyMs);
    }
  })();
  return {
    async stop() {
      watching = false;
      await sampling;
      return highest;
    },
  };
}

/**
 * Export memory: `count` check-ins in a scratch database and the real service
 * over it; `/api/exports/checkins.csv` downloaded whole and parsed as it
 * arrives, while the service's RSS is sampled every 20 ms. The figure is the
 * highest sample against the RSS of the service settled before the download.
 */
export async function benchExportMemory(adminUrl: string, count: number): Promise<Row[]> {
  const scratch = await createScratchDatabase(adminUrl, 'export');
  await seedManyCheckins(scratch.db, count);
  await sql`vacuum analyze`.execute(scratch.db);
  const fake = createFakeBotApi();
  await fake.start();
  const service = await startBenchService(scratch.url, fake, { ADMIN_TOKEN: adminToken });
  const pid = service.child.pid ?? 0;
  let received = 0;
  let seconds: number;
  let idle: number;
  let peak: number;
  try {
    const url = await service.listening();
    // Settled: started, connected to Telegram, its first scheduler ticks done.
    await sleep(3000);
    idle = await residentMb(pid);
    const watch = watchResident(pid, 20);
    const startedAt = performance.now();
    const response = await fetch(`${url}/api/exports/checkins.csv`, { headers: { authorization: `Bearer ${adminToken}` } });
    if (response.status !== 200 || !response.body) throw new Error(`the export answered ${response.status}`);
    const records = parse();
    records.on('data', () => (received += 1));
    await pipeline(response.body, records);
    seconds = (performance.now() - startedAt) / 1000;
    peak = await watch.stop();
  } finally {
    await service.kill('SIGTERM');
    await fake.stop();
    await scratch.drop();
  }
  const rows = received - 1;
  const growth = peak - idle;
  return [
    { name: `Export: check-in rows received of ${count}`, result: String(rows), goal: String(count), met: rows === count },
    { name: `Export: seconds to download ${count} check-ins`, result: `${seconds.toFixed(2)} s (${Math.round(rows / seconds)} rows/s)`, goal: '—', met: null },
    {
      name: 'Export: service RSS peak during the download (idle before it)',
      result: `${peak.toFixed(0)} MB (idle ${idle.toFixed(0)} MB, +${growth.toFixed(0)} MB)`,
      goal: '< 250 MB, ≤ +60 MB',
      met: peak < 250 && growth <= 60,
    },
  ];
}
