import { type Kysely, sql } from 'kysely';

/**
 * 回访规则 (SPEC §3.2), versioned: editing a rule adds a version, and tasks keep the version that made them.
 * Rules installed from an industry preset remember the preset and the rule's key in it, so installing twice
 * adds nothing. The administrator keeps the rules (SPEC §1: users, roles, rules, settings).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table followup_rules (
      id bigint generated always as identity primary key,
      preset text,
      preset_rule text,
      version integer not null default 1,
      active boolean not null default false,
      created_by bigint references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (preset, preset_rule)
    );
    create table followup_rule_versions (
      rule_id bigint not null references followup_rules (id),
      version integer not null,
      definition jsonb not null,
      created_by bigint references users (id),
      created_at timestamptz not null default now(),
      primary key (rule_id, version)
    );
    update roles set permissions = array_append(permissions, 'followups.rules')
      where key = 'admin' and not ('followups.rules' = any (permissions));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table followup_rule_versions;
    drop table followup_rules;
    update roles set permissions = array_remove(permissions, 'followups.rules') where key = 'admin';
  `.execute(db);
}
