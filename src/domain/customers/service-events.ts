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
