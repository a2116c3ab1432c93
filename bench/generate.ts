/**
 * Generates a realistic zh-CN organisation on top of a bootstrapped database: a department tree
 * (the default divisions → regional centres such as 华东销售中心 → teams such as 华东销售一部), users with
 * Chinese names and a realistic mix of roles and reporting lines, and signed-in sessions for a sample of them.
 *
 * Everything is inserted set-based (INSERT … SELECT FROM unnest(…) in batches), in one transaction.
 * All users share one password, hashed once. Session cookies are returned in memory only.
 *
 * As a command: tsx bench/generate.ts --users 10000 --departments 200 [--sessions 2000] [--seed 1]
 * on DATABASE_URL, or else on PGlite under DATA_DIR (default ./data-bench).
 */
import { createHash, randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../src/server/db/schema.ts';
import { hashPassword } from '../src/server/security/secrets.ts';
import { chineseNumber, DIVISIONS, GIVEN_CHARS, MOBILE_PREFIXES, REGIONS, SURNAMES } from './names.ts';

export interface GenerateOptions {
  users: number;
  departments: number;
  sessions: number;
  seed: number;
  /** Every generated user's password. */
  password?: string;
  /** Lifetime of the generated sessions. */
  sessionTtlHours?: number;
}

export interface GeneratedOrganisation {
  departments: number;
  users: number;
  usersByRole: Record<string, number>;
  disabledUsers: number;
  /** Cookie values (`huifang_session`) of the generated sessions; only their SHA-256 is stored. */
  sessionSecrets: string[];
  password: string;
  seconds: number;
}

export const BENCH_PASSWORD = 'Bench12345';
const BATCH = 2000;
const MAX_USERS = 1_000_000;
const MAX_DEPARTMENTS = 20_000;

/** Small, fast, seeded PRNG (mulberry32): the same seed gives the same organisation. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Splits `total` into parts proportional to `weights` (largest remainder), each at least `min`. */
export function apportion(total: number, weights: readonly number[], min = 0): number[] {
  const base = weights.map(() => min);
  const rest = total - min * weights.length;
  if (rest < 0) throw new Error(`cannot split ${total} into ${weights.length} parts of at least ${min}`);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (rest * w) / sum);
  const parts = exact.map((x, i) => (base[i] as number) + Math.floor(x));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) {
    const i = (order[k] as readonly [number, number])[1];
    parts[i] = (parts[i] as number) + 1;
  }
  return parts;
}

interface PlannedDepartment {
  name: string;
  /** An existing department id, or the index of a planned centre. */
  parent: { id: number } | { centre: number };
  division: number;
}

interface PlannedUser {
  username: string;
  displayName: string;
  department: { id: number } | { centre: number } | { team: number };
  /** Index into the planned users, or none. */
  supervisor: number | null;
  roles: string[];
  status: 'active' | 'disabled';
  email: string;
  phone: string;
  depth: number;
}

class NameMaker {
  private readonly taken = new Map<string, number>();
  private readonly surnameWeights: number[];
  private readonly surnameTotal: number;

  constructor(private readonly random: () => number) {
    // Roughly Zipf: 王, 李, 张 are far more common than 诸葛.
    this.surnameWeights = SURNAMES.map((_, i) => 1 / (i + 1) ** 0.9);
    this.surnameTotal = this.surnameWeights.reduce((a, b) => a + b, 0);
  }

  private surname(): readonly [string, string] {
    let x = this.random() * this.surnameTotal;
    for (let i = 0; i < SURNAMES.length; i++) {
      x -= this.surnameWeights[i] as number;
      if (x <= 0) return SURNAMES[i] as readonly [string, string];
    }
    return SURNAMES[0] as readonly [string, string];
  }

