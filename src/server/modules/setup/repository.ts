import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Above this many customers the checklist says "1000+": it only asks whether the archive has any. */
export const CUSTOMER_COUNT_CAP = 1000;

/** What the first-run checklist reads, in one round trip: each figure from the table that holds it. */
export async function setupFacts(db: Kysely<Database>) {
  const { rows } = await sql<{
    departments: number;
    departments_changed: boolean;
    business_users: number;
    importers: number;
    active_rules: number;
    presets: string[] | null;
    customers: number;
  }>`
    select
      (select count(*) from departments)::int as departments,
      -- The bootstrap creates the default tree; a created, renamed, moved or removed department means it was adapted.
      exists (select 1 from audit_events
               where action in ('departments.created', 'departments.updated', 'departments.deleted'))
        as departments_changed,
      (select count(*) from users u
        where u.status = 'active' and exists (select 1 from unnest(u.roles) r where r <> 'admin'))::int
        as business_users,
      (select count(*) from users u
        where u.status = 'active'
          and exists (select 1 from roles r where r.key = any(u.roles) and 'customers.import' = any(r.permissions)))::int
        as importers,
      (select count(*) from followup_rules where active)::int as active_rules,
      (select array_agg(distinct preset order by preset) from followup_rules where active and preset is not null)
        as presets,
      (select count(*) from (select 1 from customers
        where deleted_at is null and merged_into_id is null limit ${CUSTOMER_COUNT_CAP + 1}) c)::int as customers
  `.execute(db);
  return rows[0] as NonNullable<(typeof rows)[0]>;
}

/** The roles (as configured now) whose holders may import customers. */
export async function rolesWith(db: Kysely<Database>, permission: string) {
  return db
    .selectFrom('roles')
    .select(['key', 'name_zh', 'name_en'])
    .where(sql<boolean>`${permission} = any(permissions)`)
    .orderBy('key')
    .execute();
}
