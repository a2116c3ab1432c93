/**
 * The fixture company of the authorization matrix (see matrix.table.ts for who is who, matrix.seed.ts for how it
 * starts) and the throwaway fixtures calls make as they go. Everything goes through the API as the people who
 * would do it, except the users themselves (see insertUser).
 */
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { RoleKey } from '../../domain/roles.ts';
import type { TestApp } from '../test/app-helper.ts';
import type { Column } from './matrix.table.ts';

export const RELS = ['own', 'dept', 'other', 'secret', 'granted'] as const;
export type Rel = (typeof RELS)[number];

export type Person = RoleKey | 'colleague' | 'otherAm' | 'otherDm' | 'exec2';

export const PEOPLE: [Person, RoleKey, string][] = [
  ['agent', 'agent', '销售部'],
  ['account_manager', 'account_manager', '销售部'],
  ['supervisor', 'supervisor', '销售部'],
  ['dept_manager', 'dept_manager', '销售部'],
  ['executive', 'executive', '总经理办公室'],
  ['analyst', 'analyst', '市场部'],
  ['marketing', 'marketing', '市场部'],
  ['colleague', 'account_manager', '销售部'],
  ['otherAm', 'account_manager', '客户服务部'],
  ['otherDm', 'dept_manager', '客户服务部'],
  ['exec2', 'executive', '总经理办公室'],
];

export interface Account {
  id: number;
  username: string;
  displayName: string;
  password: string;
  cookie: string;
}

/** Values of one customer by level: the test looks for them in response bodies. */
export interface Markers {
  secret: string[];
  confidential: string[];
  topSecret: string[];
}

export interface CustomerFixture {
  id: number;
  code: string;
  contactId: number;
  /** The contact's mobile as those outside the scope see it. */
  maskedMobile: string;
  /** Transactions, a contract and a tier change moved by the score. */
  cooperation: boolean;
  markers: Markers;
}

export const PASSWORD = 'Passw0rd!';

/** Who owns a relationship's customers (the `own` customer is also served by the agent). */
export const OWNER: Record<Rel, Person> = {
  own: 'account_manager',
  dept: 'colleague',
  other: 'otherAm',
  secret: 'otherAm',
  granted: 'otherAm',
};

/** The company's date (Asia/Shanghai, the test default) `years` years ago. */
export function companyDate(years = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y - years, m - 1, d)).toISOString().slice(0, 10);
}

class FixtureError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export class World {
  readonly accounts = {} as Record<Person, Account>;
  readonly customers = {} as Record<Rel, CustomerFixture>;
  /** A customer the account manager asked a grade change for, then handed to 客户服务部. */
  moved = {} as CustomerFixture;
  readonly departments: Record<string, number> = {};
  /** Customers of 客户服务部 the seeded grants cover besides `granted`: duplicates for merges. */
  readonly grantedSpares: number[] = [];
  /**
   * Set by the test while it sends a call expected to be refused (`route | case`): such a call leaves what it acts
   * on as it was, so the row's calls of that kind share one fixture. Calls expected to succeed, and known
   * failures, get their own; a shared one that an unexpected success used up is dropped (forgetShared).
   */
  sharing: string | undefined;
  private readonly sharedFixtures = new Map<string, Promise<number>>();
  private serial = 0;
  /** The one password hash every fixture user shares (PASSWORD). */
  passwordHash = '';

  constructor(readonly t: TestApp) {}

  /** A name no other fixture uses. */
  unique(prefix: string): string {
    this.serial += 1;
    return `${prefix}${this.serial}`;
  }

  cookieOf(column: Column): string | undefined {
    return column === 'anonymous' ? undefined : this.accounts[column].cookie;
  }

  /** Who stands in for a column where something must belong to the caller: the anonymous caller borrows the agent's. */
  personOf(column: Column): Person {
    return column === 'anonymous' ? 'agent' : column;
  }

  call(person: Person, options: InjectOptions): Promise<LightMyRequestResponse> {
    return this.t.call(this.accounts[person].cookie, options);
  }

