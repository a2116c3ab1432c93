/**
 * The customer list's filters in words for an export's 导出信息 sheet ("客户等级：A；所属行业：制造业"), 全部 when
 * none is set: whoever reads the file later sees what it was cut from, not a query string.
 */
export const KIND: Record<string, string> = {
  enterprise: '企业',
  individual: '个人',
  franchisee: '加盟商',
  wholesale: '散批商',
};
export const STATUS: Record<string, string> = { prospect: '潜在', active: '合作中', lost: '流失' };
const FOLLOWUP: Record<string, string> = { overdue: '已逾期', due7: '7 天内到期', never: '从未回访' };
const SORT: Record<string, string> = { name: '名称', code: '客户编号', createdAt: '建档时间' };

type Words = (value: unknown) => string;
const text: Words = (v) => String(v);
const from =
  (table: Record<string, string>): Words =>
  (v) =>
    table[String(v)] ?? String(v);

/** Sheet order: what narrows the rows first, then the order they are in. Paging (limit, cursor) says nothing. */
const FILTERS: [key: string, label: string, words: Words][] = [
  ['q', '关键词', text],
  ['tier', '客户等级', text],
  ['kind', '客户类型', from(KIND)],
  ['status', '客户状态', from(STATUS)],
  ['industry', '所属行业', text],
  ['province', '省份', text],
  ['city', '城市', text],
  ['ownerId', '负责客户经理', text],
  ['mine', '我的客户', (v) => (v ? '是' : '否')],
  ['tag', '标签', text],
  ['doNotContact', '免打扰', (v) => (v ? '是' : '否')],
  ['staleDays', '资料核实', (v) => `超过 ${v} 天未核实`],
  ['followup', '回访', from(FOLLOWUP)],
];

function sortWords(sort: string): string {
  const desc = sort.startsWith('-');
  const key = desc ? sort.slice(1) : sort;
  return `按${SORT[key] ?? key}${desc ? '倒序' : '顺序'}`;
}

/** `ownerName` names the filter's account manager (the query carries only the id). */
export function exportFilterWords(filter: Record<string, unknown>, ownerName?: string | null): string {
  const parts: string[] = [];
  for (const [key, label, words] of FILTERS) {
    const value = filter[key];
    if (value === undefined || value === null || value === '') continue;
    parts.push(`${label}：${key === 'ownerId' && ownerName ? ownerName : words(value)}`);
  }
  const filters = parts.length ? parts.join('；') : '全部';
  return typeof filter.sort === 'string' && filter.sort ? `${filters}（${sortWords(filter.sort)}）` : filters;
}
