/**
 * Customer archive (issue 4): the list page (tier + province, sorted by name, 50 rows), a 2-character keyword
 * search, and the same list as a masked viewer — each against the raw keyset SQL of the same page.
 */
import { createHash, randomBytes } from 'node:crypto';
import { type RawBuilder, sql } from 'kysely';
import { COMPANY_WORDS } from '../../scripts/demo/customers.ts';
import {
  COMMON_GRAM_CUSTOMERS,
  keepCommonNameGrams,
} from '../../src/server/modules/customers/common-grams-repository.ts';
import { nameColumns } from '../../src/server/modules/customers/repository.ts';
import { alternatedLoop, getOnce, measureLoop } from '../measure.ts';
import { profiledHttpLoad } from '../profile.ts';
import { countFromEnv, type ResultRow, ratio, type Workload, type WorkloadContext } from '../workload.ts';

const PROVINCES = [
  '浙江省',
  '江苏省',
  '广东省',
  '上海市',
  '北京市',
  '山东省',
  '四川省',
  '湖北省',
  '河南省',
  '福建省',
];
const WORDS = [...COMPANY_WORDS, '东方', '光明', '长江', '泰山', '星辰'];
/**
 * Clustered data (issue 13.10): the rotation above puts every 20th name on each word, in code order. 闽兴 is
 * common in one province and rare elsewhere — a quarter of 福建省's customers, one in 2 000 of the rest — as a
 * real archive's local trade names are.
 */
const CLUSTER_WORD = '闽兴';
const CLUSTER_PROVINCE = PROVINCES.indexOf('福建省');
const NAME_WORDS = [...WORDS, CLUSTER_WORD];
const SUFFIX = [
  '机械制造有限公司',
  '商贸有限公司',
  '网络科技有限公司',
  '物业管理有限公司',
  '汽车销售服务有限公司',
  '食品有限公司',
];

export function customerCount(kind: string): number {
  return countFromEnv('BENCH_CUSTOMERS', kind === 'postgres' ? 1_000_000 : 100_000);
}

