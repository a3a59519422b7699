import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface Operation {
  operationId?: string;
  summary?: string;
  security?: unknown[];
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
}

interface Document {
  security: unknown[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

let t: TestApp;
let document: Document;
let operations: Array<{ method: string; path: string; operation: Operation }>;
beforeAll(async () => {
  t = await createTestApp();
  const answer = await t.app.inject({ method: 'GET', url: '/docs/json' });
  expect(answer.statusCode).toBe(200);
  document = answer.json();
  operations = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
  );
});
afterAll(async () => {
  await t.close();
});

const apiOperations = () => operations.filter(({ path }) => path.startsWith('/api/'));
const errorRef = { $ref: '#/components/schemas/Error' };

/**
 * Every method and path in Fastify's route tree (`printRoutes`), with `:id`
 * written as OpenAPI's `{id}`. A node's path is its parent's followed by its
 * own segment; each level of the tree is indented by four characters.
 */
function servedOperations(tree: string): string[] {
  const pathAtDepth: string[] = [];
  const served: string[] = [];
  for (const line of tree.split('\n')) {
    const node = /^((?:│ {3}| {4})*)[├└]── (.+?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!node) continue;
    const depth = (node[1] ?? '').length / 4;
    const path = (pathAtDepth[depth - 1] ?? '') + (node[2] ?? '');
    pathAtDepth[depth] = path;
    for (const method of node[3]?.split(', ') ?? []) served.push(`${method} ${path.replace(/:(\w+)/g, '{$1}')}`);
  }
  return served;
}

/** The component schemas `value` refers to. */
function refsIn(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => (key === '$ref' && typeof item === 'string' ? [item] : refsIn(item)));
}

describe('the OpenAPI document', () => {
  it('documents every route the app serves under /api, and no console page', () => {
    const served = servedOperations(t.app.printRoutes({ commonPrefix: false }))
      .filter((route) => route.includes(' /api/') && !route.startsWith('HEAD '))
      .sort();
    const documented = apiOperations()
      .map(({ method, path }) => `${method} ${path}`)
      .sort();
    expect(documented).toEqual(served);
    expect(served).toContain('GET /api/clients/{id}');
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/healthz', '/readyz']));
    expect(Object.keys(document.paths).filter((path) => path.startsWith('/console'))).toEqual([]);
  });

  it('gives every operation a unique operationId and a summary, and every response a description', () => {
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { method, path, operation } of operations) {
      expect(operation.summary, `${method} ${path}`).toMatch(/\S/);
      for (const [status, response] of Object.entries(operation.responses)) {
        expect(response.description, `${method} ${path} ${status}`).not.toBe('Default Response');
      }
    }
  });

  it('asks for the admin token on /api and for nothing on the probes', () => {
    expect(document.security).toEqual([{ bearer: [] }]);
    for (const { path, operation } of operations) {
      expect(operation.security, path).toEqual(path.startsWith('/api/') ? undefined : []);
    }
  });

  it('answers every error of /api with the Error schema, 401 included', () => {
    for (const { method, path, operation } of apiOperations()) {
      expect(Object.keys(operation.responses), `${method} ${path}`).toContain('401');
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!status.startsWith('4')) continue;
        const schema = response.content?.['application/json']?.schema;
        // The CSV import's 400 may instead carry its row-by-row report.
        const errorOrReport = { anyOf: [{ $ref: '#/components/schemas/ClientImportReport' }, errorRef] };
        expect([errorRef, errorOrReport], `${method} ${path} ${status}`).toContainEqual(schema);
      }
    }
    expect(document.paths['/api/tasks/{id}']?.patch?.responses).toHaveProperty('409');
    expect(document.paths['/api/clients/{id}']?.get?.responses).toHaveProperty('404');
  });

  it('names the resources as component schemas, and every reference resolves', () => {
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['Client', 'Mentor', 'Staff', 'Task', 'Checkin', 'Message', 'Delivery', 'Account', 'Invite', 'Error']),
    );
    expect(document.components.schemas.Error).toMatchObject({ required: ['error'], properties: { error: { required: ['code', 'message'] } } });
    const names = new Set(refsIn(document).map((ref) => ref.replace('#/components/schemas/', '')));
    expect([...names].sort()).toEqual(Object.keys(document.components.schemas).sort());
  });

  it('documents the bytes answers under their media types', () => {
    const contentTypes = (path: string) => Object.keys(document.paths[path]?.get?.responses['200']?.content ?? {});
    expect(contentTypes('/api/media/{id}')).toEqual(expect.arrayContaining(['image/*', 'application/octet-stream']));
    expect(contentTypes('/api/whatsapp/qr')).toEqual(['image/png']);
    expect(contentTypes('/api/clients/{id}/export')).toEqual(['application/zip']);
    expect(contentTypes('/api/exports/clients.csv')).toEqual(['text/csv']);
    expect(contentTypes('/api/reports/evaluation/months.csv')).toEqual(['text/csv']);
  });

  // Generating and type-checking take seconds of CPU, longer while other files run beside this one.
  it('generates a typed client that the compiler holds calls to', { timeout: 60_000 }, async () => {
    const directory = await mkdtemp(join(tmpdir(), 'mentorline-openapi-'));
    try {
      await writeFile(join(directory, 'api.ts'), astToString(await openapiTS(document as unknown as Parameters<typeof openapiTS>[0])));
      const calls = join(directory, 'calls.ts');
      await writeFile(
        calls,
        `import type { components, operations, paths } from './api.js';

type Client = paths['/api/clients/{id}']['get']['responses']['200']['content']['application/json'];
export const nameOf = (client: Client): string => client.name;
export const asComponent = (client: Client): components['schemas']['Client'] => client;

type NewClient = paths['/api/clients']['post']['requestBody']['content']['application/json'];
export const olena: NewClient = { name: 'Olena', mentorId: null, language: 'uk', timezone: 'Europe/Kyiv', checkinTime: '09:00' };
// @ts-expect-error a client has no nickname
export const misspelt: NewClient = { name: 'Olena', mentorId: null, language: 'uk', timezone: 'Europe/Kyiv', checkinTime: '09:00', nickname: 'O' };
// @ts-expect-error the time zone is required
export const incomplete: NewClient = { name: 'Olena', mentorId: null, language: 'uk', checkinTime: '09:00' };

type Unauthorized = operations['getClient']['responses']['401']['content']['application/json'];
export const codeOf = (answer: Unauthorized): string => answer.error.code;

type Tasks = paths['/api/clients/{id}/tasks']['get']['responses']['200']['content']['application/json'];
export const titles = (tasks: Tasks): string[] => tasks.items.map((task) => task.title);
// @ts-expect-error a task has no name
export const taskName = (tasks: Tasks): unknown => tasks.items[0]?.name;

export const qr: keyof paths['/api/whatsapp/qr']['get']['responses']['200']['content'] = 'image/png';
`,
      );
      const program = ts.createProgram([calls], {
        strict: true,
        noUncheckedIndexedAccess: true,
        noEmit: true,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        target: ts.ScriptTarget.ES2022,
        types: [],
      });
      const diagnostics = ts.getPreEmitDiagnostics(program);
      const host = { getCanonicalFileName: (name: string) => name, getCurrentDirectory: () => directory, getNewLine: () => '\n' };
      expect(ts.formatDiagnostics(diagnostics, host)).toBe('');
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
