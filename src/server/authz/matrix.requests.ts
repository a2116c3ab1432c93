/**
 * How the matrix calls each route: a valid request for every case (so that authorization, not validation,
 * decides), with fresh fixtures wherever a call would use up or destroy what it acts on.
 */

import type { LightMyRequestResponse } from 'fastify';
import { EMPTY_AUDIENCE, newRuleDefinition } from '../../domain/followups/rules.ts';
import * as observe from './matrix.observe.ts';
import type { Column } from './matrix.table.ts';
import {
  type CustomerFixture,
  companyDate,
  type Person,
  RELS,
  type Rel,
  type World,
} from './matrix.world.ts';

export interface Call {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  payload?: object | string;
  headers?: Record<string, string>;
  /** A session to send instead of the column's own. */
  cookie?: string;
  /** Runs after the answer (e.g. remembers a changed password). */
  after?: (response: LightMyRequestResponse) => void | Promise<void>;
}

export interface RouteRequests {
  /** The cases of matrix.table.ts this route has ('' when none). */
  cases: readonly string[];
  /** The request, or 'n/a' when the column cannot hold the fixture the case needs. */
  request(w: World, column: Column, kase: string): Promise<Call | 'n/a'> | Call | 'n/a';
  /** What a 2xx answer shows (full / masked / basic / unlisted), for the cases where that is the question. */
  observe?(
    w: World,
    kase: string,
    response: LightMyRequestResponse,
  ): Promise<string[]> | string[] | undefined;
}

const V1 = '/api/v1';
const NONE = [''] as const;
const CSV = '客户名称,所属行业\n';

/** The anonymous caller gets well-formed requests with a placeholder id: nothing is made for it to act on. */
const PLACEHOLDER = 1;

/** A valid follow-up rule (switched off, so it never makes tasks for the fixture company). */
const RULE = newRuleDefinition({ name: '矩阵测试规则', audience: { ...EMPTY_AUDIENCE, tiers: ['A'] } });
/** A phone record rated 较好 on a customer. */
const recordOn = (customerId: number) => ({
  customerId,
  method: 'phone',
  contactedAt: new Date().toISOString(),
  serviceSatisfaction: 4,
  productSatisfaction: 4,
  opinions: '希望增加技术培训场次',
});
const newRule = async (w: World) =>
  (await w.must<{ id: number }>('admin', 'POST', `${V1}/followup-rules`, { definition: RULE })).id;

/** Roles whose people log follow-ups themselves. */
const works = (column: Column) =>
  ['agent', 'account_manager', 'supervisor', 'dept_manager', 'executive'].includes(column);

const recordBy = async (w: World, author: Person, customerId: number) =>
  (await w.must<{ id: number }>(author, 'POST', `${V1}/followup-records`, recordOn(customerId))).id;

/** A review decision on a record its author (dept: `colleague`; other: `otherAm`) logged on their own customer. */
const reviewDecision = (action: 'approve' | 'return'): RouteRequests => ({
  cases: ['dept', 'other'],
  request: async (w, column, kase) => {
    const author: Person = kase === 'dept' ? 'colleague' : 'otherAm';
    const customer = kase === 'dept' ? w.customers.dept : w.customers.other;
    const id = await fresh(w, column, () => recordBy(w, author, customer.id), kase);
    return {
      method: 'POST',
      url: `${V1}/followup-records/${id}/${action}`,
      payload: { comment: '请补充客户意见' },
    };
  },
});

/**
 * What a call acts on when it uses it up or changes it: a placeholder for the anonymous caller, the row's shared
 * fixture when the call is expected to be refused (World.sharing), otherwise a fresh one. `by` names whose it is
 * when that depends on the caller.
 */
const fresh = (w: World, column: Column, make: () => Promise<number>, by = ''): Promise<number> =>
  column === 'anonymous' ? Promise.resolve(PLACEHOLDER) : w.shared(by, make);

const fixed = (method: Call['method'], url: string, payload?: object): RouteRequests => ({
  cases: NONE,
  request: () => ({ method, url, payload }),
});

/** A 一般 issue raised now on a customer. */
const issueOn = (customerId: number) => ({
  customerId,
  channel: 'phone',
  urgency: 'normal',
  description: '矩阵测试：设备报警',
  raisedAt: new Date().toISOString(),
});

/** An issue the executive (who reaches every customer) registered on the case's customer, paused if asked. */
const issueBy = async (w: World, customerId: number, paused = false) => {
  const { id } = await w.must<{ id: number }>('executive', 'POST', `${V1}/issues`, issueOn(customerId));
  if (paused) await w.must('executive', 'POST', `${V1}/issues/${id}/pause`, { reason: '等待客户提供资料' });
  return id;
};

/** A change to a fresh issue of the case's customer. */
const issueChange = (
  verb: string,
  payload: object,
  cases: readonly string[],
  paused = false,
): RouteRequests => ({
  cases,
  request: async (w, column, kase) => ({
    method: 'POST',
    url: `${V1}/issues/${await fresh(w, column, () => issueBy(w, customerOf(w, kase).id, paused), `issue ${verb} ${kase}`)}/${verb}`,
    payload,
  }),
});