/** Customers and two contacts each, set-based: a handful of INSERT … SELECT generate_series statements. */
export async function generateCustomers(context: WorkloadContext, count: number): Promise<void> {
  const { db } = context;
  const existing = await db
    .selectFrom('customers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(existing.n) >= count) return;
  const started = performance.now();
  const owners = await db
    .selectFrom('users')
    .select('id')
    .where('status', '=', 'active')
    .limit(2000)
    .execute();
  const ownerIds = owners.map((o) => o.id);
  // A name is a word, a suffix and a number: its pinyin key and initials are the word and suffix's (made once
  // per pair, as the application makes them) followed by the number.
  const pairs = NAME_WORDS.flatMap((w) => SUFFIX.map((suffix) => nameColumns(`${w}${suffix}`)));
  const pinyinOf = pairs.map((p) => p.name_sort.slice(0, p.name_sort.indexOf(' ')));
  const initialsOf = pairs.map((p) => p.name_initials);
  const batch = 100_000;
  // The ordered name grams (migrations 0040, 0043) are filled once after the load, their key built by one sort, as
  // the migration does: the insert trigger would add scattered index entries for every customer.
  const before = await sql<{ id: number | null }>`select max(id) as id from customers`.execute(db);
  const after = Number(before.rows[0]?.id ?? 0);
  await sql`alter table customers disable trigger customers_name_grams_insert`.execute(db);
  for (let from = 1; from <= count; from += batch) {
    const to = Math.min(count, from + batch - 1);
    await sql`
      insert into customers (name, name_key, name_sort, name_initials, short_name, industry, province, city, annual_amount,
        tier, status, owner_id, verified_at, created_at, updated_at)
      select n, n, (${pinyinOf}::text[])[k] || i || ' ' || n, (${initialsOf}::text[])[k] || i, w,
             (array['制造业','零售业','互联网','物业','汽车','服务业'])[1 + i % 6], p, p,
             a, case when a >= 500000 then 'A' when a >= 100000 then 'B' else 'C' end, 'active',
             (${ownerIds}::bigint[])[1 + i % ${ownerIds.length}], now(),
             -- An archive that has been there a while (the follow-up generation treats recent changes apart).
             now() - interval '30 days', now() - interval '30 days'
        from (select i,
                     w || (${SUFFIX}::text[])[1 + (i / 7) % ${SUFFIX.length}] || i as n,
                     wi * ${SUFFIX.length} + 1 + (i / 7) % ${SUFFIX.length} as k,
                     w,
                     (${PROVINCES}::text[])[1 + pi] as p,
                     round((10 ^ (4 + ((i::bigint * 7919) % 1000) / 1000.0 * 2.4))::numeric, 2) as a
                from (select i, pi, wi, (${NAME_WORDS}::text[])[1 + wi] as w
                        from (select i, pi,
                                     case when (pi = ${CLUSTER_PROVINCE} and i % 4 = 0) or i % 2000 = 1
                                          then ${WORDS.length} else i % ${WORDS.length} end as wi
                                from (select i, (i / 3) % ${PROVINCES.length} as pi
                                        from generate_series(${from}::int, ${to}::int) i) g0) g1) g) s`.execute(
      db,
    );
    context.log(`customers: ${to} of ${count}`);
  }
  await sql`alter table customers enable trigger customers_name_grams_insert`.execute(db);
  await sql`alter table customer_name_grams drop constraint customer_name_grams_pkey`.execute(db);
  // Only the common bigrams are kept (migration 0043), as the import and the nightly job would keep them: the
  // new customers' kept grams, and every customer's rows of a gram that becomes common now (the statement's
  // sub-queries see the set as it was before the insert in its WITH).
  await sql`
    with added as (
      insert into customer_common_grams (gram)
      select g from customers c, hf_customer_name_grams(c.search_grams) g
       where c.deleted_at is null and c.merged_into_id is null
       group by g having count(*) >= ${COMMON_GRAM_CUSTOMERS}
      on conflict do nothing returning gram)
    insert into customer_name_grams (gram, name_sort, customer_id)
    select g, c.name_sort, c.id from customers c, hf_customer_name_grams(c.search_grams) g
     where c.deleted_at is null and c.merged_into_id is null
       and (g in (select gram from added)
            or (c.id > ${after} and exists (select 1 from customer_common_grams s where s.gram = g)))`.execute(
    db,
  );
  await sql`alter table customer_name_grams add primary key (gram, name_sort, customer_id)`.execute(db);
  context.log('customers: ordered name grams filled');
  await sql`
    insert into contacts (customer_id, name, position, mobile_enc, mobile_hash, mobile_masked, is_primary)
    select c.id, (array['王','李','张','刘','陈'])[1 + (c.id + k) % 5] || (array['伟','芳','娜','敏','强'])[1 + c.id % 5],
           '采购经理', 'bench', md5(c.id::text || k), '138****' || lpad((c.id % 10000)::text, 4, '0'), k = 0
      from customers c cross join generate_series(0, 1) k`.execute(db);
  // Vacuumed as well as analysed, as autovacuum leaves a table some time after a bulk load: otherwise its run over
  // the new rows (visibility map, hint bits) overlaps the first measured rows and slows them by up to ×3 on 2 cores.
  await sql`vacuum (analyze) customers, contacts, customer_name_grams`.execute(db);
  context.log(
    `generated ${count} customers and ${count * 2} contacts in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}

export async function sessionFor(context: WorkloadContext, roles: string[]): Promise<string> {
  const secret = randomBytes(32).toString('base64url');
  const user = await context.db
    .insertInto('users')
    .values({
      username: `bench.${roles[0]}.${randomBytes(3).toString('hex')}`,
      display_name: '压测',
      password_hash: 'x',
      roles,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await context.db
    .insertInto('sessions')
    .values({
      id: createHash('sha256').update(secret).digest('hex'),
      user_id: user.id,
      expires_at: new Date(Date.now() + 86_400_000),
    })
    .execute();
  return `huifang_session=${secret}`;
}

/** The columns a list row shows, with the owner's name and the primary contact: what the page needs. */
const PAGE_COLUMNS = sql`c.id, c.code, c.name, c.short_name, c.kind, c.industry, c.province, c.city, c.district,
  c.address, c.tags, c.need_type, c.tier, c.status, c.owner_id, c.agent_id, c.annual_amount, c.do_not_contact,
  c.verified_at, c.created_at, c.updated_at, c.version, o.display_name as owner_name,
  pc.name as primary_contact_name, pc.mobile_masked as primary_contact_mobile_masked`;
const PAGE_JOINS = sql`left join users o on o.id = c.owner_id
  left join contacts pc on pc.customer_id = c.id and pc.is_primary and pc.deleted_at is null`;

const LIST_SQL = sql`select ${PAGE_COLUMNS} from customers c ${PAGE_JOINS}
  where c.deleted_at is null and c.merged_into_id is null and c.tier = 'A' and c.province = '浙江省'
  order by c.name_sort, c.id limit 51`;
// Marketing may not filter by tier (it does not see tiers): its page is the province alone.
const PROVINCE_LIST_SQL = sql`select ${PAGE_COLUMNS} from customers c ${PAGE_JOINS}
  where c.deleted_at is null and c.merged_into_id is null and c.province = '浙江省'
  order by c.name_sort, c.id limit 51`;
// Search results come in code (creation) order by default.
const searchSql = (
  grams: string[],
  pattern: string | null,
  { order = sql`c.id`, province }: { order?: RawBuilder<unknown>; province?: string } = {},
) => sql`select ${PAGE_COLUMNS} from customers c ${PAGE_JOINS}
  where c.deleted_at is null and c.merged_into_id is null and c.search_grams @> ${grams}::text[]
  ${province ? sql`and c.province = ${province}` : sql``}
  ${pattern ? sql`and lower(c.name || '|' || coalesce(c.short_name, '') || '|' || c.code || '|' || c.name_initials) like ${pattern}` : sql``}
  order by ${order} limit 51`;
/**
 * The best plain SQL for a common 4-character term in code order: no bigram condition (the planner multiplies
 * their shares, thinks the term rare and sorts every match), only the LIKE, so it walks the primary key.
 */
const BEST_FOUR_CHARACTER_SQL = sql`select ${PAGE_COLUMNS} from customers c ${PAGE_JOINS}
  where c.deleted_at is null and c.merged_into_id is null
    and lower(c.name || '|' || coalesce(c.short_name, '') || '|' || c.code || '|' || c.name_initials) like '%华兴机械%'
  order by c.id limit 51`;
/**
 * The best plain SQL for a term sorted by name since issue 13.10: the term's gram in the ordered name grams
 * (migration 0040), read in (name_sort, id) order from its start and joined to the customers, until a page.
 */
const byNameSql = (gram: string, province?: string) => sql`select ${PAGE_COLUMNS}
  from customer_name_grams g join customers c on c.id = g.customer_id ${PAGE_JOINS}
  where g.gram = ${gram} and c.deleted_at is null and c.merged_into_id is null
  ${province ? sql`and c.province = ${province}` : sql``}
  order by g.name_sort, g.customer_id limit 51`;
const COUNT_SQL = sql`select count(*)::int as n from (select 1 from customers c
  where c.deleted_at is null and c.merged_into_id is null and c.province = '浙江省' limit 10001) found`;

export const customerList: Workload = {
  name: 'customers',
  description: 'customer list page (tier + province by name), 2-character keyword search, masked list',
  async run(context: WorkloadContext): Promise<ResultRow[]> {
    const { db, baseUrl, settings, kind } = context;
    await generateCustomers(context, customerCount(kind));
    // The nightly common-name-grams run on the whole archive when nothing has grown common: its counting alone.
    const counting = performance.now();
    const added = await keepCommonNameGrams(db);
    context.log(
      `customers: the common-name-grams job counted the archive in ${((performance.now() - counting) / 1000).toFixed(1)} s (${added} bigrams added)`,
    );
    const executive = await sessionFor(context, ['executive']);
    const marketing = await sessionFor(context, ['marketing']);
    const cases = [
      {
        name: 'customers: list A+浙江省 by name',
        url: `/api/v1/customers?tier=A&province=${encodeURIComponent('浙江省')}&limit=50`,
        cookie: executive,
        floor: LIST_SQL,
      },
      {
        name: 'customers: search "华兴" (5 % of names)',
        url: `/api/v1/customers?q=${encodeURIComponent('华兴')}&limit=50`,
        cookie: executive,
        floor: searchSql(['华兴'], null),
      },
      {
        name: 'customers: search "华兴" by name (5 %)',
        url: `/api/v1/customers?q=${encodeURIComponent('华兴')}&sort=name&limit=50`,
        cookie: executive,
        floor: byNameSql('华兴'),
      },
      {
        name: 'customers: search "华兴机械" (0.8 %)',
        url: `/api/v1/customers?q=${encodeURIComponent('华兴机械')}&limit=50`,
        cookie: executive,
        floor: BEST_FOUR_CHARACTER_SQL,
      },
      {
        name: 'customers: search "闽兴" by name (clustered, 2.5 %)',
        url: `/api/v1/customers?q=${encodeURIComponent('闽兴')}&sort=name&limit=50`,
        cookie: executive,
        floor: byNameSql('闽兴'),
      },
      {
        name: 'customers: search "闽兴" in 福建省 by name (25 % there)',
        url: `/api/v1/customers?q=${encodeURIComponent('闽兴')}&province=${encodeURIComponent('福建省')}&sort=name&limit=50`,
        cookie: executive,
        floor: byNameSql('闽兴', '福建省'),
      },
      {
        name: 'customers: search "闽兴" in 浙江省 (0.05 % there)',
        url: `/api/v1/customers?q=${encodeURIComponent('闽兴')}&province=${encodeURIComponent('浙江省')}&limit=50`,
        cookie: executive,
        floor: searchSql(['闽兴'], null, { province: '浙江省' }),
      },
      // The same page twice: as the executive (full scope, nothing masked) and as marketing (scope 'none': every
      // row masked, owner and contact withheld). Their difference is marketing's scope path and the masking.
      {
        name: 'customers: list 浙江省 by name (executive)',
        url: `/api/v1/customers?province=${encodeURIComponent('浙江省')}&limit=50`,
        cookie: executive,
        floor: PROVINCE_LIST_SQL,
      },
      // The list's total, a request of its own since issue 13 (the page does not wait for it).
      {
        name: 'customers: count 浙江省 (total up to 10 000)',
        url: `/api/v1/customers/count?province=${encodeURIComponent('浙江省')}`,
        cookie: executive,
        floor: COUNT_SQL,
      },
      {
        name: 'customers: list 浙江省, masked (marketing scope)',
        url: `/api/v1/customers?province=${encodeURIComponent('浙江省')}&limit=50`,
        cookie: marketing,
        floor: PROVINCE_LIST_SQL,
      },
    ];
    const rows: ResultRow[] = [];
    for (const c of cases) {
      const probe = await fetch(`${baseUrl}${c.url}`, { headers: { cookie: c.cookie } });
      const body = (await probe.json()) as { items?: unknown[]; total?: number };
      if (probe.status !== 200 || !(body.items?.length || body.total))
        throw new Error(`${c.url} answered ${probe.status} with no rows`);
      context.log(`${c.name}: floor`);
      const floor = await measureLoop(() => c.floor.execute(db), {
        concurrency: 1,
        seconds: settings.seconds,
        warmupSeconds: Math.min(1, settings.warmupSeconds),
        maxCount: 200_000,
      });
      context.log(`${c.name}: application`);
      const app = await profiledHttpLoad(context, c.name, {
        url: `${baseUrl}${c.url}`,
        cookies: [c.cookie],
        connections: 1,
        seconds: settings.seconds,
        warmupSeconds: settings.warmupSeconds,
        maxRequests: 200_000,
      });
      rows.push({ workload: c.name, db: kind, concurrency: 1, app, floor, ratio: ratio(app, floor) });
      context.log(`${c.name}: application and floor alternated`);
      const [alternatedApp, alternatedFloor] = await alternatedLoop(
        () => getOnce(`${baseUrl}${c.url}`, c.cookie),
        () => c.floor.execute(db),
        { seconds: settings.seconds, warmupSeconds: Math.min(1, settings.warmupSeconds), maxCount: 100_000 },
      );
      rows.push({
        workload: `${c.name} (alternated)`,
        db: kind,
        concurrency: 1,
        app: { ...alternatedApp, non2xx: 0, errors: 0, timeouts: 0 },
        floor: alternatedFloor,
        ratio: ratio(alternatedApp, alternatedFloor),
      });
    }
    return rows;
  },
};
