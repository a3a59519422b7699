import { randomUUID } from 'node:crypto';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { consolePlugin } from './console/console-plugin.js';
import type { Logger } from '../logger.js';
import { adminAuth } from './admin-auth.js';
import { declareApiAnswers } from './api-answers.js';
import { createAuthFailureThrottle, defaultAuthFailureLimit, type AuthFailureLimit } from './auth-failure-throttle.js';
import { answerFrameworkError, registerErrorHandler } from './error-handler.js';
import type { HttpDeps } from './http-deps.js';
import { openApiDocument } from './openapi-document.js';
import { rejectNulCharacters } from './reject-nul-characters.js';
import { accessRoutes } from './routes/access.js';
import { auditRoutes } from './routes/audit.js';
import { checkinRoutes } from './routes/checkins.js';
import { clientDataExportRoutes } from './routes/client-data-export.js';
import { clientImportRoutes } from './routes/client-import.js';
import { clientRoutes } from './routes/clients.js';
import { deliveryRoutes } from './routes/deliveries.js';
import { erasureRoutes } from './routes/erasure.js';
import { exportRoutes } from './routes/exports.js';
import { healthRoutes } from './routes/health.js';
import { inviteRoutes } from './routes/invites.js';
import { mentorRoutes } from './routes/mentors.js';
import { messageRoutes } from './routes/messages.js';
import { metricsRoute } from './routes/metrics.js';
import { reportRoutes } from './routes/reports.js';
import { staffRoutes } from './routes/staff.js';
import { taskRoutes } from './routes/tasks.js';
import { telegramWebhookRoute } from './routes/telegram-webhook.js';
import { whatsappRoutes } from './routes/whatsapp.js';
import { whatsappCloudWebhookRoute } from './routes/whatsapp-cloud-webhook.js';
import { registerSecurityHeaders } from './security-headers.js';

export interface AppOptions extends HttpDeps {
  logger: Logger;
  /** Largest accepted request body in bytes. */
  bodyLimit?: number;
  /** Wrong admin tokens and webhook secrets one address may send per window; 10 a minute unless given. */
  authFailureLimit?: AuthFailureLimit;
}

const requestIdPattern = /^[A-Za-z0-9._-]{1,64}$/;
const docsPrefix = '/docs';
const consolePrefix = '/console';

/** Builds the HTTP app without listening, so tests drive it with `app.inject`. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { logger, bodyLimit, authFailureLimit, ...deps } = options;
  // Widened to Fastify's logger type so the app keeps Fastify's default generics.
  const loggerInstance: FastifyBaseLogger = logger;
  const app = Fastify({
    loggerInstance,
    bodyLimit: bodyLimit ?? 1024 * 1024,
    requestIdHeader: 'x-request-id',
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && requestIdPattern.test(given) ? given : randomUUID();
    },
    forceCloseConnections: 'idle',
    frameworkErrors: answerFrameworkError,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  await registerSecurityHeaders(app, { docs: docsPrefix, console: consolePrefix });
  const throttle = await createAuthFailureThrottle(app, authFailureLimit ?? defaultAuthFailureLimit);
  app.addHook('preValidation', rejectNulCharacters);
  // While closing, answers ask the client to drop its keep-alive connection, so
  // close() is not left waiting for idle clients once in-flight requests finish.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
    if (closing) void reply.header('connection', 'close');
  });

  await app.register(swagger, openApiDocument({ hiddenPrefixes: [consolePrefix] }));
  await app.register(swaggerUi, { routePrefix: docsPrefix });

  await app.register(healthRoutes, deps);
  if (deps.telegramWebhook) await app.register(telegramWebhookRoute, { ...deps.telegramWebhook, throttle });
  if (deps.whatsappCloudWebhook) await app.register(whatsappCloudWebhookRoute, deps.whatsappCloudWebhook);
  if (deps.metrics) await app.register(metricsRoute, { metrics: deps.metrics, token: deps.metricsToken, throttle });
  await app.register(
    async (api) => {
      api.addHook('onRequest', adminAuth(deps.adminToken, throttle));
      api.addHook('onRoute', declareApiAnswers);
      await api.register(mentorRoutes, deps);
      await api.register(clientRoutes, deps);
      await api.register(clientImportRoutes, deps);
      await api.register(inviteRoutes, deps);
      await api.register(accessRoutes, deps);
      await api.register(messageRoutes, deps);
      await api.register(checkinRoutes, deps);
      await api.register(taskRoutes, deps);
      await api.register(whatsappRoutes, deps);
      await api.register(deliveryRoutes, deps);
      await api.register(staffRoutes, deps);
      await api.register(reportRoutes, deps);
      await api.register(exportRoutes, deps);
      await api.register(auditRoutes, deps);
      await api.register(clientDataExportRoutes, deps);
      await api.register(erasureRoutes, deps);
    },
    { prefix: '/api' },
  );
  await app.register(consolePlugin, { prefix: consolePrefix, ...deps });
  return app;
}
