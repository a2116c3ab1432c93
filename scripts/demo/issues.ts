import type { DatabaseHandle } from '../../src/server/db/connection.ts';

type Call = (
  username: string,
  method: 'GET' | 'POST',
  url: string,
  payload?: object,
) => Promise<{ statusCode: number; json: () => unknown }>;

const HOUR = 3_600_000;

interface DemoIssue {
  by: string;
  hoursAgo: number;
  urgency: 'normal' | 'urgent' | 'major';
  channel: 'phone' | 'email' | 'visit' | 'online' | 'escalated';
  category: string;
  description: string;
  /** What happens to it after registration. */
  story: 'pending' | 'started' | 'resolved' | 'closed' | 'reopened' | 'no_action' | 'anonymous';
}

const ISSUES: DemoIssue[] = [
  {
    by: 'chenjing',
    hoursAgo: 1,
    urgency: 'normal',
    channel: 'phone',
    category: '交付/安装',
    story: 'pending',
    description: '新购设备安装后控制面板偶发黑屏，客户要求上门检查',
  },
  {
    by: 'yangli',
    hoursAgo: 5,
    urgency: 'normal',
    channel: 'email',
    category: '收费',
    story: 'pending',
    description: '客户反映上月维保账单多收一次上门费',
  },
  {
    by: 'huangqiang',
    hoursAgo: 3,
    urgency: 'urgent',
    channel: 'phone',
    category: '售后维修',
    story: 'pending',
    description: '生产线主机停机，客户要求两小时内派工程师到场',
  },
  {
    by: 'huangqiang',
    hoursAgo: 30,
    urgency: 'major',
    channel: 'escalated',
    category: '产品质量',
    story: 'started',
    description: '同批次三台设备出现相同故障，客户总经理致电我司总经理',
  },
  {
    by: 'chenjing',
    hoursAgo: 20,
    urgency: 'normal',
    channel: 'online',
    category: '服务态度',
    story: 'started',
    description: '客户投诉售后热线等待时间过长，接线人员答复敷衍',
  },
  {
    by: 'yangli',
    hoursAgo: 50,
    urgency: 'normal',
    channel: 'phone',
    category: '交付/安装',
    story: 'resolved',
    description: '配件发错型号，客户要求尽快补发',
  },
  {
    by: 'chenjing',
    hoursAgo: 70,
    urgency: 'urgent',
    channel: 'visit',
    category: '售后维修',
    story: 'closed',
    description: '设备异响，维修后客户仍担心安全隐患',
  },
  {
    by: 'huangqiang',
    hoursAgo: 90,
    urgency: 'normal',
    channel: 'phone',
    category: '收费',
    story: 'closed',
    description: '发票抬头开错，客户财务无法报销',
  },
  {
    by: 'yangli',
    hoursAgo: 60,
    urgency: 'normal',
    channel: 'email',
    category: '产品质量',
    story: 'reopened',
    description: '打印模块卡纸，客户要求更换整机',
  },
  {
    by: 'chenjing',
    hoursAgo: 40,
    urgency: 'normal',
    channel: 'phone',
    category: '其他',
    story: 'no_action',
    description: '客户询问是否可以延长保修，非质量问题',
  },
  {
    by: 'huangqiang',
    hoursAgo: 26,
    urgency: 'normal',
    channel: 'escalated',
    category: '人员行为',
    story: 'anonymous',
    description: '匿名来信反映某工程师上门时索要额外费用',
  },
];

const SOLUTIONS: Record<string, string> = {
  交付: '已补发正确型号配件并由工程师上门更换',
  default: '工程师上门检修，更换故障部件并做运行测试',
};

/**
 * 问题与投诉 behind the demo, through the API: registered by the agents (some hours or days ago, so some are
 * late and escalated), handled by their supervisor (紧急/重大 after 赵敏 approved the plan; one plan waits), resolved, revisited by the account managers (satisfied:
 * closed; unhappy: reopened), one set aside and one anonymous; then the escalation job as of now.
 */