/** A decision on a plan its author (dept: `colleague`; other: `otherAm`) submitted on an issue of their customer. */
const planDecision = (action: 'approve' | 'reject'): RouteRequests => ({
  cases: ['dept', 'other'],
  request: async (w, column, kase) => {
    const author: Person = kase === 'dept' ? 'colleague' : 'otherAm';
    const customer = kase === 'dept' ? w.customers.dept : w.customers.other;
    const planId = await fresh(
      w,
      column,
      async () => {
        const issueId = await issueBy(w, customer.id);
        const issue = await w.must<{ plans: { id: number }[] }>(
          author,
          'POST',
          `${V1}/issues/${issueId}/plans`,
          {
            plan: '更换报警传感器',
          },
        );
        return (issue.plans[0] as { id: number }).id;
      },
      `plan ${kase}`,
    );
    return {
      method: 'POST',
      url: `${V1}/issue-plans/${planId}/${action}`,
      payload: { comment: action === 'reject' ? '请补充费用' : null },
    };
  },
});

/** A 1×1 PNG: the smallest file an issue takes. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
/** The issue each attachment fixture is on. */
const attachmentIssues = new Map<number, number>();
const attachmentUrl = (id: number) =>
  `${V1}/issues/${attachmentIssues.get(id) ?? PLACEHOLDER}/attachments/${id}`;

/** A photo the executive attached to a fresh issue of the case's customer. */
const attachmentBy = async (w: World, kase: string) => {
  const issueId = await issueBy(w, customerOf(w, kase).id);
  const response = await w.call('executive', {
    method: 'POST',
    url: `${V1}/issues/${issueId}/attachments?fileName=photo.png`,
    headers: { 'content-type': 'image/png' },
    payload: PNG,
  });
  if (response.statusCode !== 201)
    throw new Error(`attachment fixture: ${response.statusCode} ${response.body}`);
  const { id } = response.json() as { id: number };
  attachmentIssues.set(id, issueId);
  return id;
};

/** A knowledge-base article written by the supervisor. */
const newArticle = async (w: World) =>
  (
    await w.must<{ id: number }>('supervisor', 'POST', `${V1}/knowledge-articles`, {
      title: '卡纸处理',
      problem: '打印机卡纸',
      solution: '更换进纸辊',
    })
  ).id;
const articleOf = (w: World) => w.shared('article', () => newArticle(w));

const customerOf = (w: World, kase: string): CustomerFixture => {
  const customer = kase === 'moved' ? w.moved : w.customers[kase as Rel];
  if (!customer) throw new Error(`no customer for case ${kase}`);
  return customer;
};

/** A read of one customer's data, judged by what the body shows. */
const customerRead = (
  path: string,
  judge: (customer: CustomerFixture, response: LightMyRequestResponse) => Promise<string[]> | string[],
): RouteRequests => ({
  cases: RELS,
  request: (w, _column, kase) => ({
    method: 'GET',
    url: path.replace('{id}', String(customerOf(w, kase).id)),
  }),
  observe: (w, kase, response) => judge(customerOf(w, kase), response),
});

/** A change to one customer's data: writers within their data scope only. */
const customerWrite = (
  method: Call['method'],
  request: (
    w: World,
    customer: CustomerFixture,
    rel: Rel,
    column: Column,
  ) => Promise<Omit<Call, 'method'>> | Omit<Call, 'method'>,
): RouteRequests => ({
  cases: RELS,
  request: async (w, column, kase) => ({
    method,
    ...(await request(w, customerOf(w, kase), kase as Rel, column)),
  }),
});

/** The person a case's request belongs to; `own` is the caller's (the anonymous caller borrows the agent's). */
const requesterOf = (w: World, column: Column, kase: string, others: Record<string, Person>): Person =>
  kase === 'own' ? w.personOf(column) : (others[kase] as Person);

const decisionBody = (verb: string) => (verb === 'reject' ? { comment: '理由不充分' } : {});

function accessDecision(verb: 'approve' | 'reject' | 'revoke'): RouteRequests {
  return {
    cases: ['own', 'dept', 'other', 'secret'],
    async request(w, column, kase) {
      const requester = requesterOf(w, column, kase, {
        dept: 'colleague',
        other: 'otherAm',
        secret: 'colleague',
      });
      const level = kase === 'secret' ? 'top_secret' : 'confidential';
      const id = await w.tryFixture(() =>
        fresh(w, column, () => w.accessRequest(requester, level, verb === 'revoke'), requester),
      );
      if (id === undefined) return 'n/a';
      return { method: 'POST', url: `${V1}/access-requests/${id}/${verb}`, payload: decisionBody(verb) };
    },
  };
}

function exportDecision(verb: 'approve' | 'reject'): RouteRequests {
  return {
    cases: ['dept', 'other'],
    async request(w, column, kase) {
      const id = await fresh(w, column, () =>
        w.exportRequest(kase === 'dept' ? 'colleague' : 'otherAm', false),
      );
      return { method: 'POST', url: `${V1}/export-requests/${id}/${verb}`, payload: decisionBody(verb) };
    },
  };
}

function gradeDecision(verb: 'approve' | 'reject'): RouteRequests {
  return {
    cases: ['dept', 'other', 'final'],
    async request(w, column, kase) {
      const id = await fresh(w, column, () =>
        w.gradeRequest(kase === 'other' ? 'otherAm' : 'colleague', kase === 'final'),
      );
      return { method: 'POST', url: `${V1}/grade-requests/${id}/${verb}`, payload: decisionBody(verb) };
    },
  };
}

function destructionDecision(verb: 'approve' | 'reject'): RouteRequests {
  return {
    cases: NONE,
    async request(w, column) {
      const id = await fresh(w, column, () => w.destructionRequest());
      return {
        method: 'POST',
        url: `${V1}/data-retention/requests/${id}/${verb}`,
        payload: decisionBody(verb),
      };
    },
  };
}