  next(): { username: string; displayName: string } {
    const [family, familyPinyin] = this.surname();
    const first = pick(this.random, GIVEN_CHARS);
    const parts = this.random() < 0.7 ? [first, pick(this.random, GIVEN_CHARS)] : [first];
    const displayName = family + parts.map((p) => p[0]).join('');
    const base = familyPinyin + parts.map((p) => p[1]).join('');
    const seen = (this.taken.get(base) ?? 0) + 1;
    this.taken.set(base, seen);
    return { username: seen === 1 ? base : `${base}${seen}`, displayName };
  }
}

function phone(random: () => number): string {
  return pick(random, MOBILE_PREFIXES) + String(Math.floor(random() * 1e8)).padStart(8, '0');
}

export function validateGenerateOptions(options: GenerateOptions): void {
  const { users, departments, sessions } = options;
  const minDepartments = DIVISIONS.length * 2;
  if (!Number.isInteger(departments) || departments < minDepartments || departments > MAX_DEPARTMENTS) {
    throw new Error(`--departments must be an integer from ${minDepartments} to ${MAX_DEPARTMENTS}`);
  }
  // Every department needs its manager or supervisor, and every team at least one member.
  const minUsers = departments * 2 + 20;
  if (!Number.isInteger(users) || users < minUsers || users > MAX_USERS) {
    throw new Error(
      `--users must be an integer from ${minUsers} (for ${departments} departments) to ${MAX_USERS}`,
    );
  }
  if (!Number.isInteger(sessions) || sessions < 1 || sessions > users) {
    throw new Error('--sessions must be an integer from 1 to the number of users');
  }
}

/** Plans centres and teams under the bootstrapped divisions. */
function planDepartments(total: number, divisionIds: number[], random: () => number) {
  const maxCentres = DIVISIONS.length * REGIONS.length;
  const centreCount = Math.min(maxCentres, Math.max(DIVISIONS.length, Math.round(total * 0.15)));
  const shares = DIVISIONS.map((d) => d.share);
  const centresPerDivision = apportion(centreCount, shares, 1).map((n) => Math.min(n, REGIONS.length));
  const centres: PlannedDepartment[] = [];
  DIVISIONS.forEach((plan, division) => {
    for (let r = 0; r < (centresPerDivision[division] as number); r++) {
      centres.push({
        name: `${REGIONS[r]}${plan.centre}`,
        parent: { id: divisionIds[division] as number },
        division,
      });
    }
  });
  const teamsPerDivision = apportion(
    total - centres.length,
    DIVISIONS.map((_, i) => (shares[i] as number) * 10 + (centresPerDivision[i] as number)),
    centresPerDivision.reduce((a, b) => Math.max(a, b), 1),
  );
  const teams: PlannedDepartment[] = [];
  DIVISIONS.forEach((plan, division) => {
    const own = centres.map((c, i) => [c, i] as const).filter(([c]) => c.division === division);
    const counts = apportion(
      teamsPerDivision[division] as number,
      own.map(() => 0.7 + random() * 0.6),
      1,
    );
    own.forEach(([, centreIndex], k) => {
      const region = REGIONS[k] as string;
      for (let n = 1; n <= (counts[k] as number); n++) {
        teams.push({
          name: `${region}${plan.team}${chineseNumber(n)}${plan.teamSuffix}`,
          parent: { centre: centreIndex },
          division,
        });
      }
    });
  });
  return { centres, teams };
}

