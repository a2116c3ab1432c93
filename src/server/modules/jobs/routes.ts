import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import { JOB_TRIGGERS } from '../../../domain/jobs/trigger.ts';
import type { Database } from '../../db/schema.ts';
import { contextOf } from '../../http/authenticate.ts';
import { DateTime, Nullable, problemResponses } from '../../http/schemas.ts';
import type { JobRunner } from '../../jobs/runner.ts';
import * as service from './service.ts';

const Run = Type.Object({
  jobId: Type.String(),
  attempt: Type.Integer(),
  trigger: Type.Enum([...JOB_TRIGGERS], { description: 'schedule 按计划 / manual 手动 / import 导入后' }),
  asOf: DateTime,
  startedAt: DateTime,
  finishedAt: Nullable(DateTime),
  durationMs: Nullable(Type.Integer()),
  outcome: Type.Enum(['running', 'succeeded', 'failed', 'interrupted']),
  error: Nullable(Type.String()),
});

const Job = Type.Object({
  name: Type.String(),
  labelZh: Type.String(),
  labelEn: Type.String(),
  cron: Type.String(),
  timeZone: Type.String(),
  retryLimit: Type.Integer(),
  nextRunAt: DateTime,
  lastRun: Nullable(Run),
  recentFailures: Type.Array(Run),
});

export function jobRoutes(db: Kysely<Database>, jobs: JobRunner): FastifyPluginAsyncTypebox {
  return async (app) => {
    const tags = ['jobs 后台任务'];
    app.get(
      '/jobs',
      {
        schema: {
          tags,
          summary: '后台任务：计划、上次运行、下次运行与最近的失败',
          response: { 200: Type.Object({ items: Type.Array(Job) }), ...problemResponses() },
        },
      },
      async (request) => ({ items: await service.listJobs(db, contextOf(request), jobs, new Date()) }),
    );
    app.post(
      '/jobs/:name/run',
      {
        schema: {
          tags,
          summary:
            '立即运行（多数任务排队由有工作进程的实例执行，答 202；回访任务生成等在请求内运行，答 200 与结果）；可指定“截至”时间 asOf',
          params: Type.Object({ name: Type.String({ maxLength: 50 }) }),
          body: Type.Object({ asOf: Type.Optional(DateTime) }),
          response: {
            200: Type.Object({
              name: Type.String(),
              jobId: Type.String(),
              asOf: DateTime,
              result: Type.Record(Type.String(), Type.Number(), {
                description: '运行结果，如 created（新建任务数）',
              }),
              created: Type.Optional(Type.Integer({ description: '新建的回访任务数（回访任务生成）' })),
            }),
            202: Type.Object({ name: Type.String(), jobId: Type.String(), asOf: DateTime }),
            ...problemResponses(404),
          },
        },
      },
      async (request, reply) => {
        const asOf = request.body.asOf ? new Date(request.body.asOf) : new Date();
        const run = await service.runNow(
          db,
          contextOf(request),
          jobs,
          request.params.name,
          asOf,
          request.log,
        );
        const { result } = run;
        if (!result) return reply.code(202).send(run);
        return reply
          .code(200)
          .send({ ...run, result, ...(result.created === undefined ? {} : { created: result.created }) });
      },
    );
  };
}
