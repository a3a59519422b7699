import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ServiceOverrides } from '../../src/service.js';
import type { FakeBotApi } from '../fakes/fake-bot-api.js';
import { startFakeGraphApi, type FakeGraphApi } from '../fakes/fake-graph-api.js';
import { postWebhook, webhookBody, type WebhookMessage, type WebhookStatus } from '../fakes/graph-webhooks.js';
import { startTelegramHarness, type TelegramHarness } from '../support/telegram-harness.js';
import type { TestDatabase } from '../support/test-database.js';

export const verifyToken = 'cloud-verify-token';

/** The agency's approved templates, as the tests assume them. */
export const templates = {
  checkin_prompt: { name: 'daily_checkin', languages: { en: 'en', lv: 'lv', ru: 'ru', uk: 'uk' } },
  checkin_reminder: { name: 'checkin_reminder', languages: { en: 'en' } },
  mentor_message_waiting: { name: 'mentor_message_waiting', languages: { en: 'en', uk: 'uk' } },
  task_assigned: { name: 'task_assigned', languages: { en: 'en' } },
  weekly_summary: { name: 'weekly_summary', languages: { en: 'en' } },
};

export interface CloudHarness {
  h: TelegramHarness;
  graph: FakeGraphApi;
  webhookUrl: string;
  /** Posts messages and statuses in one signed webhook, as Meta does. */
  deliver(events: { messages?: WebhookMessage[]; statuses?: WebhookStatus[] }): Promise<{ status: number; text: string }>;
  close(): Promise<void>;
}

/** The whole service with WHATSAPP_TRANSPORT=cloud against a fake Graph API, and Telegram for the mentors. */
export async function startCloudHarness(
  options: {
    env?: Record<string, string>;
    overrides?: ServiceOverrides;
    templatesFile?: object;
    /** How the service reaches its database, e.g. through a proxy a test can cut. */
    databaseUrl?: (url: string) => string;
    /** A database another service used before, which the test drops itself. */
    database?: TestDatabase;
    /** The Telegram bot another service used before, which the test stops itself. */
    bot?: FakeBotApi;
  } = {},
): Promise<CloudHarness> {
  const graph = await startFakeGraphApi();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mentorline-cloud-'));
  const templatesFile = path.join(dir, 'templates.json');
  await writeFile(templatesFile, JSON.stringify(options.templatesFile ?? templates));
  const h = await startTelegramHarness({
    env: {
      WHATSAPP_TRANSPORT: 'cloud',
      WHATSAPP_CLOUD_ACCESS_TOKEN: graph.accessToken,
      WHATSAPP_CLOUD_PHONE_NUMBER_ID: graph.phoneNumberId,
      WHATSAPP_CLOUD_APP_SECRET: graph.appSecret,
      WHATSAPP_CLOUD_VERIFY_TOKEN: verifyToken,
      WHATSAPP_CLOUD_API_ROOT: graph.apiRoot,
      WHATSAPP_CLOUD_TEMPLATES_FILE: templatesFile,
      ...options.env,
    },
    ...(options.overrides ? { overrides: options.overrides } : {}),
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
    ...(options.database ? { database: options.database } : {}),
    ...(options.bot ? { bot: options.bot } : {}),
  });
  const webhookUrl = `${h.service.url}/whatsapp/cloud/webhook`;
  return {
    h,
    graph,
    webhookUrl,
    deliver: (events) => postWebhook(webhookUrl, graph.appSecret, webhookBody({ phoneNumberId: graph.phoneNumberId, ...events })),
    async close() {
      await h.close();
      await graph.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
