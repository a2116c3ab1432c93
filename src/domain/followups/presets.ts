import type { RoleKey } from '../roles.ts';
import {
  type Audience,
  type CadenceUnit,
  EMPTY_AUDIENCE,
  newRuleDefinition,
  type Offset,
  type QuestionnaireItem,
  type RuleDefinition,
  type SimpleAssignee,
} from './rules.ts';
import type { FollowupEvent } from './vocabulary.ts';

/**
 * The industry presets (行业模板, SPEC §3.2): sets of rules taken from the seed documents, installed as ordinary
 * rules an admin may then edit. Every rule's description quotes the seed sentence it implements (verbatim, the
 * traditional-character seed 001 included; "……" marks a cut) and says where the model needed a default or an
 * approximation.
 */
export const PRESET_KEYS = [
  'b2b',
  'equipment',
  'property',
  'real-estate',
  'auto-repair',
  'franchise',
] as const;
export type PresetKey = (typeof PRESET_KEYS)[number];

/** A preset's rule, with a key stable within the preset so that installing it twice changes nothing. */
export type PresetRule = RuleDefinition & { key: string };

export interface Preset {
  key: PresetKey;
  name: { zh: string; en: string };
  description: string;
  rules: PresetRule[];
}

const days = (amount: number): Offset => ({ amount, unit: 'calendar_days' });
const workingDays = (amount: number): Offset => ({ amount, unit: 'working_days' });
const months = (amount: number): Offset => ({ amount, unit: 'months' });

const OWNER: SimpleAssignee = { kind: 'owner' };
const AGENT: SimpleAssignee = { kind: 'agent' };
/** The customer's owner (客户经理 / 置业顾问) phones: the commonest pair of the seeds. */
const OWNER_PHONE = { method: 'phone', assignee: OWNER } as const;
const role = (key: RoleKey, department: string | null = null): SimpleAssignee => ({
  kind: 'role',
  role: key,
  department,
});

const text = (question: string): QuestionnaireItem => ({ question, kind: 'text', options: [] });
const rating = (question: string): QuestionnaireItem => ({ question, kind: 'rating', options: [] });

type Spec = Pick<RuleDefinition, 'name' | 'description' | 'type' | 'method' | 'assignee'> &
  Partial<Omit<RuleDefinition, 'audience' | 'trigger' | 'start' | 'within'>> & {
    audience?: Partial<Audience>;
  };

function make(
  key: string,
  trigger: RuleDefinition['trigger'],
  start: Offset,
  within: Offset,
  { audience, ...spec }: Spec,
): PresetRule {
  return {
    key,
    ...newRuleDefinition({
      trigger,
      start,
      within,
      audience: { ...EMPTY_AUDIENCE, ...audience },
      // Routine cadences count toward the cap on proactive contacts; an event rule says so when it does.
      proactive: trigger.kind === 'periodic',
      ...spec,
    }),
  };
}

/** Every `every` weeks or months; a periodic rule has no start or deadline of its own (its period is the window). */
const periodic = (key: string, every: number, unit: CadenceUnit, spec: Spec) =>
  make(key, { kind: 'periodic', every, unit }, days(0), days(0), spec);

/** After each event: opens `start` after it, due `within` after that. */
const onEvent = (key: string, event: FollowupEvent, start: Offset, within: Offset, spec: Spec) =>
  make(key, { kind: 'event', event }, start, within, spec);

// ------------------------------------------------------------------------------------------------------------
// 通用 B2B — seed 001 (客戶關系維護與跟蹤管理表), plus the visit verification of seed 002.

const B2B_A = '种子 001：“A類客戶:每月至少1次上門拜訪+每周1次電話/溝通,專屬客戶經理*負責”';
const B2B_B = '种子 001：“B類客戶:每兩周1次電話溝通+每月1次郵件回訪”，客户经理协同客服专员跟进';
const tierRoutine = (tier: string, description: string) => ({
  description,
  type: 'routine' as const,
  audience: { tiers: [tier] },
});

