import { type Kysely, sql } from 'kysely';

/**
 * Issue 13.10: a common term sorted by name. The GIN index on `search_grams` finds a term's matches but not in
 * name order, and a common term's matches sit together in pinyin order, so walking the name index reads
 * thousands of rows before the first hit. This table holds, for every live customer (not deleted, not merged),
 * each bigram of its stored search grams (name, short name, code and pinyin initials, lower-cased, spaces
 * removed: migrations 0002 and 0038) with the customer's name sort key, ordered by (gram, name_sort,
 * customer_id): one gram's customers in list order, read from any keyset position.
 *
 * Left out: single characters, bigrams across the '|' between the fields, and every bigram a code can hold
 * (kh, h0…h9, 00…99) — they are in every customer's grams. A term is read through its rarest other bigram
 * (domain/customers/search-grams.ts `nameGrams`); a term with none (kh00, 2024) keeps the search's other paths.
 *
 * Triggers keep it exact, so that imports, merges, renames and destruction cannot forget it: set-based
 * statement triggers on insert and delete (an import inserts a thousand rows a statement), a row trigger on
 * updates that change the grams, the sort key or whether the customer is live (its WHEN clause leaves every
 * other update alone). Old rows are found through the primary key from the old values, so
 * `hf_customer_name_grams` must never change without rebuilding the table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function hf_customer_name_grams(grams text[]) returns setof text
      language sql immutable parallel safe as $$
      select g from unnest(grams) g
       where char_length(g) = 2 and strpos(g, '|') = 0 and g !~ '^(kh|h[0-9]|[0-9][0-9])$'
    $$;

    create table customer_name_grams (
      gram text not null,
      name_sort text collate "C" not null,
      customer_id bigint not null
    );
    -- Filled before its key is built: one sort instead of a million scattered inserts.
    insert into customer_name_grams (gram, name_sort, customer_id)
    select g, c.name_sort, c.id from customers c, hf_customer_name_grams(c.search_grams) g
     where c.deleted_at is null and c.merged_into_id is null;
    alter table customer_name_grams add primary key (gram, name_sort, customer_id);
    analyze customer_name_grams;

    create function hf_customer_name_grams_inserted() returns trigger language plpgsql as $$
    begin
      insert into customer_name_grams (gram, name_sort, customer_id)
      select g, n.name_sort, n.id from new_rows n, hf_customer_name_grams(n.search_grams) g
       where n.deleted_at is null and n.merged_into_id is null;
      return null;
    end $$;

    create function hf_customer_name_grams_deleted() returns trigger language plpgsql as $$
    begin
      delete from customer_name_grams k using old_rows o, hf_customer_name_grams(o.search_grams) g
       where o.deleted_at is null and o.merged_into_id is null
         and k.gram = g and k.name_sort = o.name_sort and k.customer_id = o.id;
      return null;
    end $$;

    create function hf_customer_name_grams_updated() returns trigger language plpgsql as $$
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

    create trigger customers_name_grams_insert after insert on customers
      referencing new table as new_rows for each statement execute function hf_customer_name_grams_inserted();
    create trigger customers_name_grams_delete after delete on customers
      referencing old table as old_rows for each statement execute function hf_customer_name_grams_deleted();
    create trigger customers_name_grams_update
      after update of name, short_name, code, name_initials, name_sort, deleted_at, merged_into_id on customers
      for each row when (
        (old.search_grams, old.name_sort, old.deleted_at is null and old.merged_into_id is null)
        is distinct from
        (new.search_grams, new.name_sort, new.deleted_at is null and new.merged_into_id is null))
      execute function hf_customer_name_grams_updated();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop trigger customers_name_grams_insert on customers;
    drop trigger customers_name_grams_delete on customers;
    drop trigger customers_name_grams_update on customers;
    drop function hf_customer_name_grams_inserted();
    drop function hf_customer_name_grams_deleted();
    drop function hf_customer_name_grams_updated();
    drop table customer_name_grams;
    drop function hf_customer_name_grams(text[]);
  `.execute(db);
}
