import { type Kysely, sql } from 'kysely';

/**
 * Duplicate reports and open letters (SPEC §4): a report of a problem already registered is linked to that issue
 * (and set aside, counted once); an open letter (公开信) answers many issues at once and is kept with each.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table issues add column duplicate_of_id bigint references issues (id);
    create index issues_duplicate_of_idx on issues (duplicate_of_id) where duplicate_of_id is not null;

    create table open_letters (
      id bigint generated always as identity primary key,
      title text not null,
      body text not null,
      created_by bigint not null references users (id),
      created_at timestamptz not null default now()
    );
    create table open_letter_issues (
      letter_id bigint not null references open_letters (id),
      issue_id bigint not null references issues (id),
      primary key (letter_id, issue_id)
    );
    create index open_letter_issues_issue_idx on open_letter_issues (issue_id);

    alter table issue_events drop constraint issue_events_kind_check;
    alter table issue_events add constraint issue_events_kind_check check (kind in ('registered', 'moved',
      'progress', 'edited', 'paused', 'resumed', 'notified', 'escalation', 'revisit_planned', 'revisit_answered',
      'duplicate_linked', 'letter'));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table open_letter_issues; drop table open_letters;
    drop index issues_duplicate_of_idx; alter table issues drop column duplicate_of_id;
  `.execute(db);
}
