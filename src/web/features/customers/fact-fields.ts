import { PRODUCT_CLASSES, type ProductClass } from '../../../domain/customers/product-classes.ts';
import { SERVICE_EVENT_KINDS } from '../../../domain/customers/service-events.ts';
import type { MessageKey } from '../../app/messages.ts';
import type { FactField } from './FactModal.tsx';

/** The catalogue's word for each stored 产品类别 code. */
export const PRODUCT_CLASS_LABELS: Record<ProductClass, MessageKey> = {
  A: 'facts.classA',
  B: 'facts.classB',
  C: 'facts.classC',
  past: 'facts.classPast',
};

/** 交易记录: SPEC §2.3 (date, amount, quantity, product class, payment due and paid dates, returns). */
export const TRANSACTION_FIELDS: FactField[] = [
  {
    name: 'kind',
    label: 'facts.kind',
    kind: 'select',
    options: [
      { value: 'sale', label: 'facts.sale' },
      { value: 'return', label: 'facts.return' },
    ],
  },
  { name: 'occurredOn', label: 'facts.occurredOn', kind: 'date', required: true },
  { name: 'amount', label: 'facts.amount', kind: 'money', required: true },
  { name: 'quantity', label: 'facts.quantity', kind: 'integer' },
  {
    name: 'productClass',
    label: 'facts.productClass',
    kind: 'select',
    options: PRODUCT_CLASSES.map((value) => ({ value, label: PRODUCT_CLASS_LABELS[value] })),
  },
  { name: 'product', label: 'facts.product', kind: 'text' },
  { name: 'dueOn', label: 'facts.dueOn', kind: 'date' },
  { name: 'paidOn', label: 'facts.paidOn', kind: 'date' },
];

/** 合同: the end date raises the expiry warning 30 days ahead (follow-up rules). */
export const CONTRACT_FIELDS: FactField[] = [
  { name: 'contractNo', label: 'facts.contractNo', kind: 'text' },
  { name: 'title', label: 'facts.title', kind: 'text', required: true },
  { name: 'amount', label: 'facts.amount', kind: 'money' },
  { name: 'startsOn', label: 'facts.startsOn', kind: 'date', required: true },
  { name: 'endsOn', label: 'facts.endsOn', kind: 'date', required: true },
];

/** 安装/交付, 维修, 维保, 活动, 外勤拜访, 成交, 来电咨询, 来访, 入伙, 突发事件处理完毕. */
export const SERVICE_EVENT_FIELDS: FactField[] = [
  {
    name: 'kind',
    label: 'facts.serviceKind',
    kind: 'select',
    required: true,
    options: SERVICE_EVENT_KINDS.map((value) => ({ value, label: `facts.service.${value}` as const })),
  },
  { name: 'occurredAt', label: 'facts.occurredAt', kind: 'datetime', required: true },
  { name: 'product', label: 'facts.product', kind: 'text' },
  { name: 'summary', label: 'facts.summary', kind: 'textarea' },
];
