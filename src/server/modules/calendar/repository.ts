import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

export interface AdminYearRow {
  year: number;
  holidays: string[];
  workdays: string[];
  note: string | null;
  updatedAt: Date;
  updatedByName: string | null;
}

/** Every year an admin has entered (a handful of rows). */
export function adminYears(db: Kysely<Database>): Promise<AdminYearRow[]> {
  return db
    .selectFrom('calendar_years as y')
    .leftJoin('users as u', 'u.id', 'y.updated_by')
    .select([
      'y.year',
      'y.holidays',
      'y.workdays',
      'y.note',
      'y.updated_at as updatedAt',
      'u.display_name as updatedByName',
    ])
    .orderBy('y.year')
    .execute();
}

export async function saveAdminYear(
  trx: Transaction<Database>,
  row: { year: number; holidays: string[]; workdays: string[]; note: string | null; userId: number },
): Promise<void> {
  const values = {
    holidays: JSON.stringify(row.holidays),
    workdays: JSON.stringify(row.workdays),
    note: row.note,
    updated_by: row.userId,
  };
  await trx
    .insertInto('calendar_years')
    .values({ year: row.year, ...values })
    .onConflict((oc) => oc.column('year').doUpdateSet({ ...values, updated_at: new Date() }))
    .execute();
}

/** Removes the admin's entry; true when there was one. */
export async function deleteAdminYear(trx: Transaction<Database>, year: number): Promise<boolean> {
  const result = await trx.deleteFrom('calendar_years').where('year', '=', year).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
