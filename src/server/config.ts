import path from 'node:path';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  port: number;
  host: string;
  /** PGlite files, the data-dir lock and generated keys live here when DATABASE_URL is unset. */
  dataDir: string;
  databaseUrl: string | undefined;
  adminPassword: string | undefined;
  timeZone: string;
  logLevel: LogLevel;
  /**
   * The level each completed request is logged at (LOG_REQUESTS): info, or debug to keep only server errors and
   * slow requests at info. Health checks are logged at debug either way.
   */
  requestLogLevel: 'info' | 'debug';
  /** Serve the built web app from this directory (absent in API-only tests). */
  webDir: string | undefined;
  sessionTtlHours: number;
  /** Trust X-Forwarded-* from a load balancer in front of the instances. */
  trustProxy: boolean;
  secureCookies: boolean;
  bodyLimitBytes: number;
  loginRateLimitPerMinute: number;
  /** 32-byte key for encrypted fields; generated under dataDir when unset. */
  dataKey: string | undefined;
  /** Where the signed audit chain checkpoint is written (a directory outside the database). */
  auditCheckpointDir: string;
  importMaxBytes: number;
  /** Imports (preview, apply, error report) running at once in one instance. */
  importMaxConcurrent: number;
  /** Characters in one imported cell. */
  importMaxCellChars: number;
  /** Bytes the parts of an imported workbook may unzip to, and at most this multiple of the file's size. */
  importMaxUnzippedBytes: number;
  importMaxUnzipRatio: number;
  /** Bytes an imported workbook's shared strings may unzip to (they are held while the sheet is read). */
  importMaxSharedStringsBytes: number;
  /**
   * Whether this instance runs background jobs (and schedules them). Off, it serves requests only and can
   * still queue a job by hand (后台任务 立即运行) for an instance with workers to run.
   */
  jobWorkers: boolean;
  /** false: jobs run only when asked (立即运行, a run with asOf), never on their schedule — browser tests drive the clock. */
  jobSchedule: boolean;
  /** SMTP_URL (smtp://user:pass@host:587, smtps://… for TLS) and MAIL_FROM; no mail is sent without SMTP_URL. */
  mail: { url: string; from: string } | null;
  /** Files attached to issues (ATTACHMENTS_DIR, default DATA_DIR/attachments): shared by every instance. */
  attachmentsDir: string;
  /** The largest file one attachment may be. */
  attachmentMaxBytes: number;
}

const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export class ConfigError extends Error {}

function mailSettings(env: NodeJS.ProcessEnv): Config['mail'] {
  const url = env.SMTP_URL?.trim();
  if (!url) return null;
  if (!/^smtps?:\/\/[^\s]+$/.test(url))
    throw new ConfigError(`SMTP_URL must look like smtp://user:password@host:587 or smtps://…, got "${url}"`);
  return { url, from: env.MAIL_FROM?.trim() || 'Huifang 回访系统 <no-reply@localhost>' };
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function timeZone(raw: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: raw });
    return raw;
  } catch {
    throw new ConfigError(`HUIFANG_TIME_ZONE must be an IANA time zone such as Asia/Shanghai, got "${raw}"`);
  }
}

/** Every environment variable the server reads is parsed here, and only here. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const logLevel = (env.LOG_LEVEL ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  }
  const requestLogLevel = env.LOG_REQUESTS || 'info';
  if (requestLogLevel !== 'info' && requestLogLevel !== 'debug') {
    throw new ConfigError(`LOG_REQUESTS must be info or debug, got "${env.LOG_REQUESTS}"`);
  }
  const adminPassword = env.HUIFANG_ADMIN_PASSWORD || undefined;
  if (adminPassword !== undefined && adminPassword.length < 8) {
    throw new ConfigError('HUIFANG_ADMIN_PASSWORD must be at least 8 characters');
  }
  const webDir = env.HUIFANG_WEB_DIR ?? path.resolve('dist/web');
  const dataDir = path.resolve(env.DATA_DIR || './data');
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    adminPassword,
    timeZone: timeZone(env.HUIFANG_TIME_ZONE || 'Asia/Shanghai'),
    logLevel,
    requestLogLevel,
    webDir: webDir === '' ? undefined : webDir,
    sessionTtlHours: integer(env, 'SESSION_TTL_HOURS', 12, 1, 24 * 90),
    trustProxy: flag(env, 'TRUST_PROXY', false),
    secureCookies: flag(env, 'SECURE_COOKIES', false),
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 1024 * 1024, 1024, 512 * 1024 * 1024),
    loginRateLimitPerMinute: integer(env, 'LOGIN_RATE_LIMIT_PER_MINUTE', 20, 1, 100_000),
    dataKey: env.HUIFANG_DATA_KEY || undefined,
    auditCheckpointDir: env.AUDIT_CHECKPOINT_DIR ? path.resolve(env.AUDIT_CHECKPOINT_DIR) : dataDir,
    importMaxBytes: integer(env, 'IMPORT_MAX_BYTES', 30 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    importMaxConcurrent: integer(env, 'IMPORT_MAX_CONCURRENT', 2, 1, 64),
    importMaxCellChars: integer(env, 'IMPORT_MAX_CELL_CHARS', 32_767, 200, 1_000_000),
    importMaxUnzippedBytes: integer(
      env,
      'IMPORT_MAX_UNZIPPED_BYTES',
      512 * 1024 * 1024,
      1024 * 1024,
      4 * 1024 ** 3,
    ),
    importMaxUnzipRatio: integer(env, 'IMPORT_MAX_UNZIP_RATIO', 100, 10, 10_000),
    importMaxSharedStringsBytes: integer(
      env,
      'IMPORT_MAX_SHARED_STRINGS_BYTES',
      64 * 1024 * 1024,
      64 * 1024,
      1024 * 1024 * 1024,
    ),
    jobWorkers: flag(env, 'HUIFANG_JOB_WORKERS', true),
    jobSchedule: flag(env, 'HUIFANG_JOB_SCHEDULE', true),
    mail: mailSettings(env),
    attachmentsDir: path.resolve(env.ATTACHMENTS_DIR || path.join(dataDir, 'attachments')),
    attachmentMaxBytes: integer(env, 'ATTACHMENT_MAX_BYTES', 10 * 1024 * 1024, 1024, 100 * 1024 * 1024),
  };
}
