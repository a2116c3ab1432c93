import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Analysts and marketing list customers masked; they have no full-view scope of their own.
    update roles set data_scope = 'none' where key in ('analyst', 'marketing') and data_scope = 'all';

    create table settings (
      key text primary key,
      value jsonb not null,
      updated_at timestamptz not null default now(),
      updated_by bigint references users(id)
    );

    -- Every 1- and 2-character piece of the text, lower-cased, spaces removed (domain/customers/search-grams.ts).
    create function hf_search_grams(t text) returns text[] language sql immutable parallel safe as $$
      with s as (select regexp_replace(lower(coalesce(t, '')), '\\s+', '', 'g') as v)
      select coalesce(array_agg(distinct g), '{}') from (
        select substr(s.v, i, 1) as g from s, generate_series(1, char_length(s.v)) i
        union all
        select substr(s.v, i, 2) from s, generate_series(1, char_length(s.v) - 1) i
      ) grams
    $$;

    create sequence customer_code_seq;
    -- KH + at least 4 digits; lpad alone would cut KH10000 to KH1000.
    create function hf_next_customer_code() returns text language sql volatile as $$
      select 'KH' || case when n < 10000 then lpad(n::text, 4, '0') else n::text end
      from (select nextval('customer_code_seq') as n) s
    $$;

    create table customers (
      id bigint generated always as identity primary key,
      code text not null default hf_next_customer_code() unique,
      name text not null check (length(name) between 1 and 200),
      name_key text not null,
      short_name text,
      kind text not null default 'enterprise' check (kind in ('enterprise', 'individual', 'franchisee', 'wholesale')),
      industry text,
      province text,
      city text,
      district text,
      address text,
      founded_on date,
      employees integer check (employees >= 0),
      annual_revenue numeric(16, 2),
      source text,
      first_cooperation_on date,
      annual_amount numeric(16, 2) not null default 0,
      products text,
      cooperation_frequency text,
      membership_no text,
      anniversary_on date,
      id_number_enc text,
      id_number_hash text,
      id_number_masked text,
      tags text[] not null default '{}',
      need_type text,
      tier text not null default 'C' check (tier in ('A', 'B', 'C', 'D')),
      score numeric(5, 1),
      prospects smallint check (prospects between 0 and 10),
      status text not null default 'prospect' check (status in ('prospect', 'active', 'lost')),
      lost_reason text,
      lost_on date,
      owner_id bigint references users(id),
      agent_id bigint references users(id),
      do_not_contact boolean not null default false,
      dnc_reason text,
      dnc_set_at timestamptz,
      dnc_set_by bigint references users(id),
      preferred_method text,
      preferred_channel text,
      preferred_window text,
      remark text,
      verified_at timestamptz,
      merged_into_id bigint references customers(id),
      deleted_at timestamptz,
      created_by bigint references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1,
      search_grams text[] generated always as (hf_search_grams(name || '|' || coalesce(short_name, '') || '|' || code)) stored,
      constraint customers_lost_needs_reason check (status <> 'lost' or (lost_reason is not null and lost_on is not null))
    );
    create index customers_tier_province_name_idx on customers (tier, province, name, id) where deleted_at is null;
    create index customers_name_idx on customers (name, id) where deleted_at is null;
    create index customers_name_key_idx on customers (name_key) where deleted_at is null;
    create index customers_owner_idx on customers (owner_id, name, id) where deleted_at is null;
    create index customers_agent_idx on customers (agent_id) where deleted_at is null;
    create index customers_status_idx on customers (status) where deleted_at is null;
    create index customers_industry_idx on customers (industry) where deleted_at is null;
    create index customers_verified_idx on customers (verified_at) where deleted_at is null;
    create index customers_tags_idx on customers using gin (tags);
    create index customers_grams_idx on customers using gin (search_grams);
    create index customers_id_number_idx on customers (id_number_hash) where id_number_hash is not null;
    create index customers_merged_idx on customers (merged_into_id) where merged_into_id is not null;

    create table contacts (
      id bigint generated always as identity primary key,
      customer_id bigint not null references customers(id),
      name text not null,
      position text,
      role_kind text check (role_kind in ('equipment', 'technical', 'admin', 'user', 'business')),
      mobile_enc text,
      mobile_hash text,
      mobile_masked text,
      phone text,
      email text,
      qq text,
      wechat text,
      is_primary boolean not null default false,
      deleted_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1,
      search_grams text[] generated always as (hf_search_grams(name)) stored
    );
    create index contacts_customer_idx on contacts (customer_id) where deleted_at is null;
    create index contacts_mobile_hash_idx on contacts (mobile_hash) where deleted_at is null;
    create index contacts_grams_idx on contacts using gin (search_grams);
    create unique index contacts_one_primary_uq on contacts (customer_id) where is_primary and deleted_at is null;

    create table transactions (
      id bigint generated always as identity primary key,
      customer_id bigint not null references customers(id),
      kind text not null default 'sale' check (kind in ('sale', 'return')),
      occurred_on date not null,
      amount numeric(16, 2) not null check (amount >= 0),
      quantity integer not null default 1 check (quantity >= 0),
      product_class text check (product_class in ('A', 'B', 'C', 'past')),
      product text,
      due_on date,
      paid_on date,
      created_by bigint references users(id),
      created_at timestamptz not null default now()
    );
    create index transactions_customer_idx on transactions (customer_id, occurred_on desc);

    create table contracts (
      id bigint generated always as identity primary key,
      customer_id bigint not null references customers(id),
      contract_no text,
      title text not null,
      amount numeric(16, 2),
      starts_on date not null,
      ends_on date not null check (ends_on >= starts_on),
      created_by bigint references users(id),
      created_at timestamptz not null default now()
    );
    create index contracts_customer_idx on contracts (customer_id);
    create index contracts_ends_idx on contracts (ends_on);

    create table service_events (
      id bigint generated always as identity primary key,
      customer_id bigint not null references customers(id),
      kind text not null check (kind in ('installation', 'repair', 'maintenance', 'activity', 'sales_visit', 'deal')),
      occurred_at timestamptz not null,
      product text,
      summary text,
      staff_id bigint references users(id),
      created_by bigint references users(id),
      created_at timestamptz not null default now()
    );
    create index service_events_customer_idx on service_events (customer_id, occurred_at desc);

    create table customer_tier_history (
      id bigint generated always as identity primary key,
      customer_id bigint not null references customers(id),
      from_tier text,
      to_tier text not null,
      reason text not null,
      changed_by bigint references users(id),
      changed_at timestamptz not null default now()
    );
    create index customer_tier_history_customer_idx on customer_tier_history (customer_id, changed_at desc);

    create table access_requests (
      id bigint generated always as identity primary key,
      requester_id bigint not null references users(id),
      customer_ids bigint[] not null,
      level text not null check (level in ('secret', 'confidential', 'top_secret')),
      purpose text not null,
      reason text not null,
      duration_days integer not null check (duration_days between 1 and 365),
      status text not null default 'pending' check (status in ('pending', 'approved', 'rejected', 'revoked')),
      decided_by bigint references users(id),
      decided_at timestamptz,
      decision_comment text,
      expires_at timestamptz,
      created_at timestamptz not null default now()
    );
    create index access_requests_requester_idx on access_requests (requester_id, status, expires_at);
    create index access_requests_status_idx on access_requests (status, created_at desc);
    create index access_requests_customers_idx on access_requests using gin (customer_ids);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table access_requests; drop table customer_tier_history; drop table service_events; drop table contracts;
    drop table transactions; drop table contacts; drop table customers; drop sequence customer_code_seq;
    drop function hf_next_customer_code(); drop function hf_search_grams(text); drop table settings;
  `.execute(db);
}