const B2B_TALK = [text('合作进展反馈'), text('产品使用情况'), text('近期业务痛点（如供应链效率、成本控制）')];

const b2bGreeting = (key: string, event: FollowupEvent, name: string) =>
  onEvent(key, event, days(0), days(0), {
    name,
    description:
      '种子 001：“A類客戶:除定期溝通外,可在客戶生日、司慶等……個性化祝福(如手寫賀卡、定制禮品),但避免頻繁推銷”。当天送达，手写贺卡按信函方式；“除定期沟通外”：不占每周主动联系次数，也不因此让路。',
    type: 'greeting',
    audience: { tiers: ['A'] },
    method: 'letter',
    assignee: OWNER,
    script: '个性化祝福（手写贺卡、定制礼品），不推销。',
    proactive: false,
  });

const B2B: Preset = {
  key: 'b2b',
  name: { zh: '通用 B2B', en: 'General B2B' },
  description:
    '种子 001 的客户分层维护：A 类每月上门、每周电话，B 类每两周电话、每月邮件，C 类每月批量推送；问题解决后 2 个工作日内由客户经理回访；合同到期前 30 天告知。另含种子 002 的拜访核查。',
  rules: [
    periodic('b2b.a-onsite-monthly', 1, 'month', {
      ...tierRoutine('A', `${B2B_A}（上门部分）。`),
      name: 'A 类客户每月上门拜访',
      type: 'onsite',
      method: 'onsite',
      assignee: OWNER,
      priority: 'high',
      script: '“一对一”定制化服务：了解合作进展与需求。',
      questionnaire: B2B_TALK,
    }),
    periodic('b2b.a-phone-weekly', 1, 'week', {
      ...tierRoutine('A', `${B2B_A}（电话部分）。`),
      ...OWNER_PHONE,
      name: 'A 类客户每周电话沟通',
      questionnaire: B2B_TALK,
    }),
    periodic('b2b.b-phone-fortnightly', 2, 'week', {
      ...tierRoutine('B', `${B2B_B}；电话由客户经理（负责人）打。`),
      ...OWNER_PHONE,
      name: 'B 类客户每两周电话沟通',
      questionnaire: B2B_TALK,
    }),
    periodic('b2b.b-email-monthly', 1, 'month', {
      ...tierRoutine('B', `${B2B_B}；邮件由负责人的服务专员发（无专员时由负责人）。`),
      name: 'B 类客户每月邮件回访',
      method: 'email',
      assignee: AGENT,
      script: '以“价值传递”为核心：行业解决方案、使用技巧，而非单纯的产品推广。',
    }),
    periodic('b2b.c-push-monthly', 1, 'month', {
      name: 'C 类客户每月批量推送',
      description:
        '种子 001：“C類客戶:每月1次標準化郵件/短信推送”，由客服团队批量执行；方式取邮件（规则只能有一种方式，短信可另建规则）。',
      type: 'routine',
      audience: { tiers: ['C'] },
      method: 'email',
      assignee: role('agent', '客户服务部'),
      priority: 'low',
      script: '标准化推送：行业资讯、产品更新。',
    }),
    onEvent('b2b.post-resolution', 'issue_resolved', workingDays(0), workingDays(2), {
      name: '问题解决后客户经理回访',
      description:
        '种子 001：“問題解決后,客戶經理*需在2個工作日內回訪客戶,確認解決方案滿意度(1-5分)”；“必須由客戶經理*(而非客服專員)進行回訪”。',
      type: 'complaint',
      ...OWNER_PHONE,
      priority: 'high',
      questionnaire: [rating('对解决方案的满意度（1-5分）'), text('客户评价（如“响应及时，方案有效”）')],
      serviceCritical: true,
    }),
    onEvent('b2b.contract-expiry', 'contract_expiring', days(-30), workingDays(5), {
      name: '合同到期前 30 天告知',
      description:
        '种子 001：“風險預警:針對即將到期的合同……提前30天告知客戶”并协商应对方案。完成时限种子未规定，默认开启后 5 个工作日。',
      type: 'contract_expiry',
      ...OWNER_PHONE,
      priority: 'high',
      script: '告知合同即将到期，了解续约意向，协商应对方案。',
    }),
    b2bGreeting('b2b.a-birthday', 'birthday', 'A 类客户生日祝福'),
    b2bGreeting('b2b.a-anniversary', 'anniversary', 'A 类客户司庆祝福'),
    onEvent(
      'b2b.visit-verification',
      'sales_visit',
      { amount: 0, unit: 'hours' },
      { amount: 24, unit: 'hours' },
      {
        name: '销售拜访 24 小时内电话核查',
        description:
          '种子 002：“在拜访后24小时内,由客户回访专员进行电话回访”（拜访前登记《外勤单》）；核查拜访是否属实并评价业务人员。',
        type: 'verification',
        method: 'phone',
        assignee: role('agent'),
        priority: 'high',
        questionnaire: [
          { question: '业务人员是否来访', kind: 'choice', options: ['是', '否'] },
          rating('业务人员服务满意度'),
          text('产品问题'),
        ],
      },
    ),
  ],
};

