/** The demo company: every role is represented; all demo users share one documented password. */
export const DEMO_PASSWORD = 'Demo12345';

export const DEMO_SUB_DEPARTMENTS: { name: string; parent: string }[] = [
  { name: '华东销售部', parent: '销售部' },
  { name: '华南销售部', parent: '销售部' },
  { name: '回访组', parent: '客户服务部' },
  { name: '投诉处理组', parent: '客户服务部' },
];

export interface DemoUser {
  username: string;
  displayName: string;
  department: string;
  roles: string[];
  supervisor?: string;
}

export const DEMO_USERS: DemoUser[] = [
  { username: 'wangzong', displayName: '王建国', department: '总经理办公室', roles: ['executive'] },
  {
    username: 'zhaomin',
    displayName: '赵敏',
    department: '客户服务部',
    roles: ['dept_manager'],
    supervisor: 'wangzong',
  },
  {
    username: 'liuyang',
    displayName: '刘洋',
    department: '回访组',
    roles: ['supervisor'],
    supervisor: 'zhaomin',
  },
  {
    username: 'chenjing',
    displayName: '陈静',
    department: '回访组',
    roles: ['agent'],
    supervisor: 'liuyang',
  },
  { username: 'yangli', displayName: '杨丽', department: '回访组', roles: ['agent'], supervisor: 'liuyang' },
  {
    username: 'huangqiang',
    displayName: '黄强',
    department: '投诉处理组',
    roles: ['agent'],
    supervisor: 'liuyang',
  },
  {
    username: 'sunhao',
    displayName: '孙浩',
    department: '销售部',
    roles: ['dept_manager'],
    supervisor: 'wangzong',
  },
  {
    username: 'zhoujie',
    displayName: '周杰',
    department: '华东销售部',
    roles: ['account_manager'],
    supervisor: 'sunhao',
  },
  {
    username: 'wuxia',
    displayName: '吴霞',
    department: '华南销售部',
    roles: ['account_manager'],
    supervisor: 'sunhao',
  },
  {
    username: 'zhengkai',
    displayName: '郑凯',
    department: '华东销售部',
    roles: ['account_manager'],
    supervisor: 'sunhao',
  },
  {
    username: 'linfang',
    displayName: '林芳',
    department: '总经理办公室',
    roles: ['analyst'],
    supervisor: 'wangzong',
  },
  {
    username: 'hexue',
    displayName: '何雪',
    department: '市场部',
    roles: ['marketing'],
    supervisor: 'wangzong',
  },
  {
    username: 'gaoyuan',
    displayName: '高远',
    department: '售后服务部',
    roles: ['supervisor'],
    supervisor: 'wangzong',
  },
  { username: 'itadmin', displayName: '马骏', department: '技术部', roles: ['admin'] },
];
