import { type Kysely, sql } from 'kysely';
import { nameKeys } from '../../../domain/customers/pinyin.ts';

/**
 * Customer names in pinyin order (issue 13): each customer keeps a sort key made by the application
 * (domain/customers/pinyin.ts; PGlite has no ICU collation) compared byte by byte, and its name's pinyin
 * initials, which join the search grams so that "shzl" finds 上海中联 through the same GIN index. The list's
 * name-ordered indexes move to the key; existing rows are filled in here, a batch at a time.
 */
const BATCH = 5_000;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table customers add column name_sort text collate "C", add column name_initials text`.execute(
    db,
  );
  let after = 0;
  for (;;) {
    const { rows } = await sql<{ id: string | number; name: string }>`
      select id, name from customers where id > ${after} order by id limit ${BATCH}`.execute(db);
    if (rows.length === 0) break;
    const keys = rows.map((r) => nameKeys(r.name));
    await sql`update customers c set name_sort = v.sort_key, name_initials = v.initials
      from unnest(${rows.map((r) => Number(r.id))}::bigint[], ${keys.map((k) => k.sortKey)}::text[],
                  ${keys.map((k) => k.initials)}::text[]) as v(id, sort_key, initials)
     where c.id = v.id`.execute(db);
    after = Number(rows[rows.length - 1]?.id);
  }
  await sql`
    alter table customers alter column name_sort set not null, alter column name_initials set not null;
    alter table customers drop column search_grams;
    alter table customers add column search_grams text[] generated always as
      (hf_search_grams(name || '|' || coalesce(short_name, '') || '|' || code || '|' || name_initials)) stored;
    create index customers_grams_idx on customers using gin (search_grams);
    drop index customers_name_idx;
    drop index customers_tier_province_name_idx;
    drop index customers_owner_idx;
    drop index customers_agent_idx;
    create index customers_name_idx on customers (name_sort, id) where deleted_at is null;
    create index customers_tier_province_name_idx on customers (tier, province, name_sort, id) where deleted_at is null;
    create index customers_owner_idx on customers (owner_id, name_sort, id) where deleted_at is null;
    create index customers_agent_idx on customers (agent_id, name_sort, id) where deleted_at is null;
    analyze customers;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index customers_name_idx;
    drop index customers_tier_province_name_idx;
    drop index customers_owner_idx;
    drop index customers_agent_idx;
    create index customers_name_idx on customers (name, id) where deleted_at is null;
    create index customers_tier_province_name_idx on customers (tier, province, name, id) where deleted_at is null;
    create index customers_owner_idx on customers (owner_id, name, id) where deleted_at is null;
    create index customers_agent_idx on customers (agent_id) where deleted_at is null;
    alter table customers drop column search_grams;
    alter table customers add column search_grams text[] generated always as
      (hf_search_grams(name || '|' || coalesce(short_name, '') || '|' || code)) stored;
    create index customers_grams_idx on customers using gin (search_grams);
    alter table customers drop column name_sort, drop column name_initials;
  `.execute(db);
}
