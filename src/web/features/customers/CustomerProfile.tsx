import { Descriptions, Tag } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import type { AccessLevel, CustomerDetail } from '../../api/types.ts';
import { useCompanyZone } from '../../app/auth.tsx';
import { formatYuan } from '../../app/format.ts';
import { useI18n } from '../../app/i18n.tsx';
import {
  CUSTOMER_KIND_LABELS,
  GENDER_LABELS,
  label,
  NEED_TYPE_LABELS,
  PREFERRED_CHANNEL_LABELS,
  PREFERRED_METHOD_LABELS,
} from '../../app/labels.ts';
import type { MessageKey } from '../../app/messages.ts';
import { regionText } from '../../app/regions.ts';
import { zoneDate } from '../../app/zone.ts';
import { Explained } from './Explained.tsx';
import { Withheld } from './Withheld.tsx';

/** A calendar date (成立日期, 首次合作时间…) as stored. */
const day = (date: string | null) => (date ? dayjs(date).format('YYYY-MM-DD') : null);

type Field = keyof CustomerDetail['hidden'] & keyof CustomerDetail;
type Item = [label: MessageKey, fields: Field[], value: ReactNode, help?: MessageKey];

/**
 * 基本资料: every field, each with its value, "—" when empty, or — when the viewer may not see it (the API names
 * it in `hidden`) — a lock, 无权查看 and 申请查阅 at the level that opens it.
 */
export function CustomerProfile({
  customer: c,
  onRequest,
}: {
  customer: CustomerDetail;
  onRequest?: (level: AccessLevel) => void;
}) {
  const { t, locale } = useI18n();
  const zone = useCompanyZone();
  // An instant (最近核定, 免打扰 set) as the company's calendar date, whatever the browser's zone.
  const dayOf = (instant: string | null) => (instant ? zoneDate(instant, zone) : null);
  const items: Item[] = [
    ['customers.shortName', ['shortName'], c.shortName],
    ['customers.kind', ['kind'], c.kind ? label(CUSTOMER_KIND_LABELS, c.kind, locale) : null],
    ['customers.industry', ['industry'], c.industry],
    ['customerEdit.needType', ['needType'], c.needType ? label(NEED_TYPE_LABELS, c.needType, locale) : null],
    ['customers.region', ['province', 'city', 'district'], regionText(c.province, c.city, c.district)],
    ['customers.address', ['address'], c.address],
    ['customers.owner', ['ownerName'], c.ownerName],
    ['customerEdit.agent', ['agentName'], c.agentName],
    ['customers.tags', ['tags'], c.tags?.length ? c.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) : null],
    [
      'customers.annualAmount',
      ['annualAmount'],
      c.annualAmount === null ? null : formatYuan(c.annualAmount),
      'customers.annualAmountHelp',
    ],
    ['customers.score', ['score'], c.score],
    ['customerEdit.firstCooperationOn', ['firstCooperationOn'], day(c.firstCooperationOn)],
    ['customerEdit.products', ['products'], c.products],
    ['customerEdit.cooperationFrequency', ['cooperationFrequency'], c.cooperationFrequency],
    ['customerEdit.foundedOn', ['foundedOn'], day(c.foundedOn)],
    ['customerEdit.employees', ['employees'], c.employees],
    [
      'customerEdit.annualRevenue',
      ['annualRevenue'],
      c.annualRevenue === null ? null : formatYuan(c.annualRevenue),
    ],
    ['customerEdit.source', ['source'], c.source],
    ['customerEdit.membershipNo', ['membershipNo'], c.membershipNo],
    ['customerEdit.anniversaryOn', ['anniversaryOn'], day(c.anniversaryOn)],
    // 性别 and 年龄 belong to a person: shown for an individual customer only.
    ...(c.kind === 'individual'
      ? ([
          ['customerEdit.gender', ['gender'], c.gender ? label(GENDER_LABELS, c.gender, locale) : null],
          ['customerEdit.age', ['age'], c.age === null ? null : t('customerEdit.ageValue', { n: c.age })],
        ] satisfies Item[])
      : []),
    ['customerEdit.idNumber', ['idNumber'], c.idNumber],
    [
      'customerEdit.preferredMethod',
      ['preferredMethod'],
      c.preferredMethod && label(PREFERRED_METHOD_LABELS, c.preferredMethod, locale),
    ],
    [
      'customerEdit.preferredChannel',
      ['preferredChannel'],
      c.preferredChannel && label(PREFERRED_CHANNEL_LABELS, c.preferredChannel, locale),
    ],
    ['customerEdit.preferredWindow', ['preferredWindow'], c.preferredWindow],
    ['customerEdit.followupWeeklyCap', ['followupWeeklyCap'], c.followupWeeklyCap],
    ['customers.verifiedAt', ['verifiedAt'], dayOf(c.verifiedAt)],
    ['customerEdit.lostOn', ['lostOn'], c.status === 'lost' ? day(c.lostOn) : null],
    ['customerEdit.lostReason', ['lostReason'], c.status === 'lost' ? c.lostReason : null],
    [
      'customerEdit.dncReason',
      // Not 免打扰 (a flag everyone sees): there is no reason to withhold.
      c.doNotContact ? ['dncReason'] : [],
      c.doNotContact ? `${c.dncReason ?? ''}（${c.dncSetByName ?? ''} ${dayOf(c.dncSetAt) ?? ''}）` : null,
    ],
    ['customerEdit.remark', ['remark'], c.remark],
  ];
  // An item is withheld when its main field is: region stays readable by its province and city alone.
  const withheld = (fields: Field[]) => (fields[0] ? c.hidden[fields[0]] : undefined);
  return (
    // Three pairs of columns only from 1 200 px: narrower, values such as amounts broke mid-number.
    <Descriptions column={{ xs: 1, md: 2, xl: 3 }} bordered size="small">
      {items.map(([key, fields, value, help]) => {
        const level = withheld(fields);
        return (
          <Descriptions.Item key={key} label={help ? <Explained label={t(key)} help={t(help)} /> : t(key)}>
            {level ? (
              <Withheld level={level} onRequest={onRequest} />
            ) : value === null || value === undefined || value === '' ? (
              '—'
            ) : (
              value
            )}
          </Descriptions.Item>
        );
      })}
    </Descriptions>
  );
}
