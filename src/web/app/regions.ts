/** Province-level divisions as customers' addresses name them (filters and pickers). */
export const PROVINCES = [
  '北京市',
  '天津市',
  '上海市',
  '重庆市',
  '河北省',
  '山西省',
  '辽宁省',
  '吉林省',
  '黑龙江省',
  '江苏省',
  '浙江省',
  '安徽省',
  '福建省',
  '江西省',
  '山东省',
  '河南省',
  '湖北省',
  '湖南省',
  '广东省',
  '海南省',
  '四川省',
  '贵州省',
  '云南省',
  '陕西省',
  '甘肃省',
  '青海省',
  '台湾省',
  '内蒙古自治区',
  '广西壮族自治区',
  '西藏自治区',
  '宁夏回族自治区',
  '新疆维吾尔自治区',
  '香港特别行政区',
  '澳门特别行政区',
];

/** The four municipalities (直辖市): province and city are one name. */
const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);

/** A customer's region as it is read: 浙江省 杭州市, but 上海市 once (not 上海市 上海市). */
export function regionText(...parts: (string | null | undefined)[]): string {
  const shown: string[] = [];
  for (const part of parts) {
    const name = part?.trim();
    if (!name) continue;
    const previous = shown[shown.length - 1];
    if (previous === name) continue;
    // 上海 under 上海市 (a city written without 市) is the same place.
    if (previous && MUNICIPALITIES.has(previous) && previous.startsWith(name)) continue;
    shown.push(name);
  }
  return shown.join(' ');
}
