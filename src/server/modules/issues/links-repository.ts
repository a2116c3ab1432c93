import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** The reports linked to an issue as duplicates of it. */
export function duplicatesOf(db: Kysely<Database>, issueId: number) {
  return db
    .selectFrom('issues as i')
    .leftJoin('customers as c', 'c.id', 'i.customer_id')
    .select(['i.id', 'i.number', 'i.channel', 'i.raised_at', 'c.name as customer_name'])
    .where('i.duplicate_of_id', '=', issueId)
    .orderBy('i.raised_at')
    .execute();
}

export function numberOf(db: Kysely<Database>, issueId: number) {
  return db.selectFrom('issues').select(['id', 'number']).where('id', '=', issueId).executeTakeFirst();
}

export async function insertLetter(
  trx: Transaction<Database>,
  letter: { title: string; body: string; createdBy: number },
  issueIds: number[],
) {
  const { id } = await trx
    .insertInto('open_letters')
    .values({ title: letter.title, body: letter.body, created_by: letter.createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('open_letter_issues')
    .values(issueIds.map((issueId) => ({ letter_id: id, issue_id: issueId })))
    .execute();
  return id;
}

/** The open letters that answer an issue. */
export function lettersOf(db: Kysely<Database>, issueId: number) {
  return db
    .selectFrom('open_letter_issues as li')
    .innerJoin('open_letters as l', 'l.id', 'li.letter_id')
    .innerJoin('users as u', 'u.id', 'l.created_by')
    .select([
      'l.id',
      'l.title',
      'l.body',
      'l.created_at',
      'u.display_name as created_by_name',
      (eb) =>
        eb
          .selectFrom('open_letter_issues as n')
          .select((c) => c.fn.countAll<string>().as('n'))
          .whereRef('n.letter_id', '=', 'l.id')
          .as('issue_count'),
    ])
    .where('li.issue_id', '=', issueId)
    .orderBy('l.id')
    .execute();
}