// ------------------------------------------------------------------------------------------------------------
// 设备/软件 — seed 004 篇1 (公司客户回访管理规定; seed 003 is a garbled copy of its first half).

const EQUIPMENT_ONSITE: Pick<RuleDefinition, 'type' | 'method' | 'assignee' | 'signatureRequired'> & {
  questionnaire: QuestionnaireItem[];
} = {
  type: 'onsite',
  method: 'onsite',
  assignee: OWNER,
  signatureRequired: true,
  questionnaire: [text('产品使用情况'), text('新的需求与建议'), text('新的商务机会')],
};

const EQUIPMENT: Preset = {
  key: 'equipment',
  name: { zh: '设备/软件', en: 'Equipment and software' },
  description:
    '种子 003/004（公司客户回访管理规定）：安装或上线一个月后首次电话回访，此后每半年电话回访；大客户每年、重要客户每半年现场回访并请客户签字；投诉处理后电话回访。',
  rules: [
    onEvent('equipment.first-phone', 'installation', months(1), workingDays(5), {
      name: '安装/上线一个月后首次电话回访',
      description:
        '种子 004：“产品安装或上线使用一个月后,对客户进行第一次电话回访”；“注重了解客户对产品基本功能是否掌握”。完成时限种子未规定，默认 5 个工作日。',
      type: 'first',
      method: 'phone',
      assignee: AGENT,
      priority: 'high',
      script: '回访设备负责人或技术人员、行业行政管理人员、使用人员，尤其是使用人员，了解其是否会使用。',
      questionnaire: [
        { question: '是否掌握产品基本功能', kind: 'choice', options: ['已掌握', '部分掌握', '未掌握'] },
        text('产品使用情况'),
        text('使用中的问题'),
      ],
    }),
    periodic('equipment.routine-phone-halfyear', 6, 'month', {
      name: '每半年常规电话回访',
      description:
        '种子 004：“首次电话回访后,每半年对客户进行一次电话回访”。周期按日历半年计，不从首次回访起算。',
      type: 'routine',
      audience: { statuses: ['active'] },
      method: 'phone',
      assignee: AGENT,
      script: '尤其回访设备负责人或技术人员，了解设备使用以来反馈的故障或问题。',
      questionnaire: [text('产品使用情况'), text('使用中反馈的故障或问题'), text('提出的需求')],
    }),
    periodic('equipment.onsite-large-yearly', 12, 'month', {
      ...EQUIPMENT_ONSITE,
      name: '大客户每年现场回访',
      description:
        '种子 004：“对于大客户每年至少进行一次现场回访”；“每次回访后客户经理或技术服务人员需要受访客户在《客户回访记录表》上签字”。',
      audience: { tags: ['大客户'] },
    }),
    periodic('equipment.onsite-key-halfyear', 6, 'month', {
      ...EQUIPMENT_ONSITE,
      name: '特大或重要客户每半年现场回访',
      description:
        '种子 004：“对于特大或重要客户每半年进行一次现场回访”；“每次回访后客户经理或技术服务人员需要受访客户在《客户回访记录表》上签字”。',
      audience: { tags: ['重点客户'] },
      priority: 'high',
    }),
    onEvent('equipment.complaint-check', 'issue_resolved', workingDays(0), workingDays(2), {
      name: '投诉处理后监督调查电话回访',
      description:
        '种子 004：“增加对客户投诉处理后的监督调查性电话回访”；“未回访一次,当事人(区域销售经理或服务经理)罚款500元”。完成时限种子未规定，默认 2 个工作日。',
      type: 'complaint',
      ...OWNER_PHONE,
      priority: 'high',
      questionnaire: [rating('对投诉处理结果的满意度')],
      serviceCritical: true,
    }),
  ],
};

