/**
 * Two questions of seed 000's 客户需求调查表 (SPEC §2.1), asked apart: how the customer likes to be followed up
 * (4 回访方式) and how they like to be contacted (5 联系方式). The stored values are the survey's own words (data, as
 * the seed prints them); the labels follow the reader's language.
 */
export const PREFERRED_METHODS = {
  上门回访: { zh: '上门回访', en: 'Visit on site' },
  电话沟通: { zh: '电话沟通', en: 'Phone call' },
  其他: { zh: '其他', en: 'Other' },
} as const;

export const PREFERRED_CHANNELS = {
  'E-mail': { zh: 'E-mail', en: 'E-mail' },
  上门拜访: { zh: '上门拜访', en: 'Visit' },
  普通信件: { zh: '普通信件', en: 'Letter' },
  电话联系: { zh: '电话联系', en: 'Phone' },
  传真: { zh: '传真', en: 'Fax' },
  其他: { zh: '其他', en: 'Other' },
} as const;

export type PreferredMethod = keyof typeof PREFERRED_METHODS;
export type PreferredChannel = keyof typeof PREFERRED_CHANNELS;

/** 性别 of an individual customer (seed 000's 终端店铺登记表). */
export const GENDERS = {
  male: { zh: '男', en: 'Male' },
  female: { zh: '女', en: 'Female' },
} as const;
export type Gender = keyof typeof GENDERS;

/** A gender as given: the key, or its Chinese word (男 / 女, as a sheet would write it). */
export function parseGender(value: string): Gender | undefined {
  const text = value.trim();
  if (text in GENDERS) return text as Gender;
  return (Object.keys(GENDERS) as Gender[]).find((g) => GENDERS[g].zh === text);
}

/** Ages the archive accepts (年龄, whole years). */
export const AGE_RANGE = { min: 1, max: 120 } as const;

/**
 * 年龄 is kept as a birth year, so that it stays right as the years pass: the age given this year is this year
 * minus the birth year (off by at most one until the birthday, as an age given in a form is).
 */
export const birthYearOf = (age: number, year: number) => year - age;
export const ageIn = (birthYear: number, year: number) => year - birthYear;
