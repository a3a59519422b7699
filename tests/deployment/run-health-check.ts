import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A stand-in for the service that answers every request with `status` and remembers the paths asked for. */
export async function startStatusServer(status: number): Promise<{ port: number; paths: string[]; close(): Promise<void> }> {
  const paths: string[] = [];
  const server: Server = createServer((request, response) => {
    paths.push(request.url ?? '');
    response.writeHead(status, { 'content-type': 'application/json' }).end('{}');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    port: (server.address() as AddressInfo).port,
    paths,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A port that nothing listens on: one just given up by a server. */
export async function closedPort(): Promise<number> {
  const server = await startStatusServer(200);
  await server.close();
  return server.port;
}

/**
 * Runs a container health check given as exec-form arguments (`node -e ...`),
 * as the container would with PORT set, and resolves with its exit code.
 */
export async function runHealthCheck(command: string[], port: number): Promise<number | null> {
  const [program, ...args] = command;
  if (program !== 'node') throw new Error(`the health check runs ${program ?? 'nothing'}, not node: ${command.join(' ')}`);
  const child = spawn(process.execPath, args, { env: { PORT: String(port) }, stdio: 'ignore' });
  const [code] = (await once(child, 'exit')) as [number | null];
  return code;
}
