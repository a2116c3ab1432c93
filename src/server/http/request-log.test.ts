import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { RequestLog, type RequestLogLevel } from './request-log.ts';

interface Line {
  level: number;
  msg: string;
  req?: { url: string };
  res?: { statusCode: number };
}

const INFO = 30;
const DEBUG = 20;

async function logsOf(level: RequestLogLevel, urls: string[]): Promise<Line[]> {
  const lines: Line[] = [];
  const app = Fastify({
    logger: { level: 'debug', stream: { write: (line: string) => lines.push(JSON.parse(line)) } },
    logController: new RequestLog(level),
  });
  app.get('/api/health', async () => ({ status: 'ok' }));
  app.get('/api/v1/customers', async () => ({ items: [] }));
  app.get('/api/v1/broken', async () => {
    throw new Error('database gone');
  });
  app.get('/api/v1/slow', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1100));
    return {};
  });
  for (const url of urls) await app.inject({ method: 'GET', url });
  await app.close();
  return lines.filter((l) => l.msg === 'request completed' || l.msg === 'slow request');
}

const levelOf = (lines: Line[], url: string) => lines.find((l) => l.req?.url === url)?.level;

describe('request log', () => {
  it('writes one line per request, at info, and health checks only at debug', async () => {
    const lines = await logsOf('info', ['/api/v1/customers', '/api/health']);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      level: INFO,
      req: { url: '/api/v1/customers' },
      res: { statusCode: 200 },
    });
    expect(levelOf(lines, '/api/health')).toBe(DEBUG);
  });

  it('at debug (the demo) keeps server errors and slow requests at info', async () => {
    const lines = await logsOf('debug', ['/api/v1/customers', '/api/v1/broken', '/api/v1/slow']);
    expect(levelOf(lines, '/api/v1/customers')).toBe(DEBUG);
    expect(lines.find((l) => l.req?.url === '/api/v1/broken')).toMatchObject({
      level: INFO,
      res: { statusCode: 500 },
    });
    expect(lines.find((l) => l.req?.url === '/api/v1/slow')).toMatchObject({
      level: INFO,
      msg: 'slow request',
    });
  });
});