  /** A set-up request that must succeed; returns the JSON body. */
  async must<T = Record<string, unknown>>(
    person: Person,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    payload?: object,
  ): Promise<T> {
    const response = await this.call(person, { method, url, payload });
    if (response.statusCode >= 300) {
      throw new FixtureError(
        `fixture ${method} ${url} as ${person}: ${response.statusCode} ${response.body}`,
        response.statusCode,
      );
    }
    return (response.body ? response.json() : {}) as T;
  }

  /** A fixture for the call being sent: the row's shared one while `sharing` is set, else a fresh one. */
  shared(by: string, make: () => Promise<number>): Promise<number> {
    if (this.sharing === undefined) return make();
    const key = `${this.sharing} | ${by}`;
    let fixture = this.sharedFixtures.get(key);
    if (!fixture) {
      fixture = make();
      this.sharedFixtures.set(key, fixture);
      fixture.catch(() => this.sharedFixtures.delete(key));
    }
    return fixture;
  }

  /** The row's shared fixtures, after a call expected to be refused went through and may have used them up. */
  forgetShared(): void {
    for (const key of this.sharedFixtures.keys()) {
      if (key.startsWith(`${this.sharing} | `)) this.sharedFixtures.delete(key);
    }
  }

  /** A fixture the person may not be allowed to make (403): undefined then. */
  async tryFixture<T>(make: () => Promise<T>): Promise<T | undefined> {
    try {
      return await make();
    } catch (error) {
      if (error instanceof FixtureError && error.status === 403) return undefined;
      throw error;
    }
  }

  // ── customers ─────────────────────────────────────────────────────────────────────────────────────────

  /** A fresh customer with the relationship's owner (for `granted`: one the grants already cover). */
  async spareCustomer(rel: Rel): Promise<number> {
    if (rel === 'granted') {
      const id = this.grantedSpares.pop();
      if (id === undefined) throw new Error('out of granted spares: raise GRANTED_SPARES in matrix.seed.ts');
      return id;
    }
    const { id } = await this.must<{ id: number }>(OWNER[rel], 'POST', '/api/v1/customers', {
      name: this.unique(`矩阵备用${rel}客户`),
      ...(rel === 'own' ? { agentId: this.accounts.agent.id } : {}),
    });
    if (rel === 'secret') await this.addCooperation(OWNER[rel], id, '100.00', '200.00');
    return id;
  }

  /** A contact on the relationship's customer, added by its owner. */
  async spareContact(rel: Rel): Promise<number> {
    const customer = this.customers[rel];
    const { id } = await this.must<{ id: number }>(
      OWNER[rel],
      'POST',
      `/api/v1/customers/${customer.id}/contacts`,
      { name: this.unique('临时联系人') },
    );
    return id;
  }

  /** A sale and a contract for the customer, entered by its owner. */
  async addCooperation(owner: Person, customerId: number, sale: string, contract: string) {
    await this.must(owner, 'POST', '/api/v1/transactions', {
      customerId,
      occurredOn: companyDate(),
      amount: sale,
      productClass: 'A',
    });
    await this.must(owner, 'POST', '/api/v1/contracts', {
      customerId,
      title: '年度供货合同',
      amount: contract,
      startsOn: companyDate(),
      endsOn: companyDate(-1),
    });
  }

  // ── requests ──────────────────────────────────────────────────────────────────────────────────────────

  /** Who approves a 机密 request or an export of this person: their department manager, else an executive. */
  approverOf(person: Person): Person {
    if (['agent', 'account_manager', 'supervisor', 'colleague'].includes(person)) return 'dept_manager';
    if (person === 'otherAm') return 'otherDm';
    return person === 'executive' ? 'exec2' : 'executive';
  }

  async accessRequest(
    requester: Person,
    level: 'confidential' | 'top_secret',
    approved: boolean,
  ): Promise<number> {
    const { id } = await this.must<{ id: number }>(requester, 'POST', '/api/v1/access-requests', {
      customerIds: [this.customers.other.id],
      level,
      purpose: '季度回访',
      reason: '核对联系人',
      durationDays: 7,
    });
    if (approved) {
      const approver =
        level === 'top_secret'
          ? requester === 'executive'
            ? 'exec2'
            : 'executive'
          : this.approverOf(requester);
      await this.must(approver, 'POST', `/api/v1/access-requests/${id}/approve`, {});
    }
    return id;
  }

