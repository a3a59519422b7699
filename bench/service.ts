import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FakeBotApi } from '../tests/fakes/fake-bot-api.js';
import { serviceEnv, startServiceProcess, type ServiceProcess } from '../tests/support/service-process.js';

/** The real service in a child process, against the fake Bot API, ticking every second. */
export async function startBenchService(databaseUrl: string, fake: FakeBotApi, env: Record<string, string> = {}): Promise<ServiceProcess> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'mentorline-bench-'));
  const service = startServiceProcess(serviceEnv(fake, databaseUrl, dataDir, env));
  await service.listening(60_000);
  return service;
}
