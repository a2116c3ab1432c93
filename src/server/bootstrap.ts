import { type Kysely, sql } from 'kysely';
import { DEFAULT_DEPARTMENTS } from '../domain/departments.ts';
import { randomPassword } from '../domain/passwords.ts';
import { DEFAULT_ROLES } from '../domain/roles.ts';
import type { Database } from './db/schema.ts';
import { recordAudit } from './modules/audit/service.ts';
import { hashPassword } from './security/secrets.ts';

// Two instances starting on one empty database must create one organisation, not two.
const BOOTSTRAP_LOCK = 7_262_002;

export interface BootstrapResult {
  /** Set only when this start created the admin with a generated password, to print once. */
  generatedAdminPassword?: string;
  createdOrganisation: boolean;
}

/** Built-in roles always exist (new ones appear on upgrade; an admin's permission edits are kept). */
async function ensureRoles(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('roles')
    .values(
      DEFAULT_ROLES.map((r) => ({
        key: r.key,
        name_zh: r.nameZh,
        name_en: r.nameEn,
        data_scope: r.dataScope,
        permissions: r.permissions,
      })),
    )
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}

/** On an empty database: the default departments and an `admin` user. */
export async function bootstrap(
  db: Kysely<Database>,
  adminPassword: string | undefined,
): Promise<BootstrapResult> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${BOOTSTRAP_LOCK})`.execute(trx);
    await ensureRoles(trx);
    const anyUser = await trx.selectFrom('users').select('id').limit(1).executeTakeFirst();
    if (anyUser) return { createdOrganisation: false };

    const departments = await trx
      .insertInto('departments')
      .values(DEFAULT_DEPARTMENTS.map((name, i) => ({ name, sort_order: i })))
      .returning(['id', 'name'])
      .execute();
    const office = departments.find((d) => d.name === '总经理办公室');
    const password = adminPassword ?? randomPassword();
    const admin = await trx
      .insertInto('users')
      .values({
        username: 'admin',
        display_name: '系统管理员',
        password_hash: await hashPassword(password),
        department_id: office?.id ?? null,
        roles: ['admin'],
        must_change_password: adminPassword === undefined,
      })
      .returning(['id', 'display_name'])
      .executeTakeFirstOrThrow();
    await recordAudit(
      trx,
      { actor: null, ip: null },
      'system.bootstrap',
      { type: 'user', id: admin.id },
      {
        departments: departments.length,
        adminPasswordFromEnvironment: adminPassword !== undefined,
      },
    );
    return {
      createdOrganisation: true,
      generatedAdminPassword: adminPassword === undefined ? password : undefined,
    };
  });
}
