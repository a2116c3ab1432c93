import type { Pair } from '../labels.ts';

/**
 * What the archive records as a customer's service events (服务记录), each a fact that a follow-up rule can be
 * triggered by (SPEC §3.2). The last four are the real-estate and property presets' events: a sales centre
 * registers an inquiry call or a showroom visit, a property office a move-in or an emergency it handled.
 */
export const SERVICE_EVENT_KINDS = [
  'installation',
  'repair',
  'maintenance',
  'activity',
  'sales_visit',
  'deal',
  'inquiry_call',
  'showroom_visit',
  'move_in',
  'emergency_handled',
] as const;
export type ServiceEventKind = (typeof SERVICE_EVENT_KINDS)[number];

/** Each kind in words (the catalogue's facts.service.* and the audit log's 详情 read them from here). */
export const SERVICE_EVENT_KIND_LABELS: Record<ServiceEventKind, Pair> = {
  installation: ['安装/交付', 'Installation'],
  repair: ['维修', 'Repair'],
  maintenance: ['维保', 'Maintenance'],
  activity: ['活动', 'Activity'],
  sales_visit: ['外勤拜访', 'Sales visit'],
  deal: ['成交', 'Deal'],
  inquiry_call: ['来电咨询', 'Inquiry call'],
  showroom_visit: ['来访（售楼处/门店）', 'Showroom visit'],
  move_in: ['入伙', 'Move-in'],
  emergency_handled: ['突发事件处理完毕', 'Emergency handled'],
};
