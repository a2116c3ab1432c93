import type { DatabaseHandle } from '../../src/server/db/connection.ts';

type Call = (
  username: string,
  method: 'GET' | 'POST',
  url: string,
  payload?: object,
) => Promise<{ statusCode: number; json: () => unknown }>;

/** The tier one step up (the customers below are never A). */
const UP: Record<string, string> = { D: 'C', C: 'B', B: 'A' };

/**
 * Requests waiting in the approvers' boxes, filed through the API as their requesters would: a 机密 查阅申请 for
 * 赵敏 (客户服务部), a 绝密 one for 王总, a 等级申报 at each step (孙浩's, then 王总's, the second already
 * approved by 孙浩), and an 导出申请 for 孙浩.
 */
export async function seedRequests(database: DatabaseHandle, call: Call) {
  const customersOf = (owner: string) =>
    database.db
      .selectFrom('customers as c')
      .innerJoin('users as u', 'u.id', 'c.owner_id')
      .select(['c.id', 'c.tier'])
      .where('u.username', '=', owner)
      .where('c.deleted_at', 'is', null)
      .where('c.tier', '!=', 'A')
      // Customers with a year of sales, so the grade requests carry real figures.
      .where((eb) =>
        eb.exists(eb.selectFrom('transactions as t').select('t.id').whereRef('t.customer_id', '=', 'c.id')),
      )
      .orderBy('c.id')
      .limit(3)
      .execute();
  const [zhoujie, wuxia] = [await customersOf('zhoujie'), await customersOf('wuxia')];

  // 陈静 (回访组) must call a customer she does not serve about a complaint: its contacts (机密).
  await must(
    call('chenjing', 'POST', '/api/v1/access-requests', {
      customerIds: [wuxia[0]?.id],
      level: 'confidential',
      purpose: '投诉回访',
      reason: '客户来电投诉交付延迟，需联系其设备负责人核实情况',
      durationDays: 7,
    }),
  );
  // 郑凯 prepares a joint offer with a colleague's customer: its cooperation details (绝密).
  await must(
    call('zhengkai', 'POST', '/api/v1/access-requests', {
      customerIds: [wuxia[1]?.id],
      level: 'top_secret',
      purpose: '联合报价',
      reason: '华东与华南联合投标，需参考该客户近一年的成交价格',
      durationDays: 3,
    }),
  );

  // Each grade request starts from the figures the system counts, as the form does.
  const gradeRequest = async (owner: string, customer: { id: number; tier: string }, reasons: string) => {
    const { annualVolume, amount, deals, overdueCount } = (await must(
      call(owner, 'GET', `/api/v1/customers/${customer.id}/grade-figures`),
    )) as Record<string, unknown>;
    return (await must(
      call(owner, 'POST', '/api/v1/grade-requests', {
        customerId: customer.id,
        proposedTier: UP[customer.tier] ?? 'B',
        reasons,
        figures: { annualVolume, amount, deals, overdueCount, paymentMethod: '月结 30 天' },
      }),
    )) as { id: number };
  };
  const first = zhoujie[0];
  if (first) await gradeRequest('zhoujie', first, '新签年度框架协议，下半年采购量明显上升，申请调整等级');
  const second = wuxia[2];
  if (second) {
    const filed = await gradeRequest('wuxia', second, '客户扩建新厂，已确认追加设备订单，申请调整等级');
    await must(
      call('sunhao', 'POST', `/api/v1/grade-requests/${filed.id}/approve`, { comment: '情况属实，同意上报' }),
    );
  }

  // 郑凯 wants the whole archive for the year's follow-up plan: above the row limit, so 孙浩 decides.
  await must(
    call('zhengkai', 'POST', '/api/v1/export-requests', {
      filter: {},
      purpose: '编制年度回访计划',
      reason: '需按区域与等级汇总全部客户，制定明年回访排期',
    }),
  );
}

async function must(answer: Promise<{ statusCode: number; json: () => unknown }>) {
  const response = await answer;
  if (response.statusCode >= 300)
    throw new Error(`demo requests: ${response.statusCode} ${JSON.stringify(response.json())}`);
  return response.json();
}
