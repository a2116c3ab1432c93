/**
 * 客户回访准备事项一览表 (seed 000 第4条, `forms.md`): what to prepare before a visit or a call, shown on the task.
 * Other methods (email, letters …) use the call's materials.
 */
export interface PreparationItem {
  item: { zh: string; en: string };
  checks: { zh: string; en: string }[];
}

const MATERIALS: PreparationItem = {
  item: { zh: '相关资料', en: 'Materials' },
  checks: [
    { zh: '客户登记表', en: 'Customer registration form' },
    { zh: '服务记录', en: 'Service records' },
    { zh: '服务政策', en: 'Service policy' },
  ],
};

const ONSITE: PreparationItem[] = [
  {
    item: { zh: '仪容仪表', en: 'Appearance' },
    checks: [
      { zh: '服装整洁、干净', en: 'Clean, tidy clothes' },
      { zh: '精神饱满', en: 'Alert and energetic' },
    ],
  },
  {
    item: { zh: '回访通知', en: 'Notice' },
    checks: [
      {
        zh: '提前 3 天与客户联系，征询回访时间和地点',
        en: 'Agree time and place with the customer 3 days ahead',
      },
      { zh: '详细记录时间和地点并与客户确认', en: 'Write down the time and place and confirm them' },
    ],
  },
  MATERIALS,
];

const PHONE: PreparationItem[] = [
  {
    item: { zh: '情绪', en: 'Mood' },
    checks: [
      { zh: '情绪良好', en: 'In a good mood' },
      { zh: '嗓音清晰', en: 'A clear voice' },
    ],
  },
  MATERIALS,
];

export function preparationFor(method: string): PreparationItem[] {
  return method === 'onsite' ? ONSITE : PHONE;
}

/** Days ahead an on-site visit is agreed with the customer (seed 000: 提前 3 天). */
export const ONSITE_NOTICE_DAYS = 3;
