/**
 * The fixture company as it starts (matrix.table.ts says who is who): users of every role, five customers with
 * contacts, an ID number, an annual amount, a service record and — all but `other` — a sale, a contract and a
 * tier change moved by the score; approved 绝密 grants on `granted`; grade requests at both steps.
 */
import { hashPassword } from '../security/secrets.ts';
import { createTestApp, TEST_ADMIN_PASSWORD } from '../test/app-helper.ts';
import { OWNER, PASSWORD, PEOPLE, RELS, World } from './matrix.world.ts';

/** A throwaway duplicate per column for merges of `granted` customers: the grants cover them too. */
const GRANTED_SPARES = 10;

export async function seedWorld(): Promise<World> {
  const w = new World(await createTestApp());
  const adminCookie = await w.t.login('admin', TEST_ADMIN_PASSWORD);
  const me = await w.t.call(adminCookie, { method: 'GET', url: '/api/v1/auth/me' });
  w.accounts.admin = {
    id: (me.json() as { id: number }).id,
    username: 'admin',
    displayName: '系统管理员',
    password: TEST_ADMIN_PASSWORD,
    cookie: adminCookie,
  };
  const departments = await w.must<{ items: { id: number; name: string }[] }>(
    'admin',
    'GET',
    '/api/v1/departments',
  );
  for (const d of departments.items) w.departments[d.name] = d.id;
  w.passwordHash = await hashPassword(PASSWORD);
  await Promise.all(
    PEOPLE.map(async ([person, role, department]) => {
      const username = `mx.${person}`;
      const id = await w.insertUser(username, role, department);
      w.accounts[person] = {
        id,
        username,
        displayName: `测试${username}`,
        password: PASSWORD,
        cookie: await w.t.login(username, PASSWORD),
      };
    }),
  );
  await seedCustomers(w);
  await seedGrants(w);
  await seedGradeRequests(w);
  return w;
}

async function seedCustomers(w: World) {
  const n = { own: 1, dept: 2, other: 3, secret: 4, granted: 5 } as const;
  const rules = await w.must<Record<string, unknown>>('admin', 'GET', '/api/v1/settings/customer-rules');
  // Tiers follow the score while the transactions are entered, so that the score moves a tier (绝密 in the
  // tier history); afterwards the rules go back and the tiers follow the amount again.
  await w.must('admin', 'PUT', '/api/v1/settings/customer-rules', {
    ...rules,
    basis: 'score',
    scoreA: 99,
    scoreB: 98,
    scoreC: null,
  });
  for (const rel of RELS) {
    const i = n[rel];
    const owner = OWNER[rel];
    const mobile = `1390000000${i}`;
    const contact = ['钱多多', '孙一鸣', '李晓峰', '周若彤', '吴建军'][i - 1] as string;
    const idNumber = `33010219800101${1230 + i}`;
    const address = `文三路${i}8${i}号`;
    const amount = `98765${i}.32`;
    const firstCooperationOn = `201${i}-0${i}-1${i}`;
    const remark = `矩阵备注${i}：季度末集中采购`;
    const created = await w.must<{ id: number; code: string }>(owner, 'POST', '/api/v1/customers', {
      name: `矩阵${rel}客户有限公司`,
      industry: '制造业',
      province: '浙江省',
      city: '杭州市',
      address,
      annualAmount: amount,
      firstCooperationOn,
      remark,
      idNumber,
      status: 'active',
      tags: ['重点客户'],
      ...(rel === 'own' ? { agentId: w.accounts.agent.id } : {}),
      contacts: [{ name: contact, mobile, position: '采购经理' }],
    });
    const cooperation = rel !== 'other';
    const sale = `1357${i}.24`;
    const contract = `2468${i}.13`;
    if (cooperation) await w.addCooperation(owner, created.id, sale, contract);
    await w.must(owner, 'POST', '/api/v1/service-events', {
      customerId: created.id,
      kind: 'maintenance',
      occurredAt: new Date().toISOString(),
      summary: '例行维保，设备运行正常',
    });
    const contacts = await w.must<{ items: { id: number }[] }>(
      owner,
      'GET',
      `/api/v1/customers/${created.id}/contacts`,
    );
    w.customers[rel] = {
      id: created.id,
      code: created.code,
      contactId: contacts.items[0]?.id as number,
      maskedMobile: `${mobile.slice(0, 3)}****${mobile.slice(-4)}`,
      cooperation,
      markers: {
        secret: [address, w.accounts[owner].displayName, firstCooperationOn, remark],
        confidential: [mobile, contact, idNumber],
        topSecret: [amount, ...(cooperation ? [sale, contract] : [])],
      },
    };
  }
  const { retiered: _ignored, ...restored } = rules;
  await w.must('admin', 'PUT', '/api/v1/settings/customer-rules', restored);
  for (let i = 0; i < GRANTED_SPARES; i++) {
    const { id } = await w.must<{ id: number }>('otherAm', 'POST', '/api/v1/customers', {
      name: w.unique('矩阵授权备用客户'),
    });
    w.grantedSpares.push(id);
  }
}

/** Everyone who may ask holds an approved 绝密 grant for the `granted` customer (and its spares). */
async function seedGrants(w: World) {
  const customerIds = [w.customers.granted.id, ...w.grantedSpares];
  for (const person of [
    'agent',
    'account_manager',
    'supervisor',
    'dept_manager',
    'analyst',
    'marketing',
  ] as const) {
    const { id } = await w.must<{ id: number }>(person, 'POST', '/api/v1/access-requests', {
      customerIds,
      level: 'top_secret',
      purpose: '大客户合作复盘',
      reason: '需要查看合作明细',
      durationDays: 30,
    });
    await w.must('executive', 'POST', `/api/v1/access-requests/${id}/approve`, {});
  }
}

/**
 * Each customer gets two grade requests by its owner with 绝密 figures: one waiting for the department
 * manager, one already past it and waiting for the executive.
 */
async function seedGradeRequests(w: World) {
  for (const rel of RELS) {
    const customer = w.customers[rel];
    const figures = `31415${RELS.indexOf(rel)}.65`;
    customer.markers.topSecret.push(figures);
    const ids: number[] = [];
    for (let i = 0; i < 2; i++) {
      const { id } = await w.must<{ id: number }>(OWNER[rel], 'POST', '/api/v1/grade-requests', {
        customerId: customer.id,
        proposedTier: 'B',
        reasons: '合作金额下降',
        figures: { amount: figures, deals: 3 },
      });
      ids.push(id);
    }
    const deptManager = OWNER[rel] === 'otherAm' ? 'otherDm' : 'dept_manager';
    await w.must(deptManager, 'POST', `/api/v1/grade-requests/${ids[1]}/approve`, {});
  }
  // The account manager asked for a grade change of a customer since handed to 客户服务部: the request stays
  // in their box, its figures no longer theirs to see.
  const moved = await w.must<{ id: number; code: string }>('account_manager', 'POST', '/api/v1/customers', {
    name: '矩阵转出客户有限公司',
    annualAmount: '45678.90',
  });
  await w.must('account_manager', 'POST', '/api/v1/grade-requests', {
    customerId: moved.id,
    proposedTier: 'B',
    reasons: '合作金额上升',
    figures: { amount: '271828.18' },
  });
  await w.must('account_manager', 'PATCH', `/api/v1/customers/${moved.id}`, {
    ownerId: w.accounts.otherAm.id,
  });
  w.moved = {
    id: moved.id,
    code: moved.code,
    contactId: 0,
    maskedMobile: '',
    cooperation: true,
    markers: { secret: [], confidential: [], topSecret: ['45678.90', '271828.18'] },
  };
}