function planUsers(
  total: number,
  centres: PlannedDepartment[],
  teams: PlannedDepartment[],
  divisionIds: number[],
  officeId: number,
  random: () => number,
): PlannedUser[] {
  const names = new NameMaker(random);
  const users: PlannedUser[] = [];
  const add = (
    department: PlannedUser['department'],
    supervisor: number | null,
    roles: string[],
    depth: number,
    status: PlannedUser['status'] = 'active',
  ): number => {
    const { username, displayName } = names.next();
    users.push({
      username,
      displayName,
      department,
      supervisor,
      roles,
      status,
      email: `${username}@huifang.example.cn`,
      phone: phone(random),
      depth,
    });
    return users.length - 1;
  };

  const executives: number[] = [];
  const executiveCount = Math.min(10, Math.max(2, Math.round(total / 2500)));
  for (let i = 0; i < executiveCount; i++) executives.push(add({ id: officeId }, null, ['executive'], 0));
  const techIndex = DIVISIONS.findIndex((d) => d.division === '技术部');
  for (let i = 0; i < 2; i++) add({ id: divisionIds[techIndex] as number }, null, ['admin'], 0);
  const analystCount = Math.max(1, Math.round(total * 0.004));
  for (let i = 0; i < analystCount; i++) add({ id: officeId }, executives[0] as number, ['analyst'], 1);

  const divisionHeads = DIVISIONS.map((_, d) =>
    add({ id: divisionIds[d] as number }, pick(random, executives), ['dept_manager'], 1),
  );
  const centreManagers = centres.map((c, i) =>
    add({ centre: i }, divisionHeads[c.division] as number, ['dept_manager'], 2),
  );
  const supervisors = teams.map((t, i) => {
    const parent = t.parent as { centre: number };
    // Some supervisors also run their team's reports.
    const roles = random() < 0.1 ? ['supervisor', 'analyst'] : ['supervisor'];
    return add({ team: i }, centreManagers[parent.centre] as number, roles, 3);
  });

  const staff = total - users.length;
  if (staff < teams.length) throw new Error('not enough users for one member per team');
  const teamWeights = teams.map((t) => (DIVISIONS[t.division]?.share ?? 0.1) * (0.6 + random() * 0.8));
  const perTeam = apportion(staff, teamWeights, 1);
  teams.forEach((t, i) => {
    const plan = DIVISIONS[t.division];
    if (!plan) return;
    for (let k = 0; k < (perTeam[i] as number); k++) {
      const role = random() < plan.altShare ? plan.altRole : plan.staffRole;
      // A few agents also handle their own accounts.
      const roles = role === 'agent' && random() < 0.04 ? ['agent', 'account_manager'] : [role];
      const status = random() < 0.02 ? 'disabled' : 'active';
      add({ team: i }, supervisors[i] as number, roles, 4, status);
    }
  });
  return users;
}

async function insertDepartments(
  trx: Transaction<Database>,
  rows: { name: string; parentId: number; sortOrder: number }[],
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const inserted = await sql<{ id: number; name: string; parent_id: number }>`
      insert into departments (name, parent_id, sort_order)
      select t.name, t.parent_id, t.sort_order
      from unnest(${batch.map((r) => r.name)}::text[], ${batch.map((r) => r.parentId)}::bigint[],
                  ${batch.map((r) => r.sortOrder)}::int[]) as t(name, parent_id, sort_order)
      returning id, name, parent_id`.execute(trx);
    for (const row of inserted.rows) ids.set(`${row.parent_id}/${row.name}`, Number(row.id));
  }
  return ids;
}

async function insertUsers(
  trx: Transaction<Database>,
  users: PlannedUser[],
  departmentOf: (u: PlannedUser) => number,
  passwordHash: string,
): Promise<number[]> {
  const ids: number[] = new Array(users.length).fill(0);
  const byUsername = new Map(users.map((u, i) => [u.username, i]));
  // Managers first, so every supervisor_id refers to a row that already exists.
  const maxDepth = users.reduce((m, u) => Math.max(m, u.depth), 0);
  for (let depth = 0; depth <= maxDepth; depth++) {
    const layer = users.filter((u) => u.depth === depth);
    for (let start = 0; start < layer.length; start += BATCH) {
      const batch = layer.slice(start, start + BATCH);
      const supervisorIds = batch.map((u) => (u.supervisor === null ? null : (ids[u.supervisor] as number)));
      const inserted = await sql<{ id: number; username: string }>`
        insert into users (username, display_name, password_hash, department_id, supervisor_id, roles, status,
                           email, phone)
        select t.username, t.display_name, ${passwordHash}, t.department_id, t.supervisor_id,
               string_to_array(t.roles, ','), t.status, t.email, t.phone
        from unnest(${batch.map((u) => u.username)}::text[], ${batch.map((u) => u.displayName)}::text[],
                    ${batch.map(departmentOf)}::bigint[], ${supervisorIds}::bigint[],
                    ${batch.map((u) => u.roles.join(','))}::text[], ${batch.map((u) => u.status)}::text[],
                    ${batch.map((u) => u.email)}::text[], ${batch.map((u) => u.phone)}::text[])
          as t(username, display_name, department_id, supervisor_id, roles, status, email, phone)
        returning id, username`.execute(trx);
      for (const row of inserted.rows) ids[byUsername.get(row.username) as number] = Number(row.id);
    }
  }
  return ids;
}

