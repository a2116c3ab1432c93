import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import pkg from '../../package.json' with { type: 'json' };
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/connection.ts';
import { registerAuthentication } from './http/authenticate.ts';
import { registerJsonCompression } from './http/compress-json.ts';
import { configureAjv, frameworkError, registerInputGuards } from './http/input-guards.ts';
import { registerProblemHandlers } from './http/problem.ts';
import { RequestLog } from './http/request-log.ts';
import { ProblemSchema } from './http/schemas.ts';
import { splitValidatorFactory } from './http/validators.ts';
import { registerWebApp } from './http/web-app.ts';
import { JOBS } from './jobs/registry.ts';
import { createJobRunner, type JobRunner, type RunnerOptions } from './jobs/runner.ts';
import { accessRequestRoutes } from './modules/access-requests/routes.ts';
import { auditRoutes } from './modules/audit/routes.ts';
import { authRoutes } from './modules/auth/routes.ts';
import { actorForSession, actorForToken } from './modules/auth/service.ts';
import { calendarRoutes } from './modules/calendar/routes.ts';
import { customerFactRoutes } from './modules/customer-facts/routes.ts';
import { importLimits } from './modules/customer-imports/limits.ts';
import { customerImportRoutes } from './modules/customer-imports/routes.ts';
import { customerRoutes } from './modules/customers/routes.ts';
import { departmentRoutes } from './modules/departments/routes.ts';
import { exportRequestRoutes } from './modules/export-requests/routes.ts';
import { followupRecordRoutes } from './modules/followup-records/routes.ts';
import { followupRuleRoutes } from './modules/followup-rules/routes.ts';
import { followupRoutes } from './modules/followups/routes.ts';
import { gradeRequestRoutes } from './modules/grade-requests/routes.ts';
import { healthRoutes } from './modules/health/routes.ts';
import { issueAttachmentRoutes } from './modules/issues/attachment-routes.ts';
import { breachBoardRoutes } from './modules/issues/breach-board-routes.ts';
import { issueRoutes } from './modules/issues/routes.ts';
import { jobRoutes } from './modules/jobs/routes.ts';
import { knowledgeRoutes } from './modules/knowledge/routes.ts';
import { notificationRoutes } from './modules/notifications/routes.ts';
import { reportRoutes } from './modules/reports/routes.ts';
import { retentionRoutes } from './modules/retention/routes.ts';
import { roleRoutes } from './modules/roles/routes.ts';
import { settingsRoutes } from './modules/settings/routes.ts';
import { setupRoutes } from './modules/setup/routes.ts';
import { userRoutes } from './modules/users/routes.ts';
import { worklistRoutes } from './modules/worklist/routes.ts';
import type { FieldCipher } from './security/field-crypto.ts';
import { approvalChainRoutes } from './workflow/routes.ts';

export interface AppOptions {
  config: Config;
  database: DatabaseHandle;
  cipher: FieldCipher;
  logger?: FastifyServerOptions['logger'];
  /** Other jobs or intervals than the server's own (tests); the runner starts only when asked (app.jobs.start). */
  jobs?: Partial<
    Pick<RunnerOptions, 'definitions' | 'pollingIntervalSeconds' | 'tickIntervalMs' | 'scheduling'>
  >;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Background jobs (src/server/jobs); stopped when the app closes. */
    jobs: JobRunner;
  }
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * strictNumbers: 1e400 parses to Infinity, which Ajv would otherwise take for an integer. removeAdditional off: an
 * unknown body field is refused by name (input-guards.ts closes the body schemas), not silently dropped. Bodies are
 * not coerced (validators.ts).
 */
export const AJV_OPTIONS = {
  customOptions: { allErrors: true, strictNumbers: true, removeAdditional: false },
  onCreate: configureAjv,
};