// ------------------------------------------------------------------------------------------------------------
// 物业 — seed 002 (客户回访制度 篇一) and seed 004 篇2 (地产公司客户回访制度).

const PROPERTY_ASSISTANT = role('agent', '物业助理');
const AREA_ASSISTANT = role('agent', '责任区物业助理');
const COMPANY_MANAGER = role('executive', '公司经理');
const PHONE_MARK = '电话回访不需客户签名，回访记录表注明“电话回访”。';

const propertyWorks = (key: string, event: FollowupEvent, name: string) =>
  onEvent(key, event, days(0), months(1), {
    name,
    description:
      '种子 002：“维护和修理工程处理完毕后一个月内进行回访,回访率达30%,实在由责任区物业助理负责”。方式种子未规定，取电话（上门须客户签名）。',
    type: 'repair',
    method: 'phone',
    assignee: AREA_ASSISTANT,
    samplingRate: 0.3,
    script: PHONE_MARK,
    questionnaire: [rating('维修质量满意度'), rating('服务态度满意度')],
  });

const PROPERTY: Preset = {
  key: 'property',
  name: { zh: '物业', en: 'Property management' },
  description:
    '种子 002（客户回访制度篇一）与种子 004 篇2：投诉处理完毕后三天内回访 50%，维修后一个月内回访 30%，活动后一个月内回访 10%；上门回访须客户签名，电话回访注明“电话回访”。',
  rules: [
    onEvent('property.complaint', 'issue_resolved', days(0), days(3), {
      name: '投诉处理完毕后三天内回访',
      description:
        '种子 002：“投诉事情处理完毕后三天内进行回访,回访率达50%,一般投诉由物业助理回访,紧要投诉由部门主管回访,重点投诉由公司经理回访”；“上门回访必需有客户的签名”。首次回访上门（“在第二次以后的不属于第三类投诉的回访可采纳电话作回访形式”）；公司经理取总经理角色。',
      type: 'complaint',
      method: 'onsite',
      assignee: {
        kind: 'by_severity',
        general: PROPERTY_ASSISTANT,
        urgent: role('supervisor'),
        major: COMPANY_MANAGER,
      },
      samplingRate: 0.5,
      priority: 'high',
      questionnaire: [rating('对投诉处理结果的满意度'), text('客户又提出的意见、建议或投诉')],
      signatureRequired: true,
      serviceCritical: true,
    }),
    propertyWorks('property.repair', 'repair', '维修工程完毕后一个月内回访'),
    propertyWorks('property.maintenance', 'maintenance', '维护工程完毕后一个月内回访'),
    onEvent('property.activity', 'activity', days(0), months(1), {
      name: '文体活动结束后一个月内回访',
      description:
        '种子 002：“组织文体活动结束后一个月内进行回访,回访率达10%,实在由社区文化文员(物业助理)负责”。方式种子未规定，取电话。',
      type: 'activity',
      method: 'phone',
      assignee: role('agent', '社区文化文员'),
      samplingRate: 0.1,
      script: PHONE_MARK,
      questionnaire: [rating('活动满意度'), text('对社区活动的建议')],
    }),
    onEvent('property.holiday-visit', 'public_holiday', days(0), days(0), {
      name: '重点节日探望',
      description:
        '种子 002：“重点节日探望由公司经理组织进行”；“上门回访必需有客户的签名”。公司经理取总经理角色；哪些节日为重点、探望哪些业主，种子未规定，由管理员收窄。',
      type: 'holiday_visit',
      method: 'onsite',
      assignee: COMPANY_MANAGER,
      signatureRequired: true,
      proactive: true,
    }),
    onEvent('property.move-in', 'move_in', days(0), months(1), {
      name: '入伙回访',
      description:
        '种子 002：“入伙回访、突发事件处理完毕后回访”。时限、方式种子未规定，默认一个月内电话回访，由物业助理负责。',
      type: 'move_in',
      method: 'phone',
      assignee: PROPERTY_ASSISTANT,
      script: PHONE_MARK,
    }),
    onEvent('property.emergency', 'emergency_handled', days(0), days(3), {
      name: '突发事件处理完毕后回访',
      description:
        '种子 002：“入伙回访、突发事件处理完毕后回访”。时限、方式种子未规定，默认三天内（同投诉）上门回访，由物业助理负责；种子 004：“上门回访必须有客户的签名”。',
      type: 'emergency',
      method: 'onsite',
      assignee: PROPERTY_ASSISTANT,
      priority: 'high',
      signatureRequired: true,
      serviceCritical: true,
    }),
  ],
};

