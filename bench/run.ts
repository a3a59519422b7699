import os from 'node:os';
import { benchExportMemory } from './export-memory.js';
import { benchFanOut } from './fan-out.js';
import { benchIngest } from './ingest.js';
import { benchLiveDuringFanOut } from './live-during-fan-out.js';
import { markdownTable, type Row } from './report.js';
import { benchSchedulingAndMemory } from './scheduling-and-memory.js';
import { benchWakeUp } from './wake-up.js';

/**
 * `npm run bench`: the delivery benchmarks and the memory of a large export,
 * against the real database and the fake Bot API. BENCH_DATABASE_URL names the
 * server (each benchmark makes its own scratch database there); BENCH_SCALE
 * below 1 runs smaller sizes for a quick check; BENCH_INGEST_RATE sets the
 * updates per second ingest is offered; BENCH_ONLY picks some by name
 * (fanout, ingest, schedule, wakeup, live, export).
 */
async function main(): Promise<void> {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const scale = Number(process.env.BENCH_SCALE ?? '1');
  if (!(scale > 0 && scale <= 1)) throw new Error('BENCH_SCALE must be a number in (0, 1]');
  const ingestRate = Number(process.env.BENCH_INGEST_RATE ?? '1200');
  if (!(Number.isInteger(ingestRate) && ingestRate > 0)) throw new Error('BENCH_INGEST_RATE must be a whole number of updates per second');
  const only = process.env.BENCH_ONLY?.split(',');
  const wanted = (name: string) => !only || only.includes(name);
  const rows: Row[] = [];
  const cpus = os.cpus();
  process.stdout.write(
    `Machine: ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, ` +
      `${os.type()} ${os.release()}, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}\n\n`,
  );
  if (wanted('fanout')) rows.push(...(await benchFanOut(adminUrl, Math.round(10_000 * scale))));
  if (wanted('ingest')) rows.push(...(await benchIngest(adminUrl, ingestRate, Math.max(2, Math.round(10 * scale)))));
  if (wanted('schedule')) rows.push(...(await benchSchedulingAndMemory(adminUrl, Math.round(100_000 * scale), 20)));
  if (wanted('wakeup')) rows.push(...(await benchWakeUp(adminUrl, 50)));
  if (wanted('live')) rows.push(...(await benchLiveDuringFanOut(adminUrl, Math.max(300, Math.round(3000 * scale)), 50)));
  if (wanted('export')) rows.push(...(await benchExportMemory(adminUrl, Math.round(100_000 * scale))));
  process.stdout.write(`${markdownTable(rows)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
