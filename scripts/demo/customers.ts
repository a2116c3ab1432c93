/** A few hundred plausible customers for the demo, generated from a fixed seed so every demo looks the same. */
const REGIONS: [string, string[]][] = [
  ['浙江省', ['杭州市', '宁波市', '温州市']],
  ['江苏省', ['南京市', '苏州市', '无锡市']],
  ['广东省', ['广州市', '深圳市', '东莞市']],
  ['上海市', ['上海市']],
  ['北京市', ['北京市']],
  ['山东省', ['济南市', '青岛市']],
  ['四川省', ['成都市']],
  ['湖北省', ['武汉市']],
];
/** Trade-name words of the demo and of the benchmark's generated customers. */
export const COMPANY_WORDS = [
  '华兴',
  '恒通',
  '创联',
  '永盛',
  '宏达',
  '鑫源',
  '瑞丰',
  '天成',
  '海纳',
  '金桥',
  '博远',
  '中联',
  '新锐',
  '联泰',
  '嘉禾',
];
const INDUSTRIES: [string, string][] = [
  ['制造业', '机械制造有限公司'],
  ['零售业', '商贸有限公司'],
  ['服务业', '企业服务有限公司'],
  ['互联网', '网络科技有限公司'],
  ['物业', '物业管理有限公司'],
  ['汽车', '汽车销售服务有限公司'],
];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '涛',
  '明',
  '超',
  '霞',
];
const POSITIONS = ['采购经理', '总经理', '设备负责人', '行政主管', '技术主管', '财务经理'];

export function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

export interface DemoCustomer {
  name: string;
  shortName: string;
  industry: string;
  province: string;
  city: string;
  annualAmount: string;
  status: 'prospect' | 'active';
  ownerIndex: number;
  contacts: { name: string; position: string; mobile: string; birthday?: string }[];
  transactions: DemoTransaction[];
  contract: { title: string; amount: string; startsOn: string; endsOn: string } | null;
  serviceEvents: { kind: string; occurredAt: string; product: string; summary: string }[];
}

export interface DemoTransaction {
  occurredOn: string;
  amount: string;
  quantity: number;
  productClass: 'A' | 'B' | 'C' | 'past';
  product: string;
  dueOn: string;
  paidOn: string | null;
}

const PRODUCTS = ['数控机床', '空压机', '办公设备', '冷链设备', '安防系统', '软件服务', '配件耗材'];
const SERVICE_SUMMARIES: [string, string][] = [
  ['installation', '设备安装调试完成，已培训使用人员'],
  ['repair', '上门维修，更换损坏部件'],
  ['maintenance', '季度例行维保'],
  ['activity', '参加客户答谢会'],
  ['sales_visit', '外勤拜访，了解新年度采购计划'],
];
const DAY = 86_400_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** A year of sales around the annual amount, mostly paid on time; a contract and service visits for some. */
function demoFacts(next: () => number, annualAmount: number, active: boolean, asOf: number) {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  if (!active) return { transactions: [], contract: null, serviceEvents: [] };
  const count = 1 + Math.floor(next() * 4);
  const transactions: DemoTransaction[] = Array.from({ length: count }, () => {
    const occurred = asOf - Math.floor(next() * 360) * DAY;
    const due = occurred + 30 * DAY;
    const late = next() < 0.2 ? Math.floor(next() * 45) : 0;
    const paid = due + late * DAY;
    return {
      occurredOn: isoDay(occurred),
      amount: (Math.round(((annualAmount / count) * (0.6 + next() * 0.8)) / 100) * 100).toFixed(2),
      quantity: 1 + Math.floor(next() * 20),
      productClass: pick(['A', 'B', 'C', 'past'] as const),
      product: pick(PRODUCTS),
      dueOn: isoDay(due),
      paidOn: paid <= asOf ? isoDay(paid) : null,
    };
  });
  const starts = asOf - Math.floor(next() * 330) * DAY;
  const contract =
    next() < 0.6
      ? {
          title: `${pick(PRODUCTS)}年度供货合同`,
          amount: annualAmount.toFixed(2),
          startsOn: isoDay(starts),
          endsOn: isoDay(starts + 365 * DAY),
        }
      : null;
  const serviceEvents = Array.from({ length: Math.floor(next() * 3) }, () => {
    const [kind, summary] = pick(SERVICE_SUMMARIES);
    return {
      kind,
      occurredAt: new Date(asOf - Math.floor(next() * 200) * DAY).toISOString(),
      product: pick(PRODUCTS),
      summary,
    };
  });
  return { transactions, contract, serviceEvents };
}

/**
 * A birthday for one contact in three, within the coming three weeks so the 生日祝福 rules have work to show; taken
 * from the mobile number's digits, not from the generator, so the rest of the demo stays as it was.
 */
function demoBirthday(mobile: string, asOf: number): { birthday?: string } {
  const digits = Number(mobile.slice(-4));
  if (digits % 3 !== 0) return {};
  const monthDay = isoDay(asOf + (1 + (digits % 21)) * DAY).slice(5);
  return { birthday: `${1960 + (digits % 36)}-${monthDay === '02-29' ? '02-28' : monthDay}` };
}

export function demoCustomers(count: number, asOf = Date.now()): DemoCustomer[] {
  const next = random(20_261_122);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const seen = new Set<string>();
  const result: DemoCustomer[] = [];
  while (result.length < count) {
    const [province, cities] = pick(REGIONS);
    const city = pick(cities);
    const [industry, suffix] = pick(INDUSTRIES);
    const word = pick(COMPANY_WORDS);
    const place = city.replace(/市$/, '');
    const name = `${place}${word}${suffix}`;
    if (seen.has(name)) continue;
    seen.add(name);
    // A long tail: most customers are small, a few are large (A ≥ 500 000).
    const amount = Math.round(10 ** (4 + next() * 2.6) / 100) * 100;
    const contacts = Array.from({ length: 1 + Math.floor(next() * 2) }, () => ({
      name: `${pick([...SURNAMES])}${pick(GIVEN)}${next() < 0.4 ? pick(GIVEN) : ''}`,
      position: pick(POSITIONS),
      mobile: `1${pick(['38', '39', '58', '86', '37', '50'])}${String(Math.floor(next() * 1e8)).padStart(8, '0')}`,
    })).map((contact) => ({ ...contact, ...demoBirthday(contact.mobile, asOf) }));
    const status = next() < 0.8 ? 'active' : 'prospect';
    result.push({
      name,
      shortName: `${place}${word}`,
      industry,
      province,
      city,
      annualAmount: amount.toFixed(2),
      status,
      ownerIndex: Math.floor(next() * 1000),
      contacts,
      ...demoFacts(next, amount, status === 'active', asOf),
    });
  }
  return result;
}
