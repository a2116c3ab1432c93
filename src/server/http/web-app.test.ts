import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_ADMIN_PASSWORD, type TestApp } from '../test/app-helper.ts';

// A build as Vite and the precompress plugin leave it: a hashed script with its .br and .gz beside it.
const SCRIPT = `console.log(${JSON.stringify('回访'.repeat(2000))});\n`;
const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/index-AbC123.js"></script></head></html>';

let t: TestApp;
let webDir: string;

beforeAll(async () => {
  webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'huifang-web-'));
  fs.mkdirSync(path.join(webDir, 'assets'));
  const script = path.join(webDir, 'assets/index-AbC123.js');
  fs.writeFileSync(script, SCRIPT);
  fs.writeFileSync(`${script}.br`, zlib.brotliCompressSync(SCRIPT));
  fs.writeFileSync(`${script}.gz`, zlib.gzipSync(SCRIPT));
  fs.writeFileSync(path.join(webDir, 'index.html'), INDEX);
  fs.writeFileSync(path.join(webDir, 'index.html.gz'), zlib.gzipSync(INDEX));
  t = await createTestApp({ HUIFANG_WEB_DIR: webDir });
});

afterAll(async () => {
  await t?.close();
  fs.rmSync(webDir, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  t.app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

describe('serving the web app', () => {
  it('sends a hashed asset compressed as the browser accepts it, cached for a year as immutable', async () => {
    const br = await get('/assets/index-AbC123.js', 'gzip, deflate, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);
    expect(br.rawPayload.length).toBeLessThan(SCRIPT.length / 5);

    const gzip = await get('/assets/index-AbC123.js', 'gzip, deflate');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zlib.gunzipSync(gzip.rawPayload).toString()).toBe(SCRIPT);

    const plain = await get('/assets/index-AbC123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
  });

  it('sends index.html to be revalidated every time, at / and for every client-side route', async () => {
    for (const url of ['/', '/index.html', '/customers/12', '/settings/no-such-page']) {
      const response = await get(url, 'gzip, deflate, br');
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.headers['content-type'], url).toMatch(/^text\/html/);
      const body =
        response.headers['content-encoding'] === 'gzip'
          ? zlib.gunzipSync(response.rawPayload).toString()
          : response.body;
      expect(body, url).toBe(INDEX);
    }
  });

  it('answers a missing asset or API route with 404, not the app', async () => {
    expect((await get('/assets/index-Old999.js')).statusCode).toBe(404);
    expect((await get('/api/v1/no-such-thing')).statusCode).toBe(404);
  });

  it('compresses a large JSON answer for a browser that accepts it, and leaves small ones and other clients alone', async () => {
    const cookie = await t.login('admin', TEST_ADMIN_PASSWORD);
    const openapi = await t.call(cookie, {
      method: 'GET',
      url: '/api/openapi.json',
      headers: { 'accept-encoding': 'gzip, deflate' },
    });
    expect(openapi.headers['content-encoding']).toBe('gzip');
    expect(openapi.headers.vary).toMatch(/accept-encoding/i);
    const plain = await t.call(cookie, { method: 'GET', url: '/api/openapi.json' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(zlib.gunzipSync(openapi.rawPayload).toString())).toEqual(plain.json());
    expect(openapi.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);

    const br = await t.call(cookie, {
      method: 'GET',
      url: '/api/openapi.json',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(br.headers['content-encoding']).toBe('br');
    expect(JSON.parse(zlib.brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());

    const me = await t.call(cookie, {
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(me.rawPayload.length).toBeLessThan(1024);
    expect(me.headers['content-encoding']).toBeUndefined();
  });
});