// ------------------------------------------------------------------------------------------------------------
// 房地产营销 — seed 004 篇3 (房地产营销中心客户回访制度; the same text is in seed 002).

const SMS_FORMAT = '短信以“尊敬的贵宾”或“**先生/女士您好”开头，以“首席预约电话：…… 置业顾问：……”结尾。';
const KEEP_IMPRESSION =
  '保持其对项目的印象，联系客户感情；以最新活动、天气、节日、工程节点、优惠等作为开端。';

/** Showroom visitors not yet buying, phoned weekly by their 置业顾问 to keep the project in mind. */
const visitorWeekly = (key: string, spec: Pick<Spec, 'name' | 'description' | 'audience' | 'priority'>) =>
  periodic(key, 1, 'week', { ...spec, type: 'inquiry', ...OWNER_PHONE, script: KEEP_IMPRESSION });

const REAL_ESTATE: Preset = {
  key: 'real-estate',
  name: { zh: '房地产营销', en: 'Real-estate sales' },
  description:
    '种子 004 篇3（房地产营销中心客户回访制度）：来电当日回访，优质客户三日内再邀、此后每周邀约至来访；来访 A/B 类当日、三日内回访，重点客户每三天、有抗性客户每周，C 类每周；成交当日、每半月；重要节点与节日祝福。',
  rules: [
    onEvent('real-estate.call-same-day', 'inquiry_call', days(0), days(0), {
      name: '来电客户当日电话回访',
      description: '种子 004 篇3：“当日来电客户当日电话回访,确定客户质量并邀约其来访”。',
      type: 'inquiry',
      ...OWNER_PHONE,
      priority: 'high',
      script: '确定客户质量（优质客户加“优质”标签），邀约其来访。',
    }),
    onEvent('real-estate.call-quality-3days', 'inquiry_call', days(1), days(2), {
      name: '优质来电客户三日内再次邀约',
      description:
        '种子 004 篇3：“优质来电客户三日内再次电话邀约,了解其动态并再次邀约”。来电次日开启，第三日结束前完成。',
      type: 'inquiry',
      audience: { tags: ['优质'] },
      ...OWNER_PHONE,
      proactive: true,
      script: '了解其动态并再次邀约来访。',
    }),
    periodic('real-estate.call-quality-weekly', 1, 'week', {
      name: '优质来电客户每周邀约直到来访',
      description:
        '种子 004 篇3：“优质来电客户三日内邀约后,每周定期电话邀约,直到其来访”。规则不能随来访停止：来访后去掉“优质”标签（或改为来访客户等级）即结束。',
      type: 'inquiry',
      audience: { tags: ['优质'], statuses: ['prospect'] },
      ...OWNER_PHONE,
      script: '电话邀约来访。',
    }),
    onEvent('real-estate.visit-ab-same-day', 'showroom_visit', days(0), days(0), {
      name: 'A、B 类来访客户当日电话回访',
      description: '种子 004 篇3：“当日A、B类来访客户,当日电话回访,再次确认其需求及看房感受”。',
      type: 'inquiry',
      audience: { tiers: ['A', 'B'] },
      ...OWNER_PHONE,
      priority: 'high',
      script:
        '再次确认需求及看房感受；对其重点关注的卖点和主要抗性再次解说，解决和淡化抗性，坚定其认可的卖点；邀约再次来销售中心商谈。',
      questionnaire: [text('需求'), text('看房感受'), text('主要抗性')],
    }),
    onEvent('real-estate.visit-ab-3days', 'showroom_visit', days(1), days(2), {
      name: 'A、B 类来访客户三日内再次回访',
      description:
        '种子 004 篇3：“A、B类来访客户三日内,再次电话回访,了解动态”，邀约其再次来访。来访次日开启，第三日结束前完成。',
      type: 'inquiry',
      audience: { tiers: ['A', 'B'] },
      ...OWNER_PHONE,
      proactive: true,
      script: '了解动态，保持其对项目卖点的印象，邀约其再次来访。',
    }),
    periodic('real-estate.visit-key-3days', 3, 'day', {
      name: 'A、B 类重点来访客户每三天电话回访',
      description:
        '种子 004 篇3：“重点客户每三天电话回访”。每三天一个周期，在周期内的工作日拨打（周期全落在休息日时不打）。',
      audience: { tiers: ['A', 'B'], tags: ['重点客户'], statuses: ['prospect'] },
      priority: 'high',
      type: 'inquiry',
      ...OWNER_PHONE,
      script: KEEP_IMPRESSION,
    }),
    visitorWeekly('real-estate.visit-resistant-weekly', {
      name: 'A、B 类有抗性来访客户每周回访',
      description: '种子 004 篇3：“部分有抗性客户每周回访,保持其对项目的印象,联系客户感情”。',
      audience: { tiers: ['A', 'B'], tags: ['有抗性'], statuses: ['prospect'] },
    }),
    visitorWeekly('real-estate.visit-c-weekly', {
      name: 'C 类来访客户每周回访',
      description: '种子 004 篇3：“C类客户,视客户每周安排回访,保持其对项目的感受”。',
      audience: { tiers: ['C'], statuses: ['prospect'] },
      priority: 'low',
    }),
    onEvent('real-estate.deal-same-day', 'deal', days(0), days(0), {
      name: '成交客户当日电话回访',
      description:
        '种子 004 篇3：“成交客户当日电话回访,表示恭喜,同时了解其还有什么问题,解决其疑虑,重复其关心卖点,稳定客户”。',
      type: 'deal',
      ...OWNER_PHONE,
      priority: 'high',
      script: '表示恭喜；了解其还有什么问题，解决其疑虑，重复其关心卖点，稳定客户。',
    }),
    periodic('real-estate.deal-fortnightly', 2, 'week', {
      name: '成交客户每半月回访',
      description:
        '种子 004 篇3：“定期回访,每半月以电话或短信形式回访客户,联络感情,了解其最新动态”。周期只能按周或月：取每两周。',
      type: 'routine',
      audience: { statuses: ['active'] },
      ...OWNER_PHONE,
      script: '联络感情，了解其最新动态。',
    }),
    onEvent('real-estate.milestone', 'milestone', days(0), days(0), {
      name: '重要项目节点回访（短信）',
      description:
        '种子 004 篇3：“重要项目节点回访客户,如开盘、SP活动、封顶、交房、样板间开放等”；“重要节点以电话或短信回访客户,尤其是工程节点”；“D类客户在重要节点及节日给予祝福,多以短信形势维护”。',
      type: 'routine',
      method: 'sms',
      assignee: OWNER,
      proactive: true,
      script: `通知项目最新进度与消息。${SMS_FORMAT}`,
    }),
    onEvent('real-estate.milestone-leader-intro', 'milestone', days(-3), days(2), {
      name: '领导介绍客户：重要节点前电话告知并邀约',
      description:
        '种子 004 篇3：“公司领导或政府部门领导介绍客户,只在项目重要节点时,如开盘、优惠、活动、样板房开放等,提前以电话或短信的方式向客户告知,并邀约客户来访”。提前天数种子未规定，默认节点前 3 天开启、前一天结束前完成。',
      type: 'routine',
      audience: { tags: ['领导介绍'] },
      ...OWNER_PHONE,
      priority: 'high',
      proactive: true,
      script: '告知节点并邀约来访；平时不要过于频繁地打扰客户。',
    }),
    onEvent('real-estate.holiday-sms', 'public_holiday', days(0), days(0), {
      name: '节日祝福短信',
      description:
        '种子 004 篇3：“节假日必须回访客户,给客户发祝福短信,重点客户以电话形式表示祝福”；领导介绍客户与 VIP 贵宾“每逢节日以短信的方式向客户表示祝福”。',
      type: 'greeting',
      // Key customers are greeted by phone instead (the next rule).
      audience: { excludeTags: ['重点客户'] },
      method: 'sms',
      assignee: OWNER,
      proactive: true,
      script: `致以节日祝福。${SMS_FORMAT}`,
    }),
    onEvent('real-estate.holiday-phone-key', 'public_holiday', days(0), days(0), {
      name: '重点客户节日电话祝福',
      description: '种子 004 篇3：“节假日必须回访客户,给客户发祝福短信,重点客户以电话形式表示祝福”。',
      type: 'greeting',
      audience: { tags: ['重点客户'] },
      ...OWNER_PHONE,
      proactive: true,
      script: '电话致以节日祝福，联络感情。',
    }),
  ],
};