async function insertSessions(
  trx: Transaction<Database>,
  userIds: number[],
  ttlHours: number,
): Promise<string[]> {
  const secrets: string[] = [];
  for (let start = 0; start < userIds.length; start += BATCH) {
    const batch = userIds.slice(start, start + BATCH);
    const batchSecrets = batch.map(() => randomBytes(32).toString('base64url'));
    const hashes = batchSecrets.map((s) => createHash('sha256').update(s).digest('hex'));
    await sql`
      insert into sessions (id, user_id, expires_at, ip, user_agent)
      select t.id, t.user_id, now() + make_interval(hours => ${ttlHours}), '127.0.0.1', 'huifang-bench'
      from unnest(${hashes}::text[], ${batch}::bigint[]) as t(id, user_id)`.execute(trx);
    secrets.push(...batchSecrets);
  }
  return secrets;
}

/** Adds the generated organisation to a migrated, bootstrapped database (in one transaction). */
export async function generateOrganisation(
  db: Kysely<Database>,
  options: GenerateOptions,
): Promise<GeneratedOrganisation> {
  validateGenerateOptions(options);
  const started = performance.now();
  const random = seededRandom(options.seed);
  const password = options.password ?? BENCH_PASSWORD;
  const passwordHash = await hashPassword(password);

  const result = await db.transaction().execute(async (trx) => {
    // The divisions hang from the bootstrapped top-level departments; create any an admin removed.
    const existing = await trx
      .selectFrom('departments')
      .select(['id', 'name'])
      .where('parent_id', 'is', null)
      .execute();
    const topIds = new Map(existing.map((d) => [d.name, Number(d.id)]));
    const missingTop = ['总经理办公室', ...DIVISIONS.map((d) => d.division)].filter((n) => !topIds.has(n));
    if (missingTop.length > 0) {
      const created = await trx
        .insertInto('departments')
        .values(missingTop.map((name) => ({ name, parent_id: null })))
        .returning(['id', 'name'])
        .execute();
      for (const d of created) topIds.set(d.name, Number(d.id));
    }
    const divisionIds = DIVISIONS.map((d) => topIds.get(d.division) as number);
    const officeId = topIds.get('总经理办公室') as number;

    const { centres, teams } = planDepartments(options.departments, divisionIds, random);
    const centreKeys = await insertDepartments(
      trx,
      centres.map((c, i) => ({ name: c.name, parentId: (c.parent as { id: number }).id, sortOrder: i })),
    );
    const centreIds = centres.map(
      (c) => centreKeys.get(`${(c.parent as { id: number }).id}/${c.name}`) as number,
    );
    const teamKeys = await insertDepartments(
      trx,
      teams.map((t, i) => ({
        name: t.name,
        parentId: centreIds[(t.parent as { centre: number }).centre] as number,
        sortOrder: i,
      })),
    );
    const teamIds = teams.map(
      (t) => teamKeys.get(`${centreIds[(t.parent as { centre: number }).centre]}/${t.name}`) as number,
    );

    const users = planUsers(options.users, centres, teams, divisionIds, officeId, random);
    const departmentOf = (u: PlannedUser): number => {
      const d = u.department;
      if ('id' in d) return d.id;
      if ('centre' in d) return centreIds[d.centre] as number;
      return teamIds[d.team] as number;
    };
    const userIds = await insertUsers(trx, users, departmentOf, passwordHash);

    // Sessions for a random sample of active users (seeded partial Fisher–Yates).
    const active = userIds.filter((_, i) => users[i]?.status === 'active');
    const count = Math.min(options.sessions, active.length);
    for (let i = 0; i < count; i++) {
      const j = i + Math.floor(random() * (active.length - i));
      [active[i], active[j]] = [active[j] as number, active[i] as number];
    }
    const sessionSecrets = await insertSessions(trx, active.slice(0, count), options.sessionTtlHours ?? 12);

    const usersByRole: Record<string, number> = {};
    for (const u of users) for (const r of u.roles) usersByRole[r] = (usersByRole[r] ?? 0) + 1;
    return {
      departments: centres.length + teams.length,
      users: users.length,
      usersByRole,
      disabledUsers: users.filter((u) => u.status === 'disabled').length,
      sessionSecrets,
    };
  });
  // Fresh statistics, as autovacuum would have gathered on a database that grew to this size.
  await sql`analyze departments, users, sessions`.execute(db);
  return { ...result, password, seconds: (performance.now() - started) / 1000 };
}