const sheetUpload = (step: string): RouteRequests => ({
  cases: NONE,
  request: (w) => ({
    method: 'POST',
    url: `${V1}/customer-imports/${step}`,
    headers: { 'content-type': 'text/csv' },
    payload: `${CSV}${w.unique('矩阵导入客户')}有限公司,制造业\n`,
  }),
});

export const REQUESTS: Record<string, RouteRequests> = {
  // ── public, and every signed-in user
  'GET /api/health': fixed('GET', '/api/health'),
  'POST /api/v1/auth/login': {
    cases: NONE,
    request: (w, column) => {
      const { username, password } = w.accounts[w.personOf(column)];
      return { method: 'POST', url: `${V1}/auth/login`, payload: { username, password } };
    },
  },
  'GET /api/v1/auth/me': fixed('GET', `${V1}/auth/me`),
  'POST /api/v1/auth/logout': {
    cases: NONE,
    // A second session of the caller's, so that their own stays signed in for the rest of the matrix.
    request: async (w, column) => {
      if (column === 'anonymous') return { method: 'POST', url: `${V1}/auth/logout` };
      const { username, password } = w.accounts[column];
      return { method: 'POST', url: `${V1}/auth/logout`, cookie: await w.t.login(username, password) };
    },
  },
  'POST /api/v1/auth/password': {
    cases: NONE,
    request: (w, column) => {
      const account = w.accounts[w.personOf(column)];
      const newPassword = w.unique('Matrix-pw-');
      return {
        method: 'POST',
        url: `${V1}/auth/password`,
        payload: { currentPassword: account.password, newPassword },
        after: (response) => {
          if (response.statusCode === 204) account.password = newPassword;
        },
      };
    },
  },
  'PUT /api/v1/auth/me/locale': fixed('PUT', `${V1}/auth/me/locale`, { locale: 'zh-CN' }),
  'GET /api/v1/auth/tokens': fixed('GET', `${V1}/auth/tokens`),
  'POST /api/v1/auth/tokens': {
    cases: NONE,
    request: (w) => ({ method: 'POST', url: `${V1}/auth/tokens`, payload: { name: w.unique('矩阵令牌') } }),
  },
  'DELETE /api/v1/auth/tokens/{id}': {
    cases: ['own', 'other'],
    request: async (w, column, kase) => {
      const owner = requesterOf(w, column, kase, { other: 'colleague' });
      const id = await fresh(w, column, () => w.token(owner), owner);
      return { method: 'DELETE', url: `${V1}/auth/tokens/${id}` };
    },
  },
  'GET /api/v1/users/directory': fixed('GET', `${V1}/users/directory`),
  'GET /api/v1/users/handover-candidates': fixed('GET', `${V1}/users/handover-candidates`),
  'GET /api/v1/role-change-requests': fixed('GET', `${V1}/role-change-requests`),
  // A request id no one made: the permission decides first, then the executive gets a 404.
  'POST /api/v1/role-change-requests/{id}/approve': {
    cases: ['missing'],
    request: () => ({ method: 'POST', url: `${V1}/role-change-requests/2147483000/approve`, payload: {} }),
  },
  'POST /api/v1/role-change-requests/{id}/reject': {
    cases: ['missing'],
    request: () => ({
      method: 'POST',
      url: `${V1}/role-change-requests/2147483000/reject`,
      payload: { comment: '不符合职责分离' },
    }),
  },
  'GET /api/v1/departments': fixed('GET', `${V1}/departments`),
  'GET /api/v1/roles': fixed('GET', `${V1}/roles`),
  'GET /api/v1/settings/customer-rules': fixed('GET', `${V1}/settings/customer-rules`),

  // ── administration
  'GET /api/v1/users': fixed('GET', `${V1}/users?limit=5`),
  'POST /api/v1/users': {
    cases: NONE,
    request: (w) => ({
      method: 'POST',
      url: `${V1}/users`,
      payload: {
        username: w.unique('mx.new'),
        displayName: '新员工',
        password: 'Passw0rd!',
        departmentId: w.departments.销售部,
        roles: ['agent'],
      },
    }),
  },
  'GET /api/v1/users/export': fixed('GET', `${V1}/users/export`),
  'GET /api/v1/users/{id}': {
    cases: NONE,
    request: (w) => ({ method: 'GET', url: `${V1}/users/${w.accounts.colleague.id}` }),
  },
  'PATCH /api/v1/users/{id}': {
    cases: ['details', 'roles', 'self'],
    async request(w, column, kase) {
      if (kase !== 'self' || column === 'anonymous') {
        const id = await fresh(w, column, () => w.bystander('销售部'));
        const payload = kase === 'roles' ? { roles: ['executive'] } : { phone: '0571-88886666' };
        return { method: 'PATCH', url: `${V1}/users/${id}`, payload };
      }
      // The caller gives themselves the executive's data: a second administrator for the admin column, so that a
      // wrongly allowed change cannot spread to the rest of the matrix; the others are put back if it goes through.
      if (column === 'admin') {
        const username = w.unique('mx.admin');
        const id = await w.insertUser(username, 'admin', '总经理办公室');
        const cookie = await w.t.login(username, 'Passw0rd!');
        return {
          method: 'PATCH',
          url: `${V1}/users/${id}`,
          payload: { roles: ['admin', 'executive'] },
          cookie,
        };
      }
      const { id } = w.accounts[column];
      return {
        method: 'PATCH',
        url: `${V1}/users/${id}`,
        payload: { roles: [column, 'executive'] },
        after: (response) => {
          if (response.statusCode < 300) return w.restoreRoles(id, [column]);
        },
      };
    },
  },
  'POST /api/v1/departments': {
    cases: NONE,
    request: (w) => ({ method: 'POST', url: `${V1}/departments`, payload: { name: w.unique('矩阵新部门') } }),
  },
  'PATCH /api/v1/departments/{id}': {
    cases: NONE,
    request: async (w, column) => ({
      method: 'PATCH',
      url: `${V1}/departments/${await fresh(w, column, () => w.department())}`,
      payload: { name: w.unique('矩阵改名部门') },
    }),
  },
  'DELETE /api/v1/departments/{id}': {
    cases: NONE,
    request: async (w, column) => ({
      method: 'DELETE',
      url: `${V1}/departments/${await fresh(w, column, () => w.department())}`,
    }),
  },
  'PATCH /api/v1/roles/{key}': {
    cases: ['', 'own'],
    async request(w, column, kase) {
      // '': the analyst role set to what it already is (a wrongly allowed call changes nothing).
      // own: the caller's own role widened to every customer; put back if it goes through.
      const key = kase === 'own' ? w.personOf(column) : 'analyst';
      const role = await w.t.database.db
        .selectFrom('roles')
        .selectAll()
        .where('key', '=', key)
        .executeTakeFirstOrThrow();
      const widen = kase === 'own';
      return {
        method: 'PATCH',
        url: `${V1}/roles/${key}`,
        payload: {
          permissions: widen ? [...new Set([...role.permissions, 'customers.read'])] : role.permissions,
          dataScope: widen ? 'all' : role.data_scope,
        },
        after: (response) => {
          if (widen && response.statusCode < 300)
            return w.restoreRole(key, role.permissions, role.data_scope);
        },
      };
    },
  },
  'PUT /api/v1/settings/customer-rules': {
    cases: NONE,
    request: async (w) => ({
      method: 'PUT',
      url: `${V1}/settings/customer-rules`,
      payload: await w.must('admin', 'GET', `${V1}/settings/customer-rules`),
    }),
  },
  'GET /api/v1/settings/approval-chains': fixed('GET', `${V1}/settings/approval-chains`),
  // Saving the chains as they are: the same answer for everyone allowed, nothing changes for the next rows.
  'PUT /api/v1/settings/approval-chains': {
    cases: NONE,
    request: async (w) => ({
      method: 'PUT',
      url: `${V1}/settings/approval-chains`,
      payload: await w.must('admin', 'GET', `${V1}/settings/approval-chains`),
    }),
  },
  'GET /api/v1/audit-events': fixed('GET', `${V1}/audit-events?limit=5`),
  'GET /api/v1/audit-events/export': fixed('GET', `${V1}/audit-events/export?action=customers.created`),
  'GET /api/v1/audit-events/verify': fixed('GET', `${V1}/audit-events/verify`),

  // ── 离职交接
  'POST /api/v1/users/{id}/handover': {
    cases: ['dept', 'other'],
    request: async (w, column, kase) => ({
      method: 'POST',
      url: `${V1}/users/${await fresh(w, column, () => w.bystander(kase === 'dept' ? '销售部' : '客户服务部'))}/handover`,
      payload: {
        toUserId: w.accounts[kase === 'dept' ? 'colleague' : 'otherAm'].id,
        disableAccount: true,
      },
    }),
  },

  // ── customers: reading
  'GET /api/v1/customers': {
    cases: RELS,
    request: (w, _column, kase) => ({ method: 'GET', url: `${V1}/customers?q=${customerOf(w, kase).code}` }),
    observe: (w, kase, response) => observe.listRow(customerOf(w, kase), response),
  },
  'GET /api/v1/customers/count': fixed('GET', `${V1}/customers/count?mine=true`),
  'GET /api/v1/customers/{id}': customerRead(`${V1}/customers/{id}`, observe.detail),
  'GET /api/v1/customers/export': {
    cases: RELS,
    request: (w, _column, kase) => ({
      method: 'GET',
      url: `${V1}/customers/export?q=${customerOf(w, kase).code}`,
    }),
    observe: (w, kase, response) => observe.exportRow(customerOf(w, kase), response),
  },
  'GET /api/v1/customers/{id}/contacts': customerRead(`${V1}/customers/{id}/contacts`, observe.contacts),
  'GET /api/v1/customers/{id}/service-events': {
    cases: RELS,
    request: (w, _column, kase) => ({
      method: 'GET',
      url: `${V1}/customers/${customerOf(w, kase).id}/service-events`,
    }),
  },
  'GET /api/v1/customers/{id}/tier-history': customerRead(
    `${V1}/customers/{id}/tier-history`,
    observe.history,
  ),
  'GET /api/v1/customers/{id}/timeline': customerRead(`${V1}/customers/{id}/timeline`, observe.history),
  'GET /api/v1/customers/{id}/transactions': customerRead(
    `${V1}/customers/{id}/transactions`,
    observe.cooperation,
  ),
  'GET /api/v1/customers/{id}/contracts': customerRead(`${V1}/customers/{id}/contracts`, observe.cooperation),

  // ── customers: writing
  'POST /api/v1/customers': {
    cases: NONE,
    request: (w) => ({ method: 'POST', url: `${V1}/customers`, payload: { name: w.unique('矩阵新客户') } }),
  },
  'PATCH /api/v1/customers/{id}': customerWrite('PATCH', (_w, c) => ({
    url: `${V1}/customers/${c.id}`,
    payload: { remark: '矩阵核对' },
  })),
  'POST /api/v1/customers/{id}/merge': customerWrite('POST', async (w, c, rel, column) => ({
    url: `${V1}/customers/${c.id}/merge`,
    payload: { duplicateId: await fresh(w, column, () => w.spareCustomer(rel)) },
  })),
  'POST /api/v1/customers/{id}/contacts': customerWrite('POST', (w, c) => ({
    url: `${V1}/customers/${c.id}/contacts`,
    payload: { name: w.unique('矩阵联系人') },
  })),
  'PATCH /api/v1/customers/{id}/contacts/{contactId}': customerWrite('PATCH', (_w, c) => ({
    url: `${V1}/customers/${c.id}/contacts/${c.contactId}`,
    payload: { position: '采购总监' },
  })),
  'DELETE /api/v1/customers/{id}/contacts/{contactId}': customerWrite(
    'DELETE',
    async (w, c, rel, column) => ({
      url: `${V1}/customers/${c.id}/contacts/${await fresh(w, column, () => w.spareContact(rel))}`,
    }),
  ),
  'POST /api/v1/transactions': customerWrite('POST', (_w, c) => ({
    url: `${V1}/transactions`,
    payload: { customerId: c.id, occurredOn: companyDate(), amount: '100.00' },
  })),
  'POST /api/v1/contracts': customerWrite('POST', (_w, c) => ({
    url: `${V1}/contracts`,
    payload: { customerId: c.id, title: '补充协议', startsOn: companyDate(), endsOn: companyDate(-1) },
  })),
  'POST /api/v1/service-events': customerWrite('POST', (_w, c) => ({
    url: `${V1}/service-events`,
    payload: { customerId: c.id, kind: 'repair', occurredAt: new Date().toISOString() },
  })),

  // ── import
  'POST /api/v1/customer-imports/preview': sheetUpload('preview'),
  'POST /api/v1/customer-imports/apply': sheetUpload('apply'),
  'POST /api/v1/customer-imports/errors': sheetUpload('errors'),
  'GET /api/v1/customer-imports/template': fixed('GET', `${V1}/customer-imports/template`),

  // ── 查阅申请
  'GET /api/v1/access-requests': {
    cases: ['mine', 'to_approve', 'all'],
    request: (_w, _column, kase) => ({ method: 'GET', url: `${V1}/access-requests?box=${kase}` }),
  },
  'POST /api/v1/access-requests': {
    cases: NONE,
    request: (w) => ({
      method: 'POST',
      url: `${V1}/access-requests`,
      payload: {
        customerIds: [w.customers.other.id],
        level: 'confidential',
        purpose: '季度回访',
        reason: '核对联系人',
        durationDays: 7,
      },
    }),
  },
  'POST /api/v1/access-requests/{id}/approve': accessDecision('approve'),
  'POST /api/v1/access-requests/{id}/reject': accessDecision('reject'),
  'POST /api/v1/access-requests/{id}/revoke': accessDecision('revoke'),

  // ── 客户等级申报
  'POST /api/v1/grade-requests': customerWrite('POST', (_w, c) => ({
    url: `${V1}/grade-requests`,
    payload: { customerId: c.id, proposedTier: 'C', reasons: '合作金额下降' },
  })),
  'GET /api/v1/customers/{id}/grade-figures': customerWrite('GET', (_w, c) => ({
    url: `${V1}/customers/${c.id}/grade-figures`,
  })),
  'GET /api/v1/grade-requests': {
    cases: ['mine', 'moved', ...RELS],
    request: (_w, _column, kase) => ({
      method: 'GET',
      url: `${V1}/grade-requests?box=${kase === 'mine' || kase === 'moved' ? 'mine' : 'to_approve'}`,
    }),
    observe: (w, kase, response) =>
      kase === 'mine' ? undefined : observe.gradeRequests(customerOf(w, kase), response),
  },
  'POST /api/v1/grade-requests/{id}/approve': gradeDecision('approve'),
  'POST /api/v1/grade-requests/{id}/reject': gradeDecision('reject'),
  'GET /api/v1/reports/key-accounts': fixed('GET', `${V1}/reports/key-accounts?tier=A`),
  'GET /api/v1/reports/key-accounts/export': fixed('GET', `${V1}/reports/key-accounts/export?tier=A`),

  // ── 导出申请
  'GET /api/v1/export-requests': {
    cases: ['mine', 'to_approve'],
    request: (_w, _column, kase) => ({ method: 'GET', url: `${V1}/export-requests?box=${kase}` }),
  },
  'POST /api/v1/export-requests': {
    cases: NONE,
    request: () => ({
      method: 'POST',
      url: `${V1}/export-requests`,
      payload: { filter: {}, purpose: '年度回访计划', reason: '需要全部客户名单' },
    }),
  },
  'POST /api/v1/export-requests/{id}/approve': exportDecision('approve'),
  'POST /api/v1/export-requests/{id}/reject': exportDecision('reject'),
  'GET /api/v1/export-requests/{id}/download': {
    cases: ['own', 'other'],
    async request(w, column, kase) {
      const requester = requesterOf(w, column, kase, { other: 'colleague' });
      const id = await w.tryFixture(() =>
        fresh(w, column, () => w.exportRequest(requester, true), requester),
      );
      return id === undefined ? 'n/a' : { method: 'GET', url: `${V1}/export-requests/${id}/download` };
    },
  },

  // ── 数据销毁
  'GET /api/v1/data-retention/due': fixed('GET', `${V1}/data-retention/due`),
  'GET /api/v1/data-retention/requests': fixed('GET', `${V1}/data-retention/requests`),
  'POST /api/v1/data-retention/requests': {
    cases: NONE,
    request: async (w, column) => ({
      method: 'POST',
      url: `${V1}/data-retention/requests`,
      payload: { customerIds: [await fresh(w, column, () => w.dueCustomer())], reason: '超过保存期限' },
    }),
  },
  'POST /api/v1/data-retention/requests/{id}/approve': destructionDecision('approve'),
  'POST /api/v1/data-retention/requests/{id}/reject': destructionDecision('reject'),

  // ── 后台任务 (the run is only queued: the matrix's app starts no workers)
  'GET /api/v1/setup/checklist': fixed('GET', `${V1}/setup/checklist`),
  'GET /api/v1/jobs': fixed('GET', `${V1}/jobs`),
  'POST /api/v1/jobs/{name}/run': fixed('POST', `${V1}/jobs/housekeeping/run`, {}),

  // ── 节假日与工作时间 (saving what is there changes nothing for the rows after)
  'GET /api/v1/calendar/add-working-days': fixed(
    'GET',
    `${V1}/calendar/add-working-days?from=2025-09-30&days=2`,
  ),
  'GET /api/v1/calendar/years': fixed('GET', `${V1}/calendar/years`),
  'GET /api/v1/calendar/years/{year}': fixed('GET', `${V1}/calendar/years/2026`),
  'GET /api/v1/calendar/hours': fixed('GET', `${V1}/calendar/hours`),
  'PUT /api/v1/calendar/years/{year}': fixed('PUT', `${V1}/calendar/years/2030`, {
    holidays: ['2030-01-01'],
    workdays: [],
  }),
  // An entry to remove, made by the administrator before each call.
  'DELETE /api/v1/calendar/years/{year}': {
    cases: NONE,
    request: async (w) => {
      await w.must('admin', 'PUT', `${V1}/calendar/years/2031`, { holidays: ['2031-01-01'], workdays: [] });
      return { method: 'DELETE', url: `${V1}/calendar/years/2031` };
    },
  },
  'POST /api/v1/calendar/parse': fixed('POST', `${V1}/calendar/parse`, {
    format: 'notice',
    year: 2027,
    text: '元旦：1月1日（周五）至3日（周日）放假，共3天。',
  }),
  // ── 回访规则 (each call that changes one gets a rule of its own)
  'GET /api/v1/followup-rules': fixed('GET', `${V1}/followup-rules`),
  'GET /api/v1/followup-rules/{id}': {
    cases: NONE,
    request: async (w, column) => ({
      method: 'GET',
      url: `${V1}/followup-rules/${await fresh(w, column, () => newRule(w))}`,
    }),
  },
  'POST /api/v1/followup-rules': fixed('POST', `${V1}/followup-rules`, { definition: RULE }),
  'PUT /api/v1/followup-rules/{id}': {
    cases: NONE,
    request: async (w, column) => ({
      method: 'PUT',
      url: `${V1}/followup-rules/${await fresh(w, column, () => newRule(w))}`,
      payload: { version: 1, definition: { ...RULE, name: '改过的规则' } },
    }),
  },
  'POST /api/v1/followup-rules/{id}/activate': {
    cases: NONE,
    request: async (w, column) => ({
      method: 'POST',
      url: `${V1}/followup-rules/${await fresh(w, column, () => newRule(w))}/activate`,
      payload: {},
    }),
  },
  'POST /api/v1/followup-rules/{id}/deactivate': {
    cases: NONE,
    request: async (w, column) => ({
      method: 'POST',
      url: `${V1}/followup-rules/${await fresh(w, column, () => newRule(w))}/deactivate`,
      payload: {},
    }),
  },
  'POST /api/v1/followup-rules/preview': fixed('POST', `${V1}/followup-rules/preview`, { definition: RULE }),
  'POST /api/v1/followup-records': {
    cases: ['own', 'other'],
    request: (w, _column, kase) => ({
      method: 'POST',
      url: `${V1}/followup-records`,
      payload: recordOn(customerOf(w, kase).id),
    }),
  },
  // A record the executive (who reaches every customer) logged on the case's customer.
  'GET /api/v1/followup-records/{id}': {
    cases: ['own', 'other'],
    request: async (w, _column, kase) => {
      const id = await w.shared(`record ${kase}`, async () => {
        const made = await w.must<{ id: number }>(
          'executive',
          'POST',
          `${V1}/followup-records`,
          recordOn(customerOf(w, kase).id),
        );
        return made.id;
      });
      return { method: 'GET', url: `${V1}/followup-records/${id}` };
    },
  },
  'GET /api/v1/followup-records': fixed('GET', `${V1}/followup-records?poor=false`),
  'PUT /api/v1/followup-records/{id}': {
    cases: ['own', 'dept'],
    request: async (w, column, kase) => {
      const author: Person = kase === 'dept' ? 'colleague' : works(column) ? w.personOf(column) : 'executive';
      const customer = kase === 'dept' ? w.customers.dept : w.customers.own;
      const id = await fresh(w, column, () => recordBy(w, author, customer.id), `${kase} ${author}`);
      return {
        method: 'PUT',
        url: `${V1}/followup-records/${id}`,
        payload: { method: 'phone', contactedAt: new Date().toISOString(), serviceSatisfaction: 3 },
      };
    },
  },
  'POST /api/v1/followup-records/{id}/approve': reviewDecision('approve'),
  'POST /api/v1/followup-records/{id}/return': reviewDecision('return'),
  // Routing to R&D can be repeated: the executive's record on the case's customer serves every caller.
  'POST /api/v1/followup-records/{id}/actions': {
    cases: ['own', 'other'],
    request: async (w, _column, kase) => ({
      method: 'POST',
      url: `${V1}/followup-records/${await w.shared(`record ${kase}`, () => recordBy(w, 'executive', customerOf(w, kase).id))}/actions`,
      payload: { kind: 'rnd', note: '客户建议增加远程诊断' },
    }),
  },
  'GET /api/v1/record-reviews': fixed('GET', `${V1}/record-reviews?box=to_approve`),
  'GET /api/v1/followup-presets': fixed('GET', `${V1}/followup-presets`),
  // Installing twice adds nothing: every allowed caller gets a 200.
  'POST /api/v1/followup-presets/{key}/install': fixed(
    'POST',
    `${V1}/followup-presets/franchise/install`,
    {},
  ),
  'GET /api/v1/followup-tasks': fixed('GET', `${V1}/followup-tasks?status=pending,overdue`),
  'GET /api/v1/worklist': fixed('GET', `${V1}/worklist`),
  'GET /api/v1/worklist/team': fixed('GET', `${V1}/worklist/team`),
  'GET /api/v1/worklist/calendar': {
    cases: ['', 'dept', 'other', 'team'],
    request: (w, _column, kase) => {
      const whose =
        kase === 'team'
          ? '&team=true'
          : kase === ''
            ? ''
            : `&assigneeId=${w.accounts[kase === 'dept' ? 'colleague' : 'otherAm'].id}`;
      return { method: 'GET', url: `${V1}/worklist/calendar?month=${companyDate(0).slice(0, 7)}${whose}` };
    },
  },
  'GET /api/v1/followup-tasks/{id}': {
    cases: ['own', 'other'],
    request: async (w, _column, kase) => ({
      method: 'GET',
      url: `${V1}/followup-tasks/${await w.shared(`task ${kase}`, () => w.task(customerOf(w, kase).id))}`,
    }),
  },
  // A call-back never ends the task, so one task serves every caller.
  'POST /api/v1/followup-tasks/{id}/attempts': {
    cases: ['own', 'other'],
    request: async (w, column, kase) => ({
      method: 'POST',
      url: `${V1}/followup-tasks/${await fresh(w, column, () => w.task(customerOf(w, kase).id), kase)}/attempts`,
      payload: { outcome: 'callback', callbackAt: new Date(Date.now() + 86_400_000).toISOString() },
    }),
  },
  'POST /api/v1/followup-tasks/{id}/reassign': {
    cases: ['own', 'other'],
    request: async (w, column, kase) => ({
      method: 'POST',
      url: `${V1}/followup-tasks/${await fresh(w, column, () => w.task(customerOf(w, kase).id), kase)}/reassign`,
      payload: { assigneeId: w.accounts.colleague.id },
    }),
  },
  'GET /api/v1/issues': fixed('GET', `${V1}/issues?status=pending,in_progress`),
  'POST /api/v1/issues': {
    cases: ['own'],
    request: (w, _column, kase) => ({
      method: 'POST',
      url: `${V1}/issues`,
      payload: issueOn(customerOf(w, kase).id),
    }),
  },
  'GET /api/v1/issues/{id}': {
    cases: ['own', 'other'],
    request: async (w, _column, kase) => ({
      method: 'GET',
      url: `${V1}/issues/${await w.shared(`issue ${kase}`, () => issueBy(w, customerOf(w, kase).id))}`,
    }),
  },
  'PATCH /api/v1/issues/{id}': {
    cases: ['own', 'other'],
    request: async (w, column, kase) => ({
      method: 'PATCH',
      url: `${V1}/issues/${await fresh(w, column, () => issueBy(w, customerOf(w, kase).id), `issue edit ${kase}`)}`,
      payload: { version: 1, category: '服务态度' },
    }),
  },
  'GET /api/v1/sla-policies': fixed('GET', `${V1}/sla-policies`),
  'PUT /api/v1/sla-policies': {
    cases: NONE,
    request: async (w) => {
      const { items } = await w.must<{ items: { id: number }[] }>('admin', 'GET', `${V1}/sla-policies`);
      return {
        method: 'PUT',
        url: `${V1}/sla-policies`,
        payload: { items: items.map(({ id: _id, ...p }) => p) },
      };
    },
  },
  'POST /api/v1/issues/{id}/transitions': issueChange('transitions', { to: 'in_progress' }, ['own', 'other']),
  // Joins a fresh issue to the case's shared one (made by the executive, so every caller's refusal is about reach).
  'POST /api/v1/issues/{id}/duplicate-of': {
    cases: ['own'],
    request: async (w, column, kase) => {
      const main = await w.shared(`issue ${kase}`, () => issueBy(w, customerOf(w, kase).id));
      const id = await fresh(w, column, () => issueBy(w, customerOf(w, kase).id), `issue duplicate ${kase}`);
      return { method: 'POST', url: `${V1}/issues/${id}/duplicate-of`, payload: { issueId: main } };
    },
  },
  'POST /api/v1/open-letters': {
    cases: ['own'],
    request: async (w, column, kase) => ({
      method: 'POST',
      url: `${V1}/open-letters`,
      payload: {
        title: '关于设备报警的说明',
        body: '已查明原因并升级固件。',
        issueIds: [await fresh(w, column, () => issueBy(w, customerOf(w, kase).id), `issue letter ${kase}`)],
      },
    }),
  },
  'POST /api/v1/issues/{id}/progress': issueChange('progress', { note: '已联系客户，约定明天上门' }, [
    'own',
    'other',
  ]),
  'POST /api/v1/issues/{id}/plans': issueChange('plans', { plan: '更换报警传感器并上门复核' }, [
    'own',
    'other',
  ]),
  'GET /api/v1/issue-plans': {
    cases: ['mine', 'to_approve', 'all'],
    request: (_w, _column, kase) => ({ method: 'GET', url: `${V1}/issue-plans?box=${kase}` }),
  },
  'POST /api/v1/issue-plans/{id}/approve': planDecision('approve'),
  'POST /api/v1/issue-plans/{id}/reject': planDecision('reject'),
  'POST /api/v1/issues/{id}/pause': issueChange('pause', { reason: '等待客户提供照片' }, ['own']),
  'POST /api/v1/issues/{id}/resume': issueChange('resume', {}, ['own'], true),
  'GET /api/v1/issues/{id}/attachments': {
    cases: ['own', 'other'],
    request: async (w, _column, kase) => ({
      method: 'GET',
      url: `${V1}/issues/${await w.shared(`issue ${kase}`, () => issueBy(w, customerOf(w, kase).id))}/attachments`,
    }),
  },
  'POST /api/v1/issues/{id}/attachments': {
    cases: ['own', 'other'],
    request: async (w, column, kase) => ({
      method: 'POST',
      url: `${V1}/issues/${await fresh(w, column, () => issueBy(w, customerOf(w, kase).id), `issue attach ${kase}`)}/attachments?fileName=${encodeURIComponent('现场照片.png')}`,
      headers: { 'content-type': 'image/png' },
      payload: PNG,
    }),
  },
  'GET /api/v1/issues/{id}/attachments/{attachmentId}': {
    cases: ['own', 'other'],
    request: async (w, column, kase) => ({
      method: 'GET',
      url: attachmentUrl(await fresh(w, column, () => attachmentBy(w, kase), `attachment ${kase}`)),
    }),
  },
  'DELETE /api/v1/issues/{id}/attachments/{attachmentId}': {
    cases: ['own', 'other'],
    request: async (w, column, kase) => ({
      method: 'DELETE',
      url: attachmentUrl(await fresh(w, column, () => attachmentBy(w, kase), `attachment delete ${kase}`)),
    }),
  },
  'GET /api/v1/knowledge-articles': fixed('GET', `${V1}/knowledge-articles?q=%E5%8D%A1%E7%BA%B8`),
  'POST /api/v1/knowledge-articles': fixed('POST', `${V1}/knowledge-articles`, {
    title: '卡纸处理',
    problem: '打印机卡纸',
    solution: '更换进纸辊',
  }),
  'GET /api/v1/knowledge-articles/{id}': {
    cases: NONE,
    request: async (w) => ({ method: 'GET', url: `${V1}/knowledge-articles/${await articleOf(w)}` }),
  },
  'PUT /api/v1/knowledge-articles/{id}': {
    cases: NONE,
    request: async (w, column) => {
      const id = await fresh(w, column, () => newArticle(w), 'article edit');
      return {
        method: 'PUT',
        url: `${V1}/knowledge-articles/${id}`,
        payload: { version: 1, title: '卡纸处理（修订）' },
      };
    },
  },
  'POST /api/v1/issues/suggestions': fixed('POST', `${V1}/issues/suggestions`, { text: '打印机卡纸' }),
  'GET /api/v1/issues/breach-board': fixed('GET', `${V1}/issues/breach-board`),
  'GET /api/v1/issues/breach-board/export': fixed('GET', `${V1}/issues/breach-board/export`),
  'GET /api/v1/notifications': fixed('GET', `${V1}/notifications`),
  'GET /api/v1/notifications/stream': fixed('GET', `${V1}/notifications/stream`),
  // Someone else's notification: marking it read changes nothing of theirs (and answers the caller's count).
  'POST /api/v1/notifications/{id}/read': fixed('POST', `${V1}/notifications/1/read`),
  'POST /api/v1/notifications/read-all': fixed('POST', `${V1}/notifications/read-all`),
  'GET /api/v1/notification-preferences': fixed('GET', `${V1}/notification-preferences`),
  'PUT /api/v1/notification-preferences': fixed('PUT', `${V1}/notification-preferences`, {
    items: [{ kind: 'task_assigned', inApp: true, email: false }],
  }),
  'GET /api/v1/email-outbox': fixed('GET', `${V1}/email-outbox`),
  'GET /api/v1/settings/followups': fixed('GET', `${V1}/settings/followups`),
  'PUT /api/v1/settings/followups': fixed('PUT', `${V1}/settings/followups`, {
    weeklyCap: 1,
    maxFailedAttempts: 3,
  }),
  'PUT /api/v1/calendar/hours': {
    cases: NONE,
    request: async (w) => ({
      method: 'PUT',
      url: `${V1}/calendar/hours`,
      payload: await w.must('admin', 'GET', `${V1}/calendar/hours`),
    }),
  },
};
