import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeBotApi, type FakeBotApi } from '../fakes/fake-bot-api.js';
import { serviceEnv, startServiceProcess } from '../support/service-process.js';
import { useTestDatabase } from '../support/test-database.js';
import { templates } from './cloud-harness.js';

const database = useTestDatabase();
let fake: FakeBotApi;
let dir: string;

beforeAll(async () => {
  fake = createFakeBotApi();
  await fake.start();
  dir = await mkdtemp(path.join(os.tmpdir(), 'mentorline-cloud-start-'));
});
afterAll(async () => {
  await fake?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The environment of a cloud-transport service, with a templates file of the given content. */
async function cloudEnv(name: string, templatesFile: object, env: Record<string, string> = {}): Promise<Record<string, string>> {
  const file = path.join(dir, `${name}.json`);
  await writeFile(file, JSON.stringify(templatesFile));
  const dataDir = path.join(dir, `${name}-data`);
  return serviceEnv(fake, database.url, dataDir, {
    WHATSAPP_TRANSPORT: 'cloud',
    WHATSAPP_CLOUD_ACCESS_TOKEN: 'EAAG-start-up-token',
    WHATSAPP_CLOUD_PHONE_NUMBER_ID: '106540352242922',
    WHATSAPP_CLOUD_APP_SECRET: 'start-up-app-secret',
    WHATSAPP_CLOUD_VERIFY_TOKEN: 'start-up-verify-token',
    // Nothing here may reach Meta.
    WHATSAPP_CLOUD_API_ROOT: 'http://127.0.0.1:9/v23.0',
    WHATSAPP_CLOUD_TEMPLATES_FILE: file,
    ...env,
  });
}

/** Runs the service to its exit, which a refused configuration makes immediate. */
async function exitOf(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const service = startServiceProcess(env);
  const [code] = (await once(service.child, 'exit')) as [number | null];
  return { code, output: service.output() };
}

describe('starting with WHATSAPP_TRANSPORT=cloud', () => {
  it('starts with a complete configuration', async () => {
    const service = startServiceProcess(await cloudEnv('complete', templates));
    try {
      expect(await service.listening()).toMatch(/^http:\/\//);
    } finally {
      await service.kill('SIGTERM');
    }
  }, 30_000);

  it('stops, naming checkin_prompt, when the templates file has no such template', async () => {
    const { checkin_prompt: _left, ...withoutPrompt } = templates;
    const { code, output } = await exitOf(await cloudEnv('without-prompt', withoutPrompt));
    expect(code).toBe(1);
    expect(output).toContain('WHATSAPP_CLOUD_TEMPLATES_FILE');
    expect(output).toContain('checkin_prompt: must name the checkin_prompt template');
  }, 30_000);

  it('stops, naming the variable, when a required setting is missing', async () => {
    const { code, output } = await exitOf(await cloudEnv('no-secret', templates, { WHATSAPP_CLOUD_APP_SECRET: '' }));
    expect(code).toBe(1);
    expect(output).toContain('WHATSAPP_CLOUD_APP_SECRET');
    expect(output).toContain('is required when WHATSAPP_TRANSPORT=cloud');
  }, 30_000);
});
