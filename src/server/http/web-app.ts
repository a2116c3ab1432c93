import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { sendProblem } from './problem.ts';

/** Vite's hashed output: a new build gives every changed file a new name, so a cached copy is never stale. */
const HASHED_DIR = 'assets';
export const IMMUTABLE = 'public, max-age=31536000, immutable';
// index.html names the current hashed files: the browser must ask again (a 304 when unchanged) or a deploy
// would leave users on the previous build's shell.
export const REVALIDATE = 'no-cache';

/**
 * Serves the built web app from `webDir`, if there is one: its files (the .br/.gz the build wrote beside each,
 * when the browser accepts them), and index.html for `/` and every client-side route. Without it the server
 * answers the API only.
 */
export async function registerWebApp(app: FastifyInstance, webDir: string | undefined): Promise<void> {
  const hasWeb = webDir !== undefined && fs.existsSync(path.join(webDir, 'index.html'));
  if (hasWeb) {
    const hashedDir = path.join(webDir, HASHED_DIR) + path.sep;
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: true,
      index: false,
      preCompressed: true,
      cacheControl: false,
      setHeaders: (res, file) => {
        res.setHeader('cache-control', file.startsWith(hashedDir) ? IMMUTABLE : REVALIDATE);
        res.setHeader('vary', 'accept-encoding');
      },
    });
    app.get('/', { schema: { hide: true } }, (_request, reply) => sendIndex(reply));
  }
  app.setNotFoundHandler((request, reply) => {
    // A missing file (/assets/x.js) is a 404, not the app: a browser would try to run HTML as a script.
    const isFile = /\.[a-z0-9]+$/i.test(request.url.split('?')[0] ?? '');
    if (request.url.startsWith('/api') || request.method !== 'GET' || !hasWeb || isFile) {
      return sendProblem(request, reply, 'route_not_found');
    }
    // Client-side routes: every other GET gets the single-page app.
    return sendIndex(reply);
  });
}

function sendIndex(reply: FastifyReply) {
  return reply.type('text/html; charset=utf-8').sendFile('index.html');
}