// ------------------------------------------------------------------------------------------------------------
// 汽车维修 — seed 002 (公司企业客户回访制度模版 篇1, a repair shop / service station). The seed leaves the
// number of days blank ("____日内"); the preset uses 3 calendar days, to be set by the admin.

const AUTO_SCRIPT = '自我介绍 → 了解车况 → 解释说明 → 询问服务信息 → 告别客户。';
const AUTO_QUESTIONS = [
  text('车况'),
  rating('对本次服务的满意度'),
  text('不满意之处（细节、涉及人员、客户要求）'),
];

const AUTO_REPAIR: Preset = {
  key: 'auto-repair',
  name: { zh: '汽车维修', en: 'Car repair' },
  description:
    '种子 002（公司企业客户回访制度模版）：有偿修理、保用修理、登记定保后若干日内由专职回访员电话回访；不满意的处理后再次回访告知结果。种子未填天数，默认 3 天。',
  rules: [
    onEvent('auto-repair.repair', 'repair', days(0), days(3), {
      name: '修理后电话回访',
      description:
        '种子 002：“在修理厂(服务站)做过有偿修理后____日内”；“在修理厂(服务站)做过保用服务后____日内”；“回访工作安排专人负责,专职回访员”。天数种子留空，默认 3 天；有偿与保用修理同一事件。',
      type: 'repair',
      method: 'phone',
      assignee: role('agent'),
      script: AUTO_SCRIPT,
      questionnaire: AUTO_QUESTIONS,
    }),
    onEvent('auto-repair.registration', 'customer_created', days(0), days(3), {
      name: '登记（定保）后电话回访',
      description:
        '种子 002：“在修理厂(服务站)进行登记后____日内”。天数种子留空，默认 3 天；登记取新建客户事件。',
      type: 'first',
      method: 'phone',
      assignee: role('agent'),
      script: AUTO_SCRIPT,
      questionnaire: AUTO_QUESTIONS,
    }),
    onEvent('auto-repair.complaint-result', 'issue_resolved', days(0), days(3), {
      name: '不满意处理后再次回访告知结果',
      description: '种子 002：“并再次回访客户,告之处理结果,最后得到客户满意”。时限种子未规定，默认 3 天。',
      type: 'complaint',
      method: 'phone',
      assignee: role('agent'),
      priority: 'high',
      script: '告知处理结果，确认客户满意。',
      questionnaire: [rating('对处理结果的满意度')],
      serviceCritical: true,
    }),
  ],
};

