import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import type { Database } from '../../db/schema.ts';
import { contextOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/schemas.ts';
import * as service from './service.ts';

const Named = Type.Object({ key: Type.String(), nameZh: Type.String(), nameEn: Type.String() });

const Checklist = Type.Object({
  departments: Type.Object({
    done: Type.Boolean({ description: '已调整过默认部门（新建、修改或删除过部门）' }),
    departments: Type.Integer(),
  }),
  users: Type.Object({
    done: Type.Boolean({ description: '已有业务角色（系统管理员以外）的在职员工' }),
    businessUsers: Type.Integer(),
  }),
  preset: Type.Object({
    done: Type.Boolean({ description: '已启用回访规则（安装行业模板或自建）' }),
    activeRules: Type.Integer(),
    presets: Type.Array(Named, { description: '已安装的行业模板' }),
  }),
  customers: Type.Object({
    done: Type.Boolean({ description: '客户档案中已有客户' }),
    customers: Type.Integer({ description: '最多数到 1000' }),
    moreThanShown: Type.Boolean(),
    youMayImport: Type.Boolean({ description: '当前用户有导入客户的权限' }),
    importRoles: Type.Array(Named, { description: '有导入客户权限的角色' }),
    importers: Type.Integer({ description: '持有这些角色的在职员工数' }),
  }),
  calendar: Type.Object({
    done: Type.Boolean({ description: '今年与明年的节假日安排都已具备' }),
    missingYears: Type.Array(Type.Integer()),
  }),
  doneCount: Type.Integer(),
  total: Type.Integer(),
});

export function setupRoutes(db: Kysely<Database>, timeZone: string): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/setup/checklist',
      {
        schema: {
          tags: ['setup 初始设置'],
          summary: '初始设置清单：部门、员工、行业模板、客户导入、节假日安排各自是否已完成（系统管理员）',
          response: { 200: Checklist, ...problemResponses() },
        },
      },
      async (request) => service.checklist(db, contextOf(request), timeZone),
    );
  };
}