  async exportRequest(requester: Person, approved: boolean): Promise<number> {
    const { id } = await this.must<{ id: number }>(requester, 'POST', '/api/v1/export-requests', {
      filter: {},
      purpose: '年度回访计划',
      reason: '需要全部客户名单',
    });
    if (approved)
      await this.must(this.approverOf(requester), 'POST', `/api/v1/export-requests/${id}/approve`, {});
    return id;
  }

  /** A grade request by the customer's owner on a fresh customer, optionally past the department step. */
  async gradeRequest(owner: 'colleague' | 'otherAm', atExecutiveStep: boolean): Promise<number> {
    const { id: customerId } = await this.must<{ id: number }>(owner, 'POST', '/api/v1/customers', {
      name: this.unique('矩阵申报客户'),
    });
    const { id } = await this.must<{ id: number }>(owner, 'POST', '/api/v1/grade-requests', {
      customerId,
      proposedTier: 'A',
      reasons: '年采购量大幅增长',
    });
    const deptManager = owner === 'otherAm' ? 'otherDm' : 'dept_manager';
    if (atExecutiveStep) await this.must(deptManager, 'POST', `/api/v1/grade-requests/${id}/approve`, {});
    return id;
  }

  /** A 数据销毁 request by the admin for a customer lost four years ago. */
  async destructionRequest(): Promise<number> {
    const customerId = await this.dueCustomer();
    const { id } = await this.must<{ id: number }>('admin', 'POST', '/api/v1/data-retention/requests', {
      customerIds: [customerId],
      reason: '超过保存期限',
    });
    return id;
  }

  async dueCustomer(): Promise<number> {
    const { id } = await this.must<{ id: number }>('colleague', 'POST', '/api/v1/customers', {
      name: this.unique('矩阵流失客户'),
      status: 'lost',
      lostReason: '已停止经营',
      lostOn: companyDate(4),
    });
    return id;
  }

  async token(person: Person): Promise<number> {
    const { id } = await this.must<{ id: number }>(person, 'POST', '/api/v1/auth/tokens', {
      name: this.unique('矩阵令牌'),
    });
    return id;
  }

  /** An open phone task on a customer, assigned to `exec2` (who is nobody's colleague): access follows the customer. */
  async task(customerId: number): Promise<number> {
    const now = Date.now();
    const row = await this.t.database.db
      .insertInto('followup_tasks')
      .values({
        customer_id: customerId,
        source_key: this.unique('matrix-task-'),
        type: 'routine',
        method: 'phone',
        assignee_id: this.accounts.exec2.id,
        start_at: new Date(now - 3_600_000),
        due_at: new Date(now + 7 * 86_400_000),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async department(): Promise<number> {
    const { id } = await this.must<{ id: number }>('admin', 'POST', '/api/v1/departments', {
      name: this.unique('矩阵临时部门'),
    });
    return id;
  }

  /**
   * A user straight into the table, ready to sign in: one password hash for all (argon2 through POST /users
   * cost a second apiece on a loaded machine), and no password change pending — as createUserAs leaves them.
   */
  async insertUser(username: string, role: RoleKey, department: string): Promise<number> {
    const row = await this.t.database.db
      .insertInto('users')
      .values({
        username,
        display_name: `测试${username}`,
        password_hash: this.passwordHash,
        department_id: this.departments[department] ?? null,
        roles: [role],
        must_change_password: false,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** Puts back what a wrongly allowed call changed, so that it cannot spread to the rest of the matrix. */
  async restoreRoles(userId: number, roles: string[]): Promise<void> {
    await this.t.database.db.updateTable('users').set({ roles }).where('id', '=', userId).execute();
  }

  async restoreRole(key: string, permissions: string[], dataScope: string): Promise<void> {
    await this.t.database.db
      .updateTable('roles')
      .set({ permissions, data_scope: dataScope })
      .where('key', '=', key)
      .execute();
  }

  /** A user who never signs in: a leaver for 离职交接, a target for user edits. */
  bystander(department: '销售部' | '客户服务部'): Promise<number> {
    return this.insertUser(this.unique('mx.leaver'), 'agent', department);
  }
}
