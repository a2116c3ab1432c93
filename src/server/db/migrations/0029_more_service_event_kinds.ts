import { type Kysely, sql } from 'kysely';

/** Inquiry calls, showroom visits, move-ins and handled emergencies are service events too (their presets' triggers). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table service_events drop constraint service_events_kind_check`.execute(db);
  await sql`alter table service_events add constraint service_events_kind_check check (kind in ('installation', 'repair',
    'maintenance', 'activity', 'sales_visit', 'deal', 'inquiry_call', 'showroom_visit', 'move_in', 'emergency_handled'))`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from service_events where kind in ('inquiry_call', 'showroom_visit', 'move_in', 'emergency_handled')`.execute(
    db,
  );
  await sql`alter table service_events drop constraint service_events_kind_check`.execute(db);
  await sql`alter table service_events add constraint service_events_kind_check
    check (kind in ('installation', 'repair', 'maintenance', 'activity', 'sales_visit', 'deal'))`.execute(db);
}