// ------------------------------------------------------------------------------------------------------------
// 服饰加盟 — seed 000 (客户回访记录表 / 客户回访管理制度 of an apparel brand with franchise stores). The seed
// states what to ask and who is a customer, not how often: the cadences are defaults for the admin to set.

const FRANCHISE_AUDIENCE: Partial<Audience> = { kinds: ['franchisee', 'wholesale'] };

const FRANCHISE: Preset = {
  key: 'franchise',
  name: { zh: '服饰加盟', en: 'Apparel franchise' },
  description:
    '种子 000（客户回访管理制度）：回访加盟商和散批商，了解意见与期望，提醒库存把控，了解当地市场并为下次订货做准备。种子未规定周期，默认每月一次、拿货后一个月内回访销售情况。',
  rules: [
    periodic('franchise.store-monthly', 1, 'month', {
      name: '加盟商/散批商每月回访',
      description:
        '种子 000：“提醒客户对库存产品的把控及调整”；“了解当地市场的需求,并为下次订货做准备”；“客户为与公司有业务往来的加盟商和散批商”。周期种子未规定，默认每月；方式取电话（种子：“面谈回访、QQ回访和电话回访三种方式”）。',
      type: 'routine',
      audience: FRANCHISE_AUDIENCE,
      method: 'phone',
      assignee: role('agent', '售后服务部'),
      script: '提醒客户对库存产品的把控及调整；了解当地市场需求，为下次订货做准备。',
      questionnaire: [
        text('对公司各项产品和服务的意见和评价'),
        text('对公司改进产品或服务的期望和具体建议'),
        rating('对公司处理投诉、争议的满意程度'),
        text('库存产品情况及调整'),
        text('当地市场需求（下次订货准备）'),
      ],
    }),
    onEvent('franchise.after-order', 'deal', days(0), months(1), {
      name: '拿货后回访销售情况',
      description:
        '种子 000：客户购买记录表“客户姓名拿货时间数量回访日期回访内容销售结果(没卖)”。时限种子未规定，默认拿货后一个月内。',
      type: 'deal',
      audience: FRANCHISE_AUDIENCE,
      method: 'phone',
      assignee: role('agent', '售后服务部'),
      script: '了解所拿货品的销售结果，提醒库存把控。',
      questionnaire: [text('销售结果（已卖/没卖）'), text('库存产品情况及调整')],
    }),
  ],
};

export const PRESETS: readonly Preset[] = [B2B, EQUIPMENT, PROPERTY, REAL_ESTATE, AUTO_REPAIR, FRANCHISE];
