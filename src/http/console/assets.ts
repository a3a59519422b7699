import { createReadStream } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';

const ownDir = fileURLToPath(new URL('./assets/', import.meta.url));
// Chart.js is served from node_modules, never from a CDN: agencies may run the console offline.
const chartDir = path.dirname(fileURLToPath(import.meta.resolve('chart.js')));

/** The only files served under /console/assets, by name; nothing else on the disk can be asked for. */
const assets: Record<string, { file: string; type: string }> = {
  'console.css': { file: path.join(ownDir, 'console.css'), type: 'text/css; charset=utf-8' },
  'console.js': { file: path.join(ownDir, 'console.js'), type: 'text/javascript; charset=utf-8' },
  'icon.svg': { file: path.join(ownDir, 'icon.svg'), type: 'image/svg+xml' },
  'chart.js': { file: path.join(chartDir, 'chart.umd.min.js'), type: 'text/javascript; charset=utf-8' },
};

export function assetRoutes(app: FastifyInstance): void {
  app.get<{ Params: { name: string } }>('/assets/:name', async (request, reply) => {
    const asset = Object.hasOwn(assets, request.params.name) ? assets[request.params.name] : undefined;
    if (!asset) return reply.callNotFound();
    return reply.type(asset.type).header('cache-control', 'public, max-age=3600').send(createReadStream(asset.file));
  });
}
