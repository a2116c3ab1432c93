import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('defaults to port 3000, ./data, Asia/Shanghai and the embedded database', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      timeZone: 'Asia/Shanghai',
      databaseUrl: undefined,
      logLevel: 'info',
      requestLogLevel: 'info',
    });
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('keeps the audit checkpoint in DATA_DIR unless AUDIT_CHECKPOINT_DIR says otherwise', () => {
    expect(loadConfig({ DATA_DIR: '/srv/huifang' }).auditCheckpointDir).toBe('/srv/huifang');
    expect(
      loadConfig({ DATA_DIR: '/srv/huifang', AUDIT_CHECKPOINT_DIR: '/var/lib/huifang-audit' })
        .auditCheckpointDir,
    ).toBe('/var/lib/huifang-audit');
  });

  it('keeps attachments under DATA_DIR/attachments unless ATTACHMENTS_DIR says otherwise, at most 10 MB each', () => {
    expect(loadConfig({ DATA_DIR: '/srv/huifang' })).toMatchObject({
      attachmentsDir: '/srv/huifang/attachments',
      attachmentMaxBytes: 10 * 1024 * 1024,
    });
    expect(
      loadConfig({ ATTACHMENTS_DIR: '/mnt/shared/huifang-files', ATTACHMENT_MAX_BYTES: '2097152' }),
    ).toMatchObject({ attachmentsDir: '/mnt/shared/huifang-files', attachmentMaxBytes: 2 * 1024 * 1024 });
  });

  it('runs background jobs unless HUIFANG_JOB_WORKERS turns them off', () => {
    expect(loadConfig({}).jobWorkers).toBe(true);
    expect(loadConfig({ HUIFANG_JOB_WORKERS: 'false' }).jobWorkers).toBe(false);
  });

  it('runs jobs on their schedule unless HUIFANG_JOB_SCHEDULE turns it off', () => {
    expect(loadConfig({}).jobSchedule).toBe(true);
    expect(loadConfig({ HUIFANG_JOB_SCHEDULE: 'false' }).jobSchedule).toBe(false);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT must be an integer/],
    [{ PORT: '70000' }, /PORT must be an integer/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ LOG_REQUESTS: 'warn' }, /LOG_REQUESTS must be info or debug/],
    [{ HUIFANG_TIME_ZONE: 'Mars/Olympus' }, /IANA time zone/],
    [{ HUIFANG_ADMIN_PASSWORD: 'short' }, /at least 8/],
    [{ SECURE_COOKIES: 'maybe' }, /true or false/],
    [{ HUIFANG_JOB_WORKERS: 'sometimes' }, /HUIFANG_JOB_WORKERS must be true or false/],
    [{ ATTACHMENT_MAX_BYTES: '1GB' }, /ATTACHMENT_MAX_BYTES must be an integer between 1024 and 104857600/],
  ])('refuses %o with a clear message', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
