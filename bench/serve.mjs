// A tiny static file server for the benchmark (no dependencies): serves one directory on
// 127.0.0.1, answers unknown extension-less paths with index.html (the app routes by query
// string, but a later router may use paths), gzips text responses when the browser asks (as a
// real host would), caches like a typical deployment (content-hashed files under /assets/ are
// immutable, everything else is revalidated: no-cache), and can serve generated files from
// memory. Cold loads in the bench switch the browser's cache off themselves (CDP).
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import process from 'node:process';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt']);

/**
 * Starts serving `root`. `virtual` maps URL paths to generated contents ({ type, body }).
 * Resolves to { url, port, close() } once listening (port 0 = any free port).
 */
export async function serveStatic({ root, port = 0, virtual = {} }) {
  const base = resolve(root);
  const gzCache = new Map();

  async function load(pathname) {
    const v = virtual[pathname];
    if (v) return { body: Buffer.from(v.body), ext: v.ext ?? extname(pathname), key: pathname };
    const file = normalize(join(base, decodeURIComponent(pathname)));
    if (file !== base && !file.startsWith(base + sep)) return null;
    let target = file;
    const info = await stat(target).catch(() => null);
    if (info?.isDirectory()) target = join(target, 'index.html');
    else if (!info) {
      if (extname(pathname) !== '') return null;
      target = join(base, 'index.html');
    }
    const body = await readFile(target).catch(() => null);
    return body && { body, ext: extname(target), key: target };
  }

  const server = createServer(async (req, res) => {
    try {
      const { pathname } = new URL(req.url ?? '/', 'http://x');
      const found = await load(pathname);
      if (!found) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const headers = {
        'content-type': TYPES[found.ext] ?? 'application/octet-stream',
        'cache-control': pathname.startsWith('/assets/')
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      };
      let body = found.body;
      if (COMPRESSIBLE.has(found.ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        const cached = gzCache.get(found.key);
        if (cached?.source.equals(body)) body = cached.gz;
        else {
          const gz = gzipSync(body);
          gzCache.set(found.key, { source: body, gz });
          body = gz;
        }
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  // Keep-alive sockets would hold close() open; track them so close() ends promptly.
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const actual = server.address().port;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    close: () =>
      new Promise((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}

// `node bench/serve.mjs DIR [PORT]` serves a directory by hand (Ctrl+C stops it).
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', p = '4180'] = process.argv.slice(2);
  const s = await serveStatic({ root: dir, port: Number(p) });
  console.log(`serving ${dir} at ${s.url}/`);
  const stop = () => s.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