export async function seedIssues(database: DatabaseHandle, call: Call, now = new Date()) {
  const handler = 'liuyang';
  const customers = await database.db
    .selectFrom('customers as c')
    .innerJoin('users as u', 'u.id', 'c.owner_id')
    .select(['c.id', 'u.username as owner'])
    .where('c.deleted_at', 'is', null)
    .orderBy('c.id')
    .limit(ISSUES.length * 7)
    .execute();
  for (const [i, demo] of ISSUES.entries()) {
    const customer = customers[(i * 7) % customers.length];
    if (!customer) break;
    const anonymous = demo.story === 'anonymous';
    const issue = (await must(
      call(demo.by, 'POST', '/api/v1/issues', {
        ...(anonymous ? { anonymous: true } : { customerId: customer.id, reporterName: '客户联系人' }),
        channel: demo.channel,
        urgency: demo.urgency,
        category: demo.category,
        description: demo.description,
        raisedAt: new Date(now.getTime() - demo.hoursAgo * HOUR).toISOString(),
        // The customer of a waiting urgent issue was promised a call back within the hour (now overdue).
        ...(demo.story === 'pending' &&
          demo.urgency !== 'normal' && {
            promisedReplyAt: new Date(now.getTime() - (demo.hoursAgo - 1) * HOUR).toISOString(),
          }),
      }),
    )) as { id: number };
    const move = (body: object) =>
      must(call(handler, 'POST', `/api/v1/issues/${issue.id}/transitions`, body));
    if (demo.story === 'pending') continue;
    if (demo.story === 'no_action') {
      await move({ to: 'no_action', reason: '经核实为咨询类问题，已电话答复客户，无需处理' });
      continue;
    }
    await move({ to: 'in_progress' });
    await must(
      call(handler, 'POST', `/api/v1/issues/${issue.id}/progress`, {
        note: '已联系客户了解情况，安排工程师跟进',
        customerInformed: demo.urgency !== 'normal',
      }),
    );
    // 紧急/重大: the handler's plan goes to their leader (赵敏) first; the one still in hand waits for her.
    if (demo.urgency !== 'normal') {
      const planned = (await must(
        call(handler, 'POST', `/api/v1/issues/${issue.id}/plans`, {
          plan: '成立专项小组：技术部工程师携备件上门排查，4 小时内给出处理结果并同步告知客户',
        }),
      )) as { plans: { id: number }[] };
      const planId = planned.plans.at(-1)?.id;
      if (demo.story !== 'started' && planId !== undefined)
        await must(
          call('zhaomin', 'POST', `/api/v1/issue-plans/${planId}/approve`, { comment: '同意，按方案实施' }),
        );
    }
    if (demo.story === 'started') continue;
    const solution = demo.category.startsWith('交付') ? SOLUTIONS.交付 : SOLUTIONS.default;
    const resolved = (await move({ to: 'resolved', solution, rootCause: '现场安装调试未按规范检查' })) as {
      revisits: { taskId: number; status: string }[];
    };
    if (anonymous) {
      await move({ to: 'closed' });
      continue;
    }
    const revisit = resolved.revisits.find((r) => r.status === 'pending');
    if (!revisit || demo.story === 'resolved') continue;
    const satisfied = demo.story === 'closed';
    await must(
      call(customer.owner, 'POST', '/api/v1/followup-records', {
        taskId: revisit.taskId,
        method: 'phone',
        contactedAt: now.toISOString(),
        serviceSatisfaction: satisfied ? 5 : 2,
        opinions: satisfied ? '响应及时，方案有效' : '问题依旧，希望更换整机',
        keyPoints: '确认解决方案满意度',
      }),
    );
  }
  await must(call('admin', 'POST', '/api/v1/jobs/issue-escalation/run', { asOf: now.toISOString() }));
}

async function must(answer: Promise<{ statusCode: number; json: () => unknown }>) {
  const response = await answer;
  if (response.statusCode >= 300)
    throw new Error(`demo issues: ${response.statusCode} ${JSON.stringify(response.json())}`);
  return response.json();
}
