import { type Kysely, sql } from 'kysely';

/**
 * Attachments on issues (SPEC §4: "the reply is attached"): the file lives under the attachments directory at
 * `storage_key`, a path the server makes up (never the uploader's file name, which is kept only as text). An
 * issue's rows go with it (a destruction deletes its issues); the timeline gains the two kinds that record an
 * upload and a removal.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table issue_attachments (
      id bigint generated always as identity primary key,
      issue_id bigint not null references issues (id) on delete cascade,
      file_name text not null,
      content_type text not null,
      size_bytes bigint not null check (size_bytes > 0),
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      storage_key text not null unique,
      uploaded_by bigint not null references users (id),
      uploaded_at timestamptz not null default now()
    );
    create index issue_attachments_issue_idx on issue_attachments (issue_id, uploaded_at, id);

    alter table issue_events drop constraint issue_events_kind_check;
    alter table issue_events add constraint issue_events_kind_check check (kind in ('registered', 'moved',
      'progress', 'edited', 'paused', 'resumed', 'notified', 'escalation', 'revisit_planned', 'revisit_answered',
      'duplicate_linked', 'letter', 'attachment_added', 'attachment_removed'));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    delete from issue_events where kind in ('attachment_added', 'attachment_removed');
    alter table issue_events drop constraint issue_events_kind_check;
    alter table issue_events add constraint issue_events_kind_check check (kind in ('registered', 'moved',
      'progress', 'edited', 'paused', 'resumed', 'notified', 'escalation', 'revisit_planned', 'revisit_answered',
      'duplicate_linked', 'letter'));
    drop table issue_attachments;
  `.execute(db);
}
