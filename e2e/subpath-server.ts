import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { serverContentSecurityPolicy } from '../scripts/content-security-policy';

// A static server like the README's nginx example (部署 / Deploy): the built folder under a
// subpath, `/nianbao` redirected to `/nianbao/`, index.html for the folder, the policy header on
// every file, content-hashed assets cached for good. It also answers as an HTTP proxy would
// (absolute URLs in the request line), so a browser context that uses it as its proxy can open
// the app under any host name: http://nianbao.test/ is not a secure context, as an intranet
// address over plain HTTP is not.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** A running server: its origin on 127.0.0.1, and how to stop it. */
export type SubpathServer = { origin: string; close: () => Promise<void> };

async function fileFor(root: string, path: string): Promise<string | null> {
  const file = normalize(join(root, decodeURIComponent(path)));
  if (file !== root && !file.startsWith(root + sep)) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) return join(file, 'index.html');
  return info ? file : null;
}

/** Serves the folder `dir` at `/<prefix>/` (port 0: any free port). */
export async function serveUnderSubpath(dir: string, prefix: string): Promise<SubpathServer> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    if (pathname === `/${prefix}`) {
      res.writeHead(301, { location: `/${prefix}/` }).end();
      return;
    }
    const inside = pathname.startsWith(`/${prefix}/`) ? pathname.slice(prefix.length + 1) : null;
    void (inside === null ? Promise.resolve(null) : fileFor(root, inside)).then(async (file) => {
      const body = file && (await readFile(file).catch(() => null));
      if (!file || !body) return res.writeHead(404).end('not found');
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': serverContentSecurityPolicy(),
        'cache-control': inside?.startsWith('/assets/')
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      });
      res.end(body);
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
