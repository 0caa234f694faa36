/** A tiny static file server for the benchmark: a build folder on loopback, data/ from another folder. */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** A running server and how to stop it. */
export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** A file under root for a URL path, or null when the path would leave root. */
function fileFor(root: string, urlPath: string): string | null {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep) ? path : null;
}

/**
 * Serves `root` on 127.0.0.1 (an ephemeral port), with `/data/` taken from `dataDir` when given, so
 * one build can be served with several datasets. No gzip, no caching (every context loads cold),
 * unless `gzip` asks to serve as a host would.
 */
export function serveStatic(
  root: string,
  dataDir: string | null,
  { gzip = false }: { gzip?: boolean } = {},
): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    const fromData = dataDir !== null && urlPath.startsWith('/data/');
    let file = fromData ? fileFor(dataDir, urlPath.slice('/data'.length)) : fileFor(root, urlPath);
    try {
      if (file !== null && statSync(file).isDirectory()) file = join(file, 'index.html');
      const size = file === null ? -1 : statSync(file).size;
      if (file === null || size < 0) throw new Error('outside root');
      const type = contentTypes[extname(file)] ?? 'application/octet-stream';
      // Lighthouse measures the page as a host would serve it: text compressed, assets whose
      // names carry their hash cached for good, the page and its data asked for again on each
      // visit (`no-cache`; a host's `no-store` would keep the page out of the back/forward cache,
      // which Lighthouse audits). The cold loads keep `no-store`: every one reads everything anew.
      const compress =
        gzip && /text|json|svg/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      const cache = !gzip
        ? 'no-store'
        : urlPath.startsWith('/assets/')
          ? 'public, max-age=31536000, immutable'
          : 'no-cache';
      if (compress) {
        const body = gzipSync(readFileSync(file));
        res.writeHead(200, {
          'content-type': type,
          'content-encoding': 'gzip',
          'content-length': body.length,
          'cache-control': cache,
        });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      res.writeHead(200, {
        'content-type': type,
        'content-length': size,
        'cache-control': cache,
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address: AddressInfo | string | null = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
