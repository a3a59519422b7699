import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { quietScheduleEnv } from './quiet-schedule.js';

export interface ServiceProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves with the base URL once the service listens. */
  listening(timeoutMs?: number): Promise<string>;
  /** Sends the signal and resolves with the exit code. */
  kill(signal: NodeJS.Signals): Promise<number | null>;
}

/** The environment of a service against a fake Bot API and a database, with the scheduler ticking every second. */
export function serviceEnv(
  fake: { token: string; apiRoot: string },
  databaseUrl: string,
  dataDir: string,
  env: Record<string, string> = {},
): Record<string, string> {
  return {
    PORT: '0',
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    ADMIN_TOKEN: 'service-process-token-0123456789',
    LOG_LEVEL: 'info',
    TELEGRAM_BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    CHECKIN_TICK_CRON: '* * * * * *',
    ...quietScheduleEnv(),
    ...env,
  };
}

/** With BENCH_CPU_PROFILE_DIR set, the service writes a CPU profile there when it exits (Node refuses the flag in NODE_OPTIONS). */
function cpuProfileFlags(): string[] {
  const dir = process.env.BENCH_CPU_PROFILE_DIR;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}

/** The real service as `npm start` runs it, in a child process of its own. */
export function startServiceProcess(env: Record<string, string>): ServiceProcess {
  const child = spawn(process.execPath, [...cpuProfileFlags(), '--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit') as Promise<[number | null]>;
  return {
    child,
    output: () => output,
    async listening(timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const url = /"url":"(http:\/\/[^"]+)".*Mentorline is listening/.exec(output)?.[1];
        if (url) return url;
        if (child.exitCode !== null || Date.now() > deadline) throw new Error(`service did not start; output:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const [code] = await exited;
      return code;
    },
  };
}
