// Serves a built site (dist/) on a free localhost port, as a static host would:
// directory URLs get their index.html, unknown paths a 404 with the site's 404.html; with
// `compress`, text gzipped as hosts send it (the bench's Lighthouse runs see what a reader gets).
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import sirv from 'sirv';

export interface Served {
  origin: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /** Gzip text responses (HTML, CSS, JS, JSON, SVG, XML) for clients that accept it. */
  compress?: boolean;
}

export async function serveDist(dir = 'dist', { compress = false }: ServeOptions = {}): Promise<Served> {
  const handler = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const gzip = compress ? compression() : undefined;
  const serve = (req: Parameters<typeof handler>[0], res: Parameters<typeof handler>[1]) =>
    handler(req, res, () => {
      res.statusCode = 404;
      const page = join(dir, '404.html');
      if (existsSync(page)) {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(readFileSync(page));
      } else {
        res.end('Not found');
      }
    });
  const server: Server = createServer((req, res) => (gzip ? gzip(req as never, res as never, () => serve(req, res)) : serve(req, res)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