export async function buildApp({
  config,
  database,
  cipher,
  logger,
  jobs: jobOptions,
}: AppOptions): Promise<FastifyInstance> {
  const { db } = database;
  const app = Fastify({
    logger: logger ?? { level: config.logLevel },
    // One line per request instead of Fastify's two, at the level LOG_REQUESTS asks for.
    logController: new RequestLog(config.requestLogLevel),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    requestIdHeader: false,
    // Keep a caller's X-Request-Id (from a load balancer) so one id follows the request through every log.
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    ajv: AJV_OPTIONS,
    schemaController: { compilersFactory: { buildValidator: splitValidatorFactory() } },
    frameworkErrors: frameworkError,
    return503OnClosing: true,
  }).withTypeProvider<TypeBoxTypeProvider>();

  const jobs = createJobRunner(database, {
    definitions: JOBS,
    timeZone: config.timeZone,
    log: app.log,
    mail: config.mail,
    attachmentsDir: config.attachmentsDir,
    ...jobOptions,
  });
  app.decorate('jobs', jobs);
  app.addHook('onClose', () => jobs.stop());

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerJsonCompression(app);
  registerProblemHandlers(app, config.bodyLimitBytes);
  registerInputGuards(app);
  app.addSchema(ProblemSchema);

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Ant Design injects its CSS-in-JS as <style> elements.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: config.secureCookies,
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => {
      const error = new Error('rate limited') as Error & { statusCode: number };
      error.statusCode = context.statusCode;
      return error;
    },
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Huifang 回访 API', version: pkg.version, description: '客户回访管理系统接口' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'huifang_session' },
          bearer: { type: 'http', scheme: 'bearer', description: '个人 API 令牌 (hf_…)' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerAuthentication(app, {
    bySession: (cookie) => actorForSession(db, cookie, config.sessionTtlHours),
    byToken: (token) => actorForToken(db, token),
  });
  await app.register(healthRoutes(db, database.kind, pkg.version), { prefix: '/api' });
  await app.register(
    async (v1) => {
      await v1.register(
        authRoutes(db, {
          timeZone: config.timeZone,
          sessionTtlHours: config.sessionTtlHours,
          secureCookies: config.secureCookies,
          loginRateLimitPerMinute: config.loginRateLimitPerMinute,
        }),
      );
      await v1.register(userRoutes(db, config.timeZone));
      await v1.register(departmentRoutes(db));
      await v1.register(roleRoutes(db));
      await v1.register(
        auditRoutes(db, { checkpointDir: config.auditCheckpointDir, timeZone: config.timeZone }),
      );
      await v1.register(customerRoutes(db, cipher, config.timeZone));
      await v1.register(accessRequestRoutes(db));
      await v1.register(customerFactRoutes(db));
      await v1.register(gradeRequestRoutes(db));
      await v1.register(reportRoutes(db, config.timeZone));
      await v1.register(settingsRoutes(db));
      await v1.register(calendarRoutes(db, config.timeZone));
      await v1.register(setupRoutes(db, config.timeZone));
      await v1.register(followupRuleRoutes(db));
      await v1.register(followupRoutes(db, config.timeZone));
      await v1.register(followupRecordRoutes(db, config.timeZone));
      await v1.register(issueRoutes(db, config.timeZone));
      await v1.register(breachBoardRoutes(db, config.timeZone));
      await v1.register(
        issueAttachmentRoutes(db, { dir: config.attachmentsDir, maxBytes: config.attachmentMaxBytes }),
      );
      await v1.register(notificationRoutes(db));
      await v1.register(knowledgeRoutes(db));
      await v1.register(worklistRoutes(db, cipher, config.timeZone));
      await v1.register(approvalChainRoutes(db));
      await v1.register(
        customerImportRoutes(db, cipher, {
          maxBytes: config.importMaxBytes,
          maxConcurrent: config.importMaxConcurrent,
          limits: importLimits(config),
          timeZone: config.timeZone,
        }),
      );
      await v1.register(exportRequestRoutes(db, cipher, config.timeZone));
      await v1.register(retentionRoutes(db, config.timeZone));
      await v1.register(jobRoutes(db, jobs));
    },
    { prefix: '/api/v1' },
  );

  await registerWebApp(app, config.webDir);
  return app;
}
