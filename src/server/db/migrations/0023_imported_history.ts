import { type Kysely, sql } from 'kysely';

/**
 * The history import of the 总表 (issue 11): a customer's imported last contact is one record, and its open
 * problem one issue request, however often the sheet is imported — `on conflict do nothing` on these indexes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create unique index followup_records_imported_idx on followup_records (customer_id, contacted_at) where imported;
    create unique index followup_events_imported_issue_idx on followup_events (customer_id, ref_id)
      where kind = 'issue_requested' and ref_type = 'import';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index followup_events_imported_issue_idx; drop index followup_records_imported_idx;`.execute(
    db,
  );
}