function numberOption(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  if (i === -1) return fallback;
  const value = Number(args[i + 1]);
  if (!Number.isFinite(value)) throw new Error(`--${name} needs a number`);
  return value;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log(
      'usage: tsx bench/generate.ts [--users 10000] [--departments 200] [--sessions 2000] [--seed 1]\n' +
        'Writes to DATABASE_URL, or else to PGlite under DATA_DIR (default ./data-bench). The database is\n' +
        'migrated and bootstrapped first (HUIFANG_ADMIN_PASSWORD sets the admin password). Users sign in with ' +
        `the password ${BENCH_PASSWORD}.`,
    );
    return;
  }
  const users = numberOption(args, 'users', 10_000);
  const options: GenerateOptions = {
    users,
    departments: numberOption(args, 'departments', 200),
    sessions: numberOption(args, 'sessions', Math.min(2000, users)),
    seed: numberOption(args, 'seed', 1),
  };
  validateGenerateOptions(options);
  const { openDatabase } = await import('../src/server/db/connection.ts');
  const { migrateToLatest } = await import('../src/server/db/migrate.ts');
  const { bootstrap } = await import('../src/server/bootstrap.ts');
  const { loadDataKey } = await import('../src/server/security/field-crypto.ts');
  const { deriveAuditChainKey } = await import('../src/server/security/audit-key.ts');
  const { setAuditChainKey } = await import('../src/server/modules/audit/chain-key.ts');
  const dataDir = process.env.DATA_DIR || './data-bench';
  // bootstrap writes the first audit event, keyed as the server would key it.
  setAuditChainKey(deriveAuditChainKey(loadDataKey(process.env.HUIFANG_DATA_KEY || undefined, dataDir)));
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir });
  try {
    await migrateToLatest(database.db);
    const boot = await bootstrap(database.db, process.env.HUIFANG_ADMIN_PASSWORD || undefined);
    if (boot.generatedAdminPassword) console.log(`admin password: ${boot.generatedAdminPassword}`);
    const org = await generateOrganisation(database.db, options);
    console.log(
      `generated ${org.departments} departments, ${org.users} users (${org.disabledUsers} disabled) and ` +
        `${org.sessionSecrets.length} sessions on ${database.kind} in ${org.seconds.toFixed(1)} s`,
    );
    console.log('users by role:', org.usersByRole);
    console.log(`every generated user's password: ${org.password}`);
  } catch (error) {
    if (String(error).includes('users_username_uq') || String(error).includes('sibling_name')) {
      throw new Error('this database already holds a generated organisation: use a fresh one', {
        cause: error,
      });
    }
    throw error;
  } finally {
    await database.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
