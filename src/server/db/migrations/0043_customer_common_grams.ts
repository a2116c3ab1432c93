import { type Kysely, sql } from 'kysely';

/**
 * Issue 13.10 (import speed): the ordered name grams (migration 0040) held every bigram of every customer, about
 * twenty index entries per customer, which roughly doubled the cost of inserting customers. A bigram only needs
 * its ordered list when a term can match more customers than a look-up collects (1 000); a rarer bigram's
 * matches are looked up through the GIN index and sorted. So the table now keeps only the bigrams named in
 * `customer_common_grams`: those held by at least 500 live customers when they were last counted (the job
 * `common-name-grams`, and each import as it finishes, add the ones that have grown common since).
 *
 * The set only grows: a search reads it and the ordered list in separate statements, and a gram that left the
 * set could be read half-deleted. A gram not (yet) in the set is searched the way it was before 0040 (walking
 * the name index), which is slower for a common term but gives the same rows.
 *
 * Deleting and updating still remove every bigram of the old values: a gram added to the set after the customer
 * was written has rows for it too (its backfill), and deleting a key that is not there costs one index probe.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table customer_common_grams (
      gram text primary key,
      added_at timestamptz not null default now()
    );
    insert into customer_common_grams (gram)
    select g from customers c, hf_customer_name_grams(c.search_grams) g
     where c.deleted_at is null and c.merged_into_id is null
     group by g having count(*) >= 500;
    delete from customer_name_grams k
     where not exists (select 1 from customer_common_grams s where s.gram = k.gram);
    analyze customer_name_grams;

    create or replace function hf_customer_name_grams_inserted() returns trigger language plpgsql as $$
    begin
      insert into customer_name_grams (gram, name_sort, customer_id)
      select g, n.name_sort, n.id from new_rows n, hf_customer_name_grams(n.search_grams) g
       where n.deleted_at is null and n.merged_into_id is null
         and exists (select 1 from customer_common_grams s where s.gram = g);
      return null;
    end $$;

    create or replace function hf_customer_name_grams_updated() returns trigger language plpgsql as $$
    begin
      if old.deleted_at is null and old.merged_into_id is null then
        delete from customer_name_grams k using hf_customer_name_grams(old.search_grams) g
         where k.gram = g and k.name_sort = old.name_sort and k.customer_id = old.id;
      end if;
      if new.deleted_at is null and new.merged_into_id is null then
        insert into customer_name_grams (gram, name_sort, customer_id)
        select g, new.name_sort, new.id from hf_customer_name_grams(new.search_grams) g
         where exists (select 1 from customer_common_grams s where s.gram = g);
      end if;
      return null;
    end $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function hf_customer_name_grams_inserted() returns trigger language plpgsql as $$
    begin
      insert into customer_name_grams (gram, name_sort, customer_id)
      select g, n.name_sort, n.id from new_rows n, hf_customer_name_grams(n.search_grams) g
       where n.deleted_at is null and n.merged_into_id is null;
      return null;
    end $$;

    create or replace function hf_customer_name_grams_updated() returns trigger language plpgsql as $$
    begin
      if old.deleted_at is null and old.merged_into_id is null then
        delete from customer_name_grams k using hf_customer_name_grams(old.search_grams) g
         where k.gram = g and k.name_sort = old.name_sort and k.customer_id = old.id;
      end if;
      if new.deleted_at is null and new.merged_into_id is null then
        insert into customer_name_grams (gram, name_sort, customer_id)
        select g, new.name_sort, new.id from hf_customer_name_grams(new.search_grams) g;
      end if;
      return null;
    end $$;

    insert into customer_name_grams (gram, name_sort, customer_id)
    select g, c.name_sort, c.id from customers c, hf_customer_name_grams(c.search_grams) g
     where c.deleted_at is null and c.merged_into_id is null
    on conflict do nothing;
    drop table customer_common_grams;
  `.execute(db);
}
