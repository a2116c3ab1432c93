import { type Kysely, sql } from 'kysely';

/**
 * A contact's birthday (联系人生日): the 生日祝福 rules greet on it. Each generation run looks for the birthdays of
 * the coming days by month and day, as for anniversaries (0026), not by a scan.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table contacts add column birthday date`.execute(db);
  await sql`create index contacts_birthday_day_idx
    on contacts ((extract(month from birthday) * 100 + extract(day from birthday)))
    where birthday is not null and deleted_at is null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index contacts_birthday_day_idx`.execute(db);
  await sql`alter table contacts drop column birthday`.execute(db);
}
