import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

export async function insertPlan(
  trx: Transaction<Database>,
  values: { issueId: number; cycle: number; plan: string; submittedBy: number; at: Date },
): Promise<number> {
  const { id } = await trx
    .insertInto('issue_plans')
    .values({
      issue_id: values.issueId,
      cycle: values.cycle,
      plan: values.plan,
      submitted_by: values.submittedBy,
      submitted_at: values.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Plans with their issue's number, description and urgency (what the approver reads), by plan id. */
function plansFrom(db: Kysely<Database>) {
  return db
    .selectFrom('issue_plans as p')
    .innerJoin('issues as i', 'i.id', 'p.issue_id')
    .innerJoin('users as u', 'u.id', 'p.submitted_by')
    .select([
      'p.id',
      'p.issue_id',
      'p.cycle',
      'p.plan',
      'p.submitted_by',
      'u.display_name as submitted_by_name',
      'p.submitted_at',
      'i.number as issue_number',
      'i.description as issue_description',
      'i.urgency as issue_urgency',
      'i.cycle as issue_cycle',
    ]);
}

export type PlanRow = NonNullable<Awaited<ReturnType<typeof findPlan>>>;

export function findPlan(db: Kysely<Database>, id: number) {
  return plansFrom(db).where('p.id', '=', id).executeTakeFirst();
}

export function findPlans(db: Kysely<Database>, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return plansFrom(db).where('p.id', 'in', ids).execute();
}

/** Every plan of an issue, oldest first, with where its approval stands. */
export function plansOfIssue(db: Kysely<Database>, issueId: number) {
  return plansFrom(db).where('p.issue_id', '=', issueId).orderBy('p.id').execute();
}

/** The approval statuses of the issue's plans in one cycle (to tell pending from approved). */
export async function planStatuses(db: Kysely<Database>, issueId: number, cycle: number) {
  const rows = await db
    .selectFrom('issue_plans as p')
    .innerJoin('approvals as a', (join) =>
      join.onRef('a.subject_id', '=', 'p.id').on('a.workflow', '=', 'issue_plan'),
    )
    .select(['p.id', 'a.status'])
    .where('p.issue_id', '=', issueId)
    .where('p.cycle', '=', cycle)
    .orderBy('p.id')
    .execute();
  return rows.map((r) => r.status);
}
