import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { FastifyInstance, FastifyRequest } from 'fastify';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

// Smaller answers (most of them: a session, a count, one row) gain less than the compressing costs.
const MIN_BYTES = 1024;
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/;

/**
 * Compresses JSON answers for browsers that accept it: a directory or a page of a list is tens to hundreds of
 * kilobytes, a few tenths of a second on an office link. Streams (event streams, downloads) and the web app's
 * files (compressed at build time) are left as they are. Brotli at a fast level where accepted, else gzip.
 */
export function registerJsonCompression(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    if (Buffer.byteLength(payload) < MIN_BYTES || reply.hasHeader('content-encoding')) return payload;
    if (!JSON_TYPE.test(String(reply.getHeader('content-type') ?? ''))) return payload;
    const encoding = acceptedEncoding(request);
    if (!encoding) return payload;
    reply.header('content-encoding', encoding);
    reply.header('vary', 'accept-encoding');
    reply.removeHeader('content-length');
    return encoding === 'br'
      ? brotli(payload, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } })
      : gzip(payload, { level: 6 });
  });
}

function acceptedEncoding(request: FastifyRequest): 'br' | 'gzip' | undefined {
  const accepted = String(request.headers['accept-encoding'] ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => !/^\s*q=0(?:\.0*)?\s*$/.test(q ?? ''))
    .map(([name]) => name?.trim().toLowerCase());
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return undefined;
}
