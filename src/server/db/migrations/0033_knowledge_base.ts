import { type Kysely, sql } from 'kysely';

/**
 * 知识库 (SPEC §4): articles made from resolved issues' solutions, and典型案例 for case meetings. Articles and
 * issues keep their search terms (jieba's words) in an array with a GIN index: the same search on PGlite and
 * PostgreSQL, which has no Chinese text-search parser of its own. Issues registered before this migration have
 * no terms until they are edited.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table kb_articles (
      id bigint generated always as identity primary key,
      title text not null,
      problem text not null,
      solution text not null,
      category text,
      typical_case boolean not null default false,
      source_issue_id bigint references issues (id) on delete set null,
      terms text[] not null,
      created_by bigint not null references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1
    );
    create index kb_articles_terms_idx on kb_articles using gin (terms);
    create index kb_articles_created_idx on kb_articles (created_at desc, id desc);
    create index kb_articles_source_idx on kb_articles (source_issue_id) where source_issue_id is not null;

    alter table issues add column terms text[] not null default '{}';
    create index issues_terms_idx on issues using gin (terms);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index issues_terms_idx; alter table issues drop column terms; drop table kb_articles;`.execute(
    db,
  );
}
